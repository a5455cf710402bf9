import { Result } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Loading } from '../../layout/States';
import { devSignIn, safeNext } from './devToken';

/** `/dev-login?role=township&township=zhonghe` (or `&hospitalId=…`): signs in directly as that caller. */
export default function DevLogin() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    const role = params.get('role') ?? '';
    const township = params.get('township') ?? undefined;
    const hospitalId = params.get('hospitalId') ?? undefined;
    devSignIn({ role, ...(township ? { township } : {}), ...(hospitalId ? { hospitalId } : {}) }).then(
      () => navigate(safeNext(params.get('next')), { replace: true }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [params, navigate]);
  return error ? (
    <Result status="error" title="登录失败" subTitle={`本地登录参数有误：${error}`} />
  ) : (
    <Loading label="正在登录…" />
  );
}
