/**
 * One 季度专项通报 as the printed document: its number, the quarter's summary, the ranking of
 * completion rates, the overdue items named, the good practices; the office revises the draft,
 * publishes it (frozen from then on) or, once published, composes a correction.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Popconfirm, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  composeBulletin,
  getBulletin,
  publishBulletin,
  updateDraft,
  type Bulletin,
} from './dutylists.api.ts';
import { dutylistsMessages } from './dutylists.messages.ts';
import { useKindLabel } from './lists.page.tsx';

addMessages(dutylistsMessages);

const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .dl-print, .dl-print * { visibility: visible; }
  .dl-print { position: absolute; left: 0; top: 0; width: 100%; }
}`;

type Rank = Bulletin['figures']['ranking'][number];
type Late = Bulletin['figures']['overdue'][number];

/** The bulletin page. */
export function BulletinPage() {
  const t = useT();
  const kind = useKindLabel();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: ['dutylists', 'bulletin', id], queryFn: () => getBulletin(id) });
  const b = q.data;
  useDocumentTitle(b ? `${b.number} ${b.title}` : t('dl.bul.title'));
  if (!b) return null;
  const f = b.figures;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <style>{PRINT_CSS}</style>
      <Space wrap>
        {b.state === 'draft' ? (
          <Tag>{t('dl.bul.draft')}</Tag>
        ) : (
          <Tag color="green">{t('dl.bul.published')}</Tag>
        )}
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('dl.bul.print')}
        </Button>
        {b.can.edit && <Button onClick={() => setEditing(true)}>{t('dl.bul.edit')}</Button>}
        {b.can.publish && (
          <Popconfirm
            title={t('dl.bul.publish_confirm')}
            onConfirm={async () => {
              await publishBulletin(b.id, b.version);
              message.success(t('dl.saved'));
              await qc.invalidateQueries({ queryKey: ['dutylists'] });
            }}
            okButtonProps={{ 'data-testid': 'dl-bul-publish-ok' } as ButtonProps}
          >
            <Button type="primary" data-testid="dl-bul-publish">
              {t('dl.bul.publish')}
            </Button>
          </Popconfirm>
        )}
        {b.can.correct && (
          <Button
            onClick={async () => {
              const r = await composeBulletin({
                year: b.year,
                quarter: b.quarter,
                practices: b.practices,
                correctsId: b.id,
              });
              await qc.invalidateQueries({ queryKey: ['dutylists'] });
              navigate(`/dutylists/bulletins/${r.id}`);
            }}
          >
            {t('dl.bul.correct')}
          </Button>
        )}
      </Space>
      <div className="dl-print" data-testid="dl-bulletin" style={{ maxWidth: 860 }}>
        <Typography.Title level={2} style={{ textAlign: 'center', color: '#c00' }}>
          {t('dl.bul.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="dl-bul-number">
          {b.number}
        </Typography.Paragraph>
        <Typography.Paragraph style={{ textAlign: 'center' }}>{t('dl.bul.issuer')}</Typography.Paragraph>
        <Typography.Title level={4} style={{ textAlign: 'center' }}>
          {b.title}
        </Typography.Title>
        {b.correctsNumber && (
          <Typography.Paragraph>{t('dl.bul.corrects', { no: b.correctsNumber })}</Typography.Paragraph>
        )}
        <Typography.Paragraph data-testid="dl-bul-summary">
          {t('dl.bul.summary', {
            asOf: f.asOf,
            lists: f.lists,
            due: f.due,
            accepted: f.accepted,
            rate: f.rate === null ? '—' : `${f.rate}%`,
          })}
        </Typography.Paragraph>
        <Typography.Title level={5}>{t('dl.bul.ranking')}</Typography.Title>
        <Table<Rank>
          rowKey={(r) => `${r.nodeName}/${r.kind}`}
          size="small"
          pagination={false}
          dataSource={f.ranking}
          columns={[
            { title: t('dl.bul.rank'), render: (_, _r, i) => i + 1, width: 60 },
            { title: t('dl.unit'), dataIndex: 'nodeName' },
            { title: t('dl.kind'), render: (_, r) => kind(r.kind) },
            { title: t('dl.items'), dataIndex: 'due' },
            { title: t('dl.accepted'), dataIndex: 'accepted' },
            { title: t('dl.completion'), render: (_, r) => (r.rate === null ? '—' : `${r.rate}%`) },
          ]}
        />
        <Typography.Title level={5}>{t('dl.bul.overdue')}</Typography.Title>
        {f.overdue.length === 0 ? (
          <Typography.Paragraph>{t('dl.bul.no_overdue')}</Typography.Paragraph>
        ) : (
          <Table<Late>
            rowKey={(r, i) => `${r.nodeName}/${r.title}/${i}`}
            size="small"
            pagination={false}
            dataSource={f.overdue}
            data-testid="dl-bul-overdue"
            columns={[
              { title: t('dl.unit'), dataIndex: 'nodeName' },
              { title: t('dl.kind'), render: (_, r) => kind(r.kind) },
              { title: t('dl.item'), dataIndex: 'title' },
              { title: t('dl.due'), dataIndex: 'dueOn' },
            ]}
          />
        )}
        <Typography.Title level={5}>{t('dl.bul.good')}</Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="dl-bul-practices">
          {b.practices}
        </Typography.Paragraph>
      </div>
      <FormModal<{ practices: string }>
        open={editing}
        title={t('dl.bul.edit')}
        onClose={() => setEditing(false)}
        initialValues={{ practices: b.practices }}
        onSubmit={async (v) => {
          await updateDraft(b.id, { practices: v.practices, version: b.version });
          await qc.invalidateQueries({ queryKey: ['dutylists'] });
        }}
      >
        <Form.Item name="practices" label={t('dl.bul.practices')} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
