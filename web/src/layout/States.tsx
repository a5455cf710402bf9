import type { ResultProps } from 'antd';
import { Alert, Button, Empty, Spin } from 'antd';
import { lazy, Suspense } from 'react';
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

const ResultPage = lazy(() => import('./ResultPage'));

/**
 * A 403, 404 or error page (antd Result), fetched when first shown: it is rare on a first screen, and its
 * illustrations would add to every first visit's download.
 */
export function ResultView(props: ResultProps) {
  return (
    <Suspense fallback={<Loading />}>
      <ResultPage {...props} />
    </Suspense>
  );
}

export function EmptyState({ text }: { text: string }) {
  return <Empty description={text} />;
}

/** A failed request: 403 and 404 get their own pages; anything else an alert with a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 403)
    return <ResultView status="403" title="无权访问" subTitle={error.message} />;
  if (error instanceof ApiError && error.status === 404)
    return <ResultView status="404" title="未找到" subTitle={error.message} />;
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
  if (isRouteErrorResponse(error) && error.status === 404) return <ResultView status="404" title="页面不存在" />;
  // Usually a page's files failed to arrive (network gone): shown without fetching anything more.
  return (
    <div className="page">
      <Alert
        type="error"
        showIcon
        title="页面加载失败"
        description="可能是网络中断或系统已更新，请刷新页面重试。"
        action={<Button onClick={() => location.reload()}>刷新</Button>}
      />
    </div>
  );
}
