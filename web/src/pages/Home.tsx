import { Card, Typography } from 'antd';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../layout/AppLayout';
import { roleName } from '../i18n/labels';
import { mayOpen, PAGES } from './registry';

/** The start page: each role lands on its first page; roles without pages yet see what is available. */
export default function Home() {
  const session = useSession();
  const pages = PAGES.filter((p) => p.nav && session && mayOpen(p, session.role));
  if (pages[0]) return <Navigate to={pages[0].path} replace />;
  return (
    <div className="page">
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20 }}>
          欢迎，{roleName(session?.role)}
        </Typography.Title>
        <Typography.Paragraph>控制台中还没有{roleName(session?.role)}的页面。</Typography.Paragraph>
        <Link to="/">刷新</Link>
      </Card>
    </div>
  );
}
