/** 季度专项通报: the bulletins (drafts for the office), and composing one from a quarter's figures. */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { composeBulletin, getBulletins, type ComposeInput } from './dutylists.api.ts';
import { dutylistsMessages } from './dutylists.messages.ts';

addMessages(dutylistsMessages);

/** The bulletins page. */
export function BulletinsPage() {
  const t = useT();
  useDocumentTitle(t('dl.bul.title'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const q = useQuery({ queryKey: ['dutylists', 'bulletins'], queryFn: getBulletins });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('dl.bul.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('dl.bul.hint')}</Typography.Text>
        </div>
        {can('dutylists.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="dl-bul-new"
          >
            {t('dl.bul.new')}
          </Button>
        )}
      </Space>
      {q.data?.length === 0 && <Empty description={t('dl.bul.none')} />}
      {(q.data ?? []).map((b) => (
        <Card
          key={b.id}
          size="small"
          data-testid="dl-bul-card"
          title={
            <Space wrap>
              <Link to={`/dutylists/bulletins/${b.id}`}>
                {b.number} {b.title}
              </Link>
              {b.state === 'draft' ? (
                <Tag>{t('dl.bul.draft')}</Tag>
              ) : (
                <Tag color="green">{t('dl.bul.published')}</Tag>
              )}
              {b.correctsNumber && <Tag color="orange">{t('dl.bul.corrects', { no: b.correctsNumber })}</Tag>}
            </Space>
          }
        >
          <Typography.Text type="secondary">
            {t('dl.bul.summary', {
              asOf: b.figures.asOf,
              lists: b.figures.lists,
              due: b.figures.due,
              accepted: b.figures.accepted,
              rate: b.figures.rate === null ? '—' : `${b.figures.rate}%`,
            })}
          </Typography.Text>
        </Card>
      ))}
      <FormModal<ComposeInput>
        open={open}
        title={t('dl.bul.new')}
        onClose={() => setOpen(false)}
        initialValues={{ year: beijingYear(), quarter: 1 }}
        testId="dl-bul-form"
        testIdOn="form"
        width={640}
        onSubmit={async (v) => {
          const r = await composeBulletin(v);
          message.success(t('dl.saved'));
          await qc.invalidateQueries({ queryKey: ['dutylists'] });
          navigate(`/dutylists/bulletins/${r.id}`);
        }}
      >
        <Form.Item name="year" label={t('dl.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="quarter" label={t('dl.bul.quarter')} rules={[{ required: true }]}>
          <Select
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('dl.bul.quarter.value', { q }) }))}
          />
        </Form.Item>
        <Form.Item name="practices" label={t('dl.bul.practices')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
