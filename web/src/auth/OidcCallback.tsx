import { Result } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Loading } from '../layout/States';

/** /auth/callback: exchanges the authorization code (PKCE) for tokens, then returns to the page asked for. */
export default function OidcCallback() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void import('./oidc')
      .then((m) => m.completeSignIn())
      .then((to) => navigate(to, { replace: true }))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [navigate]);
  return error ? <Result status="error" title="登录失败" subTitle={error} /> : <Loading label="正在登录…" />;
}
