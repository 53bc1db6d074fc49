/** The login page: each step follows the session state /api/auth/me reports. */
import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { GlobalOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { client } from '../../app/client.ts';
import { useMe } from '../../app/auth.tsx';
import { useLang, useT } from '../../app/i18n.tsx';
import { errorText, setFieldErrors } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';

/**
 * Runs a submit, mapping field errors onto the form (when there is one) and other errors into an
 * alert.
 */
function useSubmit(form: ReturnType<typeof Form.useForm>[0] | undefined) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      const left = form ? setFieldErrors(form, e) : null;
      if (left === null) setError(errorText(e));
      else if (left.length) setError(left.join('; '));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

/**
 * One step's form: its hint, the error of the last try, the fields and the submit button. Finishing
 * sends the values, then reloads the session so the page moves on to the next step.
 */
function StepForm<V>(props: {
  send: (v: V) => Promise<unknown>;
  submit: string;
  hint?: string;
  children: ReactNode;
  /** The password step's test ids: login-form, login-error, login-submit. */
  testIds?: boolean;
}) {
  const { refresh } = useMe();
  const [form] = Form.useForm();
  const { busy, error, run } = useSubmit(form);
  const id = (what: string) => (props.testIds ? `login-${what}` : undefined);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v: V) =>
        run(async () => {
          await props.send(v);
          await refresh();
        })
      }
      data-testid={id('form')}
    >
      {props.hint && <Typography.Paragraph>{props.hint}</Typography.Paragraph>}
      {error && (
        <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} data-testid={id('error')} />
      )}
      {props.children}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid={id('submit')}>
        {props.submit}
      </Button>
    </Form>
  );
}

function PasswordStep() {
  const t = useT();
  return (
    <StepForm<{ username: string; password: string }>
      send={(v) => client.post('/api/auth/login', { body: v })}
      submit={t('login.submit')}
      testIds
    >
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, message: t('login.required') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('login.required') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
    </StepForm>
  );
}

function TotpStep() {
  const t = useT();
  return (
    <StepForm<{ code: string }>
      send={(v) => client.post('/api/auth/totp', { body: { code: v.code } })}
      submit={t('login.totp.submit')}
      hint={t('login.totp.hint')}
    >
      <Form.Item
        name="code"
        label={t('login.totp.code')}
        rules={[{ required: true, message: t('login.required') }]}
      >
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
      </Form.Item>
    </StepForm>
  );
}

function EnrolStep() {
  const t = useT();
  const { busy, error, run } = useSubmit(undefined);
  const [enrol, setEnrol] = useState<{ secret: string; uri: string } | null>(null);
  if (enrol)
    return (
      <StepForm<{ code: string }>
        send={(v) => client.post('/api/auth/totp/confirm', { body: { code: v.code } })}
        submit={t('login.enrol.confirm')}
        hint={t('login.enrol.hint')}
      >
        <Form.Item label={t('login.enrol.secret')}>
          <Typography.Text code copyable data-testid="totp-secret">
            {enrol.secret}
          </Typography.Text>
        </Form.Item>
        <Form.Item label={t('login.enrol.uri')}>
          <Typography.Paragraph copyable style={{ wordBreak: 'break-all', margin: 0 }} data-testid="totp-uri">
            {enrol.uri}
          </Typography.Paragraph>
        </Form.Item>
        <Form.Item
          name="code"
          label={t('login.totp.code')}
          rules={[{ required: true, message: t('login.required') }]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
      </StepForm>
    );
  return (
    <div>
      <Typography.Paragraph>{t('login.enrol.hint')}</Typography.Paragraph>
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} />}
      <Button
        type="primary"
        block
        loading={busy}
        onClick={() => run(async () => setEnrol(await client.post('/api/auth/totp/enrol')))}
      >
        {t('login.enrol.start')}
      </Button>
    </div>
  );
}

function ChangePasswordStep() {
  const t = useT();
  return (
    <StepForm<{ current: string; next: string }>
      send={(v) => client.post('/api/auth/password', { body: { current: v.current, next: v.next } })}
      submit={t('login.change.submit')}
      hint={t('login.change.hint')}
    >
      <Form.Item
        name="current"
        label={t('login.change.current')}
        rules={[{ required: true, message: t('login.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="next"
        label={t('login.change.next')}
        rules={[{ required: true, message: t('login.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('login.change.repeat')}
        dependencies={['next']}
        rules={[
          { required: true, message: t('login.required') },
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              !v || v === getFieldValue('next')
                ? Promise.resolve()
                : Promise.reject(new Error(t('login.change.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </StepForm>
  );
}

/** The login form's box, drawn like antd's Card. */
const box = {
  width: '100%',
  maxWidth: 400,
  boxSizing: 'border-box',
  padding: 24,
  background: '#fff',
  borderRadius: 8,
  border: '1px solid #f0f0f0',
} as const;

/**
 * Where the user goes once logged in: an address inside the app (a path of this site, never another
 * site's "//host" or the login page itself), else the landing page.
 */
function afterLogin(...targets: (string | null | undefined)[]): string {
  const inside = (p: string | null | undefined): p is string =>
    !!p && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\') && !/^\/login(?:[/?#]|$)/.test(p);
  return targets.find(inside) ?? '/';
}

/** The login page (public route /login). */
export function LoginPage() {
  const t = useT();
  const { lang, setLang } = useLang();
  const { me } = useMe();
  const location = useLocation();
  const [search] = useSearchParams();
  // the page asked for before login: the app's redirect (?next=, web/app/shell.tsx) or a link's state
  const from = (location.state as { from?: string } | null)?.from;

  let title = t('login.title');
  let step = <PasswordStep />;
  if (me?.mfaPending) {
    title = me.totpEnrolled ? t('login.totp.title') : t('login.enrol.title');
    step = me.totpEnrolled ? <TotpStep /> : <EnrolStep />;
  } else if (me?.authenticated && me.user?.mustChangePassword) {
    title = t('login.change.title');
    step = <ChangePasswordStep />;
  }
  const inFlow = me?.mfaPending || me?.authenticated;
  useDocumentTitle(title);

  // after every hook: the page renders the same hooks whether it moves on or not
  if (me?.authenticated && !me.user?.mustChangePassword)
    return <Navigate to={afterLogin(from, search.get('next'))} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #c8102e 0%, #8a0b20 55%, #f5f5f5 55%)',
      }}
    >
      {/* a plain box, not antd's Card: the Card brings Tabs, Menu and Dropdown into the first load */}
      <div style={box}>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            {t('app.name')} · {title}
          </Typography.Title>
          <Button
            size="small"
            icon={<GlobalOutlined />}
            onClick={() => setLang(lang === 'zh-CN' ? 'en-US' : 'zh-CN')}
            data-testid="lang-switch"
          >
            {t('shell.lang')}
          </Button>
        </Space>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        {step}
        {inFlow && (
          <Button
            type="link"
            block
            style={{ marginTop: 8 }}
            onClick={() =>
              void client.post('/api/auth/logout').finally(() => window.location.assign('/login'))
            }
          >
            {t('login.back')}
          </Button>
        )}
        {!inFlow && (
          <nav aria-label={t('login.public')} style={{ marginTop: 16 }} data-testid="login-links">
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {t('login.public')}
            </Typography.Paragraph>
            <Space wrap size={[16, 4]}>
              <Link to="/r/signup" data-testid="link-signup">
                {t('login.link.signup')}
              </Link>
              <Link to="/public/tasks" data-testid="link-public-tasks">
                {t('login.link.tasks')}
              </Link>
              <Link to="/public" data-testid="link-public-council">
                {t('login.link.council')}
              </Link>
            </Space>
          </nav>
        )}
      </div>
    </div>
  );
}
