import { Alert, Button, Empty, Result, Spin } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ApiError } from '../api/client';

/** Loading, empty and error states every page uses (docs/web.md). */
export function Loading({ label = '正在加载…' }: { label?: string }) {
  return (
    <div role="status" style={{ padding: 32, textAlign: 'center' }}>
      <Spin />
      <div className="muted" style={{ marginTop: 8 }}>
        {label}
      </div>
    </div>
  );
}

export function EmptyState({ text }: { text: string }) {
  return <Empty description={text} />;
}

/** A failed request: 403 and 404 get their own pages; anything else an alert with a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 403)
    return <Result status="403" title="无权访问" subTitle={error.message} />;
  if (error instanceof ApiError && error.status === 404)
    return <Result status="404" title="未找到" subTitle={error.message} />;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert
      type="error"
      showIcon
      title="出错了"
      description={message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <Result status="404" title="页面不存在" />;
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle="可能是网络中断或系统已更新，请刷新页面重试。"
      extra={<Button onClick={() => location.reload()}>刷新</Button>}
    />
  );
}
