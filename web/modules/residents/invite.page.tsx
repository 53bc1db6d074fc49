/** Officers hand a resident of their area an invitation code (desktop). */
import { useState } from 'react';
import { App, Alert, Button, Card, Form, Typography } from 'antd';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { usePageTitle } from '../council/common.tsx';
import { PersonPicker } from './person-picker.tsx';
import { inviteResident } from './residents.api.ts';

/** Pick a resident, make a code. */
export function InvitePage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('residents.invite.title'));
  const { message } = App.useApp();
  const [picked, setPicked] = useState<string | null>(null);
  const [code, setCode] = useState<{ code: string; expiresAt: string; personName: string } | null>(null);
  return (
    <Card title={t('residents.invite.title')} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('residents.invite.intro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('residents.invite.person')} htmlFor="invite-person">
          <PersonPicker id="invite-person" value={picked ?? undefined} onChange={(id) => setPicked(id)} />
        </Form.Item>
        <Button
          type="primary"
          disabled={!picked}
          onClick={async () => {
            try {
              setCode(await inviteResident(picked!));
              message.success(t('residents.invite.make'));
            } catch (e) {
              reportError(e);
            }
          }}
        >
          {t('residents.invite.make')}
        </Button>
      </Form>
      {code && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          title={
            <span style={{ fontSize: 28, letterSpacing: 4 }} data-testid="invite-code">
              {code.code}
            </span>
          }
          description={t('residents.invite.code', {
            name: code.personName,
            at: formatTime(code.expiresAt, lang),
          })}
        />
      )}
    </Card>
  );
}
