/** Residents sign up or log in with their phone and an SMS code (a public page, phone first). */
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useNavigate, Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError, setFieldErrors } from '../../app/problem.ts';
import { usePageTitle } from '../council/common.tsx';
import { requestCode, verifyCode } from './residents.api.ts';

/** Phone, code, log in: the first login makes the account. */
export function SignupPage() {
  const t = useT();
  usePageTitle(t('residents.signup.title'));
  const { message } = App.useApp();
  const { refresh } = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ phone: string; code: string }>();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (wait <= 0) return;
    const id = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(id);
  }, [wait]);

  async function send() {
    try {
      const { phone } = await form.validateFields(['phone']);
      const r = await requestCode(phone);
      setWait(r.resendIn);
      message.success(t('residents.code_sent'));
    } catch (e) {
      if (setFieldErrors(form, e) === null) reportError(e);
    }
  }

  async function submit() {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await verifyCode(v.phone, v.code);
      await refresh();
      message.success(t('residents.welcome'));
      navigate('/residents/me', { replace: true });
    } catch (e) {
      const rest = setFieldErrors(form, e);
      if (rest === null || rest.length) reportError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ maxWidth: 420, margin: '0 auto', padding: 16 }}>
      <Card>
        <Typography.Title level={3}>{t('residents.signup.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('residents.signup.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" data-testid="signup-form">
          <Form.Item
            name="phone"
            label={t('residents.phone')}
            rules={[{ required: true, pattern: /^1[3-9]\d{9}$/ }]}
          >
            <Input inputMode="tel" autoComplete="tel" maxLength={11} />
          </Form.Item>
          <Form.Item label={t('residents.code')} required htmlFor="code">
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/ }]}>
                <Input id="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
              </Form.Item>
              <Button onClick={() => void send()} disabled={wait > 0} data-testid="send-code">
                {wait > 0 ? t('residents.resend_in', { s: wait }) : t('residents.send_code')}
              </Button>
            </Space.Compact>
          </Form.Item>
          <Button
            type="primary"
            block
            size="large"
            loading={busy}
            onClick={() => void submit()}
            data-testid="signup-submit"
          >
            {t('residents.login')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/public">{t('residents.public_pages')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
