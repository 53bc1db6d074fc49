/**
 * The full ID number and phone of a visitor, for a stated reason (shown only to holders of
 * petitions.reveal; the server audits each reveal with its reason).
 */
import { useState } from 'react';
import { Button, Form, Input, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { revealVisit, type Revealed, type Visit } from './petitions.api.ts';

/** The masked phone, and a button to see the visitor's ID number and phone in full. */
export function RevealCell({ v }: { v: Visit }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState<Revealed | null>(null);
  if (full)
    return (
      <Space orientation="vertical" size={0} data-testid="visit-revealed">
        {full.idNumber && <Typography.Text copyable>{full.idNumber}</Typography.Text>}
        {full.phone && <Typography.Text copyable>{full.phone}</Typography.Text>}
      </Space>
    );
  return (
    <Space size={4} wrap>
      {v.phone}
      {v.canReveal && (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          aria-label={t('pt.reveal')}
          onClick={() => setOpen(true)}
          data-testid="visit-reveal"
        >
          {t('pt.reveal')}
        </Button>
      )}
      <FormModal<{ reason: string }>
        open={open}
        title={t('pt.reveal.title')}
        onClose={() => setOpen(false)}
        testId="visit-reveal-form"
        onSubmit={async ({ reason }) => setFull(await revealVisit(v.id, reason))}
      >
        <Typography.Paragraph type="secondary">{t('pt.reveal.hint')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('pt.reveal.reason')}
          rules={[{ required: true, whitespace: true, max: 200 }]}
        >
          <Input data-testid="visit-reveal-reason" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
