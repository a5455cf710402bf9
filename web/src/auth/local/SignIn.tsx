import { ROLES, type Role } from '@shared/auth/roles';
import { TOWNSHIPS } from '@shared/reference/townships';
import { Alert, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ROLE_NAMES } from '../../i18n/labels';
import { devSignIn, safeNext } from './devToken';

interface Values {
  role: Role;
  township?: string;
  hospitalId?: string;
}

/**
 * Local sign-in (the local stack only): pick a role and, for township staff, the township; for a hospital
 * desk, the hospital's registry id. The token comes from the gateway's /dev/token.
 */
export default function SignIn() {
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [hospitals, setHospitals] = useState<{ hospitalId: string; name: string }[]>([]);

  // The hospital registry is read with a short-lived audit token (local stack only).
  useEffect(() => {
    if (role !== 'hospital' || hospitals.length) return;
    void fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'audit' }),
    })
      .then((r) => r.json() as Promise<{ token: string }>)
      .then(({ token }) => fetch('/v1/hospitals', { headers: { authorization: `Bearer ${token}` } }))
      .then((r) => r.json() as Promise<{ hospitals?: { hospitalId: string; name: string }[] }>)
      .then((b) => setHospitals(b.hospitals ?? []))
      .catch(() => undefined);
  }, [role, hospitals.length]);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await devSignIn({
        role: values.role,
        ...(values.role === 'township' ? { township: values.township } : {}),
        ...(values.role === 'hospital' ? { hospitalId: values.hospitalId?.trim() } : {}),
      });
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ maxWidth: 420, margin: '0 auto', padding: 16 }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          扎兰屯市脱贫攻坚业务平台
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="本地试用登录"
          description="仅在本机试用环境中出现：选择身份即可登录。正式部署时使用统一身份认证登录。"
        />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'township', township: 'zhonghe' }}>
          <Form.Item name="role" label="身份" rules={[{ required: true, message: '请选择身份' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))}
            />
          </Form.Item>
          {role === 'township' && (
            <Form.Item name="township" label="乡镇（街道）" rules={[{ required: true, message: '请选择乡镇' }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={TOWNSHIPS.map((t) => ({ value: t.code, label: t.name }))}
              />
            </Form.Item>
          )}
          {role === 'hospital' && (
            <Form.Item
              name="hospitalId"
              label="医疗机构编号"
              rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, message: '请选择或填写医疗机构编号' }]}
            >
              {hospitals.length ? (
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={hospitals.map((h) => ({ value: h.hospitalId, label: `${h.name}（${h.hospitalId}）` }))}
                />
              ) : (
                <Input autoComplete="off" />
              )}
            </Form.Item>
          )}
          {error && <Alert type="error" showIcon title={`登录失败：${error}`} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
