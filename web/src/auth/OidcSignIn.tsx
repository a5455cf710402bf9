import { Button, Result } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../layout/States';

/** Deployed sign-in: straight to the identity provider (authorization code + PKCE). */
export default function OidcSignIn() {
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const next = params.get('next') ?? '/';
  useEffect(() => {
    void import('./oidc')
      .then((m) => m.signInRedirect(next.startsWith('/') && !next.startsWith('//') ? next : '/'))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [next]);
  return error ? (
    <Result
      status="error"
      title="无法连接统一身份认证"
      subTitle={error}
      extra={<Button onClick={() => location.reload()}>重试</Button>}
    />
  ) : (
    <Loading label="正在转到统一身份认证…" />
  );
}
