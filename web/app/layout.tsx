/**
 * The page frame after login: header (user, language, logout), side menu from the modules (only
 * entries the user's abilities allow), the organisation tree, and the page. At phone width the menu
 * and the tree move into drawers.
 */
import { useLayoutEffect, useState } from 'react';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { ApartmentOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { client } from './client.ts';
import { useMe } from './auth.tsx';
import { useLang, useT } from './i18n.tsx';
import { LangSwitch } from './lang-switch.tsx';
import { menuEntries } from './modules.ts';
import { OrgTree } from './org-tree.tsx';
import { reportError } from './problem.ts';
import { useSelectedNode } from './selected-node.tsx';
import { queryClient } from './query-client.ts';

/** The frame every logged-in page renders in. */
export function AppLayout() {
  const { me, can } = useMe();
  const t = useT();
  const { lang } = useLang();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const navigate = useNavigate();
  const location = useLocation();
  const { node, select } = useSelectedNode();
  const [menuOpen, setMenuOpen] = useState(false);
  const [treeOpen, setTreeOpen] = useState(false);
  const showTree = can('org.read');

  const entries = menuEntries.filter((e) => !e.ability || can(e.ability));
  const current = entries
    .filter((e) => location.pathname === e.path || location.pathname.startsWith(e.path + '/'))
    .sort((a, b) => b.path.length - a.path.length)[0];
  // every page has a title of its own: its menu entry's name until the page sets a closer one (a
  // layout effect runs before the page's own effects, so the page's title wins)
  const entryTitle = current?.label[lang];
  const appName = t('app.name');
  useLayoutEffect(() => {
    if (entryTitle) document.title = `${entryTitle} · ${appName}`;
  }, [location.pathname, entryTitle, appName]);
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={current ? [current.key] : []}
      items={entries.map((e) => ({ key: e.key, icon: e.icon, label: e.label[lang] }))}
      onClick={({ key }) => {
        const e = entries.find((x) => x.key === key);
        if (e) navigate(e.path);
        setMenuOpen(false);
      }}
      data-testid="side-menu"
      style={{ borderInlineEnd: 0 }}
    />
  );

  async function logout() {
    try {
      await client.post('/api/auth/logout');
    } catch (e) {
      reportError(e);
    }
    select(null);
    queryClient.clear();
    window.location.assign('/login');
  }

  const roles = [...new Set((me?.grants ?? []).map((g) => g.role))];
  const userMenu = {
    items: [
      ...(me?.grants ?? []).map((g) => ({
        key: g.id,
        label: `${t(`role.${g.role}`)} @ ${g.nodeName}`,
        disabled: true,
      })),
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout') },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'logout') void logout();
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: phone ? 8 : 24,
          background: '#c8102e',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setMenuOpen(true)}
            aria-label={t('shell.menu')}
            data-testid="menu-button"
          />
        )}
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, whiteSpace: 'nowrap' }}>
          {t('app.name')}
          {!phone && (
            <Typography.Text style={{ color: '#fff', marginInlineStart: 12, fontSize: 14 }}>
              {t('app.subtitle')}
            </Typography.Text>
          )}
        </Typography.Title>
        {phone && showTree && (
          <Button
            size="small"
            icon={<ApartmentOutlined />}
            onClick={() => setTreeOpen(true)}
            data-testid="tree-button"
            style={{ maxWidth: 140, overflow: 'hidden' }}
          >
            {node?.name ?? t('shell.tree')}
          </Button>
        )}
        <div style={{ flex: 1 }} />
        <Space size={phone ? 4 : 12}>
          <LangSwitch label={phone ? undefined : t('shell.lang')} testId="lang-switch" />
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button type="text" style={{ color: '#fff' }} icon={<UserOutlined />} data-testid="user-menu">
              {!phone && (me?.user?.displayName ?? '')}
            </Button>
          </Dropdown>
          {!phone && (
            <Button
              type="text"
              style={{ color: '#fff' }}
              icon={<LogoutOutlined />}
              onClick={() => void logout()}
              data-testid="logout"
            >
              {t('shell.logout')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={200} theme="light" breakpoint="lg" collapsible={false}>
            {menu}
          </Layout.Sider>
        )}
        {phone && (
          <Drawer
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            placement="left"
            size={260}
            title={
              <Space orientation="vertical" size={0}>
                <span>{me?.user?.displayName}</span>
                <span>
                  {roles.map((r) => (
                    <Tag key={r}>{t(`role.${r}`)}</Tag>
                  ))}
                </span>
              </Space>
            }
            styles={{ body: { padding: 0 } }}
          >
            {menu}
            <div style={{ padding: 16 }}>
              <Button block icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout">
                {t('shell.logout')}
              </Button>
            </div>
          </Drawer>
        )}
        {showTree && !phone && (
          <Layout.Sider
            width={280}
            theme="light"
            style={{ borderInlineStart: '1px solid #f0f0f0', padding: 12, overflow: 'auto' }}
          >
            <Typography.Text strong>{t('shell.tree')}</Typography.Text>
            <div style={{ marginTop: 8 }}>
              <OrgTree />
            </div>
          </Layout.Sider>
        )}
        {showTree && phone && (
          <Drawer
            open={treeOpen}
            onClose={() => setTreeOpen(false)}
            placement="left"
            size="90%"
            title={t('shell.tree')}
            forceRender
          >
            <OrgTree onPicked={() => setTreeOpen(false)} />
          </Drawer>
        )}
        <Layout.Content style={{ padding: phone ? 8 : 16, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
