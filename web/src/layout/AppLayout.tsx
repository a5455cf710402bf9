import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState, useSyncExternalStore } from 'react';
import { Navigate, Outlet, useLocation, useMatches, useNavigate } from 'react-router-dom';
import { getSession, onSessionChange, setToken, type Session } from '../auth/session';
import { roleName, townshipName } from '../i18n/labels';
import { mayOpen, PAGES, type PageDef } from '../pages/registry';
import { Loading, ResultView } from './States';

export function useSession(): Session | undefined {
  return useSyncExternalStore(onSessionChange, getSession);
}

async function signOut(): Promise<void> {
  if (__LOCAL_SIGN_IN__) {
    setToken(undefined);
    return;
  }
  const { signOutRedirect } = await import('../auth/oidc');
  await signOutRedirect();
}

/** Header, menu (a drawer on phones, a side bar on desktops) and the page; pages open only for their roles. */
export function AppLayout() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const matches = useMatches();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  const page = (matches.at(-1)?.handle as { page?: PageDef } | undefined)?.page;
  const allowed = !page || mayOpen(page, session.role);
  const items = PAGES.filter((p) => p.nav && mayOpen(p, session.role)).map((p) => ({ key: p.path, label: p.title }));
  const selected = items
    .map((i) => i.key)
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const wide = screens.lg === true;
  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      onClick={({ key }) => {
        setDrawer(false);
        navigate(key);
      }}
    />
  );
  const place = [session.township ? townshipName(session.township) : undefined, session.hospitalId]
    .filter(Boolean)
    .join(' · ');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#content">
        跳到正文
      </a>
      <Layout.Header className="app-header">
        {!wide && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawer(true)}
          />
        )}
        <span className="app-title">{wide ? '扎兰屯市脱贫攻坚业务平台' : '扎兰屯脱贫攻坚'}</span>
        {/* Who is signed in: role above place, in small type, so the title keeps its room on a phone. */}
        <span className="app-who" data-testid="who">
          <span>{roleName(session.role)}</span>
          {place && (
            <span>
              <span className="sr-only"> · </span>
              {place}
            </span>
          )}
        </span>
        <Button size="small" onClick={() => void signOut()}>
          退出
        </Button>
      </Layout.Header>
      <Layout>
        {wide && (
          <Layout.Sider width={200} theme="light" aria-label="主菜单">
            <nav aria-label="主菜单">{menu}</nav>
          </Layout.Sider>
        )}
        <Drawer title="菜单" placement="left" open={drawer} onClose={() => setDrawer(false)} size={260}>
          <nav aria-label="主菜单">{menu}</nav>
        </Drawer>
        <Layout.Content id="content">
          {allowed ? (
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          ) : (
            <ResultView
              status="403"
              title="无权访问"
              subTitle={`${roleName(session.role)}不能打开“${page?.title}”。`}
            />
          )}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
