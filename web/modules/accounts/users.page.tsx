/**
 * Users and grants 用户与授权: find an account (a new one shows first), create one or import many
 * from Excel (the system administrator), disable or reset it, and grant or revoke roles on nodes,
 * one by one or from Excel (the security administrator) on a screen that shows the three-role separation rules before anyone presses.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import {
  KeyOutlined,
  SafetyOutlined,
  StopOutlined,
  CheckOutlined,
  DownloadOutlined,
  UploadOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ROLES, SECURITY_ROLES, type Role } from '../../../server/platform/access/access.ts';
import { separationProblem } from '../../../server/modules/accounts/accounts.separation.ts';
import { Can, useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { ImportDialog } from './import.dialog.tsx';
import {
  createUser,
  grantRole,
  listUsers,
  resetPassword,
  revokeGrant,
  setDisabled,
  usersExportUrl,
  type UserView,
} from './accounts.api.ts';

const USERS_KEY = ['accounts', 'users'];

/** The users page (/accounts/users). */
export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const [grantingId, setGrantingId] = useState<string | null>(null);
  const [importing, setImporting] = useState<'users' | 'grants' | null>(null);
  useEffect(() => {
    document.title = `${t('accounts.users')} · ${t('app.name')}`;
  }, [t]);
  const list = useQuery({
    queryKey: [...USERS_KEY, q, page],
    queryFn: () => listUsers({ q, limit: page.pageSize, offset: (page.current - 1) * page.pageSize }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: USERS_KEY });
  const disable = useMutation({
    mutationFn: (v: { id: string; disabled: boolean }) => setDisabled(v.id, v.disabled),
    onSuccess: (_, v) => message.success(t(v.disabled ? 'accounts.disabled.done' : 'accounts.enabled.done')),
    onError: reportError,
    onSettled: refresh,
  });
  const granting = list.data?.items.find((u) => u.id === grantingId) ?? null;

  return (
    <Card title={t('accounts.users')} styles={{ body: { padding: 12 } }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          enterButton
          aria-label={t('accounts.search')}
          placeholder={t('accounts.search')}
          data-testid="users-search"
          onSearch={(v) => {
            setQ(v.trim());
            setPage((p) => ({ ...p, current: 1 }));
          }}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Can ability="accounts.write">
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => setCreating(true)}
            data-testid="user-create"
          >
            {t('accounts.create')}
          </Button>
        </Can>
        <Can ability="accounts.write">
          <Button icon={<UploadOutlined />} onClick={() => setImporting('users')} data-testid="users-import">
            {t('accounts.import.users')}
          </Button>
        </Can>
        <Can ability="accounts.grant">
          <Button
            icon={<UploadOutlined />}
            onClick={() => setImporting('grants')}
            data-testid="grants-import"
          >
            {t('accounts.import.grants')}
          </Button>
        </Can>
        <Can ability="accounts.read">
          <Button icon={<DownloadOutlined />} href={usersExportUrl()} data-testid="users-export">
            {t('accounts.export')}
          </Button>
        </Can>
      </Space>
      <Table<UserView>
        rowKey="id"
        size="middle"
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        onRow={(u) => ({ 'data-testid': `user-row-${u.username}` }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          ...page,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          { title: t('accounts.username'), dataIndex: 'username', fixed: 'left' },
          { title: t('accounts.displayName'), dataIndex: 'displayName' },
          {
            title: t('accounts.status'),
            render: (_, u) => (
              <Space size={4} wrap>
                {u.disabled ? (
                  <Tag color="default">{t('accounts.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('accounts.active')}</Tag>
                )}
                {u.locked && <Tag color="orange">{t('accounts.locked')}</Tag>}
                {u.passwordExpired && <Tag color="orange">{t('accounts.expired')}</Tag>}
                {u.totpEnabled && <Tag color="blue">{t('accounts.totp')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('accounts.grants'),
            render: (_, u) =>
              u.grants.length ? (
                <Space size={4} wrap>
                  {u.grants.map((g) => (
                    <Tag key={g.id} color={SECURITY_ROLES.includes(g.role) ? 'red' : undefined}>
                      {t(`role.${g.role}`)} @ {g.nodeName}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('accounts.noGrants')}</Typography.Text>
              ),
          },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size={4} wrap>
                {u.can.grant && (
                  <Button
                    size="small"
                    icon={<SafetyOutlined />}
                    onClick={() => setGrantingId(u.id)}
                    data-testid={`grant-${u.username}`}
                  >
                    {t('accounts.grant.open')}
                  </Button>
                )}
                {u.can.manage && (
                  <>
                    <Button size="small" icon={<KeyOutlined />} onClick={() => setResetting(u)}>
                      {t('accounts.reset')}
                    </Button>
                    {u.disabled ? (
                      <Button
                        size="small"
                        icon={<CheckOutlined />}
                        onClick={() => disable.mutate({ id: u.id, disabled: false })}
                      >
                        {t('accounts.enable')}
                      </Button>
                    ) : (
                      <Popconfirm
                        title={t('accounts.disable.confirm', { name: u.displayName })}
                        onConfirm={() => disable.mutate({ id: u.id, disabled: true })}
                      >
                        <Button size="small" danger icon={<StopOutlined />}>
                          {t('accounts.disable')}
                        </Button>
                      </Popconfirm>
                    )}
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <CreateUserModal
          onClose={() => setCreating(false)}
          onDone={(username) => {
            // the new account is listed first; a search for it finds it
            setQ('');
            setPage((p) => ({ ...p, current: 1 }));
            void refresh();
            message.success(t('accounts.created', { username }));
          }}
        />
      )}
      {importing && (
        <ImportDialog kind={importing} onClose={() => setImporting(null)} onDone={() => void refresh()} />
      )}
      {resetting && <ResetModal user={resetting} onClose={() => setResetting(null)} />}
      {granting && <GrantDrawer user={granting} onClose={() => setGrantingId(null)} onChanged={refresh} />}
    </Card>
  );
}

function CreateUserModal(props: { onClose: () => void; onDone: (username: string) => void }) {
  const t = useT();
  const [form] = Form.useForm();
  const create = useMutation({
    mutationFn: (v: { username: string; displayName: string; password: string }) => createUser(v),
    onSuccess: (_, v) => {
      props.onDone(v.username);
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const required = [{ required: true, message: t('accounts.required') }];
  return (
    <Modal
      open
      title={t('accounts.create')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'user-create-ok' } as Record<string, string>}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)}>
        <Form.Item name="username" label={t('accounts.username')} rules={required}>
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} rules={required}>
          <Input data-testid="user-displayName" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('accounts.password')}
          rules={required}
          extra={t('accounts.reset.hint')}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ResetModal(props: { user: UserView; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const reset = useMutation({
    mutationFn: (v: { password: string }) => resetPassword(props.user.id, v.password),
    onSuccess: () => {
      message.success(t('accounts.reset.done'));
      props.onClose();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  return (
    <Modal
      open
      title={t('accounts.reset.title', { name: props.user.displayName })}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={reset.isPending}
    >
      <Typography.Paragraph type="secondary">{t('accounts.reset.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => reset.mutate(v)}>
        <Form.Item
          name="password"
          label={t('accounts.password')}
          rules={[{ required: true, message: t('accounts.required') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The grant screen: the account's grants (each revocable when the actor may), and a form to grant a
 * role on a node. The separation rules are stated, and roles they forbid for this account are shown
 * disabled with the reason, before the server refuses them.
 */
function GrantDrawer(props: { user: UserView; onClose: () => void; onChanged: () => void }) {
  const t = useT();
  const { can } = useMe();
  const { message } = App.useApp();
  const { node } = useSelectedNode();
  const [form] = Form.useForm<{ role: Role; nodeId: string }>();
  const held = props.user.grants.map((g) => g.role);
  const grant = useMutation({
    mutationFn: (v: { role: Role; nodeId: string }) => grantRole({ ...v, userId: props.user.id }),
    onSuccess: () => {
      message.success(t('accounts.grant.done'));
      form.resetFields(['role']);
      props.onChanged();
    },
    onError: (e) => applyProblemToForm(form, e),
  });
  const revoke = useMutation({
    mutationFn: revokeGrant,
    onSuccess: () => {
      message.success(t('accounts.revoke.done'));
      props.onChanged();
    },
    onError: reportError,
  });
  const mayGrant = (r: Role) =>
    can(SECURITY_ROLES.includes(r) ? 'accounts.grant_security' : 'accounts.grant');
  const options = ROLES.filter(mayGrant).map((r) => {
    const problem = separationProblem(held, r);
    return {
      value: r,
      disabled: !!problem,
      label: problem ? `${t(`role.${r}`)}（${t(`accounts.rule.short.${problem}`)}）` : t(`role.${r}`),
    };
  });
  return (
    <Drawer
      open
      size={Math.min(560, window.innerWidth)}
      title={t('accounts.grant.title', { name: `${props.user.displayName}（${props.user.username}）` })}
      onClose={props.onClose}
      data-testid="grant-drawer"
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('accounts.rule.title')}
        description={
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            <li>{t('accounts.rule.who')}</li>
            <li>{t('accounts.rule.three_roles')}</li>
            <li>{t('accounts.rule.security_with_business')}</li>
            <li>{t('accounts.rule.self')}</li>
            <li>{t('accounts.rule.subtree')}</li>
          </ul>
        }
      />
      <Typography.Title level={5}>{t('accounts.grants')}</Typography.Title>
      {props.user.grants.length === 0 && (
        <Typography.Paragraph type="secondary">{t('accounts.noGrants')}</Typography.Paragraph>
      )}
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }} data-testid="grant-list">
        {props.user.grants.map((g) => (
          <Space key={g.id} style={{ justifyContent: 'space-between', width: '100%' }}>
            <span>
              <Tag color={SECURITY_ROLES.includes(g.role) ? 'red' : 'blue'}>{t(`role.${g.role}`)}</Tag>
              {g.nodeName}
            </span>
            {g.can.revoke && (
              <Popconfirm
                title={t('accounts.revoke.confirm', { role: t(`role.${g.role}`), node: g.nodeName })}
                onConfirm={() => revoke.mutate(g.id)}
              >
                <Button size="small" danger>
                  {t('accounts.revoke')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ))}
      </Space>
      <Typography.Title level={5}>{t('accounts.grant')}</Typography.Title>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ nodeId: node?.id }}
        onFinish={(v) => grant.mutate(v)}
      >
        <Form.Item
          name="role"
          label={t('accounts.grant.role')}
          rules={[{ required: true, message: t('accounts.required') }]}
        >
          <Select options={options} data-testid="grant-role" showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          name="nodeId"
          label={t('accounts.grant.node')}
          rules={[{ required: true, message: t('accounts.required') }]}
        >
          <NodePicker initial={node} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={grant.isPending} data-testid="grant-ok">
          {t('accounts.grant')}
        </Button>
      </Form>
    </Drawer>
  );
}
