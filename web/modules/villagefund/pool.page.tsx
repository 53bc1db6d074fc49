/** One fund pool: money by source, free and committed, its ledger, money raised in (form or Excel), and the ledger out. */
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Typography,
  Upload,
  message,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import { PledgesCard } from './pledges.card.tsx';
import {
  addInflow,
  fenOfWan,
  importInflows,
  getLedger,
  getPool,
  ledgerXlsx,
  SOURCES,
  wan,
  yuan,
} from './villagefund.api.ts';

/** A pool and its ledger. */
export function PoolPage() {
  const { id } = useParams();
  const t = useT();
  const qc = useQueryClient();
  const pool = useQuery({ queryKey: ['vf', 'pool', id], queryFn: () => getPool(id!) });
  const ledger = useQuery({ queryKey: ['vf', 'ledger', id], queryFn: () => getLedger(id!) });
  const [adding, setAdding] = useState(false);
  usePageTitle(pool.data?.name ?? t('vf.pool'));
  const p = pool.data;
  if (!p) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['vf'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1100 }}>
      <Typography.Title level={3}>{p.name}</Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        {SOURCES.map((s) => (
          <Descriptions.Item key={s} label={t(`villagefund.source.${s}`)}>
            {wan(p.bySource[s])}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('vf.raised')}>{wan(p.raisedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.committed')}>{wan(p.committedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.paid')}>{wan(p.paidFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.recovered')}>{wan(p.recoveredFen)}</Descriptions.Item>
        <Descriptions.Item label={t('vf.free')}>
          <b data-testid="vf-pool-free">{wan(p.freeFen)}</b>
        </Descriptions.Item>
        <Descriptions.Item label={t('vf.pledged')}>
          <span data-testid="vf-pool-pledged">{wan(p.pledgedFen)}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card
        size="small"
        title={t('vf.ledger')}
        extra={
          <Space>
            {p.can.manage && (
              <>
                <Button size="small" type="primary" onClick={() => setAdding(true)}>
                  {t('vf.inflow')}
                </Button>
                <Upload
                  accept=".xlsx,.csv"
                  showUploadList={false}
                  customRequest={async ({ file }) => {
                    let body: { imported: number; errors: { row: number; message: string }[] };
                    try {
                      body = await importInflows(p.id, file as Blob);
                    } catch (e) {
                      return reportError(e);
                    }
                    if (body.errors.length)
                      message.error(body.errors.map((e) => `#${e.row} ${e.message}`).join('；'));
                    else message.success(t('vf.imported', { n: body.imported }));
                    await refresh();
                  }}
                >
                  <Button size="small">{t('vf.import')}</Button>
                </Upload>
              </>
            )}
            <Button size="small" href={ledgerXlsx(p.id)}>
              {t('vf.export')}
            </Button>
          </Space>
        }
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={ledger.data}
          scroll={{ x: 800 }}
          columns={[
            { title: t('vf.date'), dataIndex: 'occurredOn' },
            { title: '', dataIndex: 'kind', render: (k) => t(`villagefund.kind.${k}`) },
            {
              title: t('vf.source'),
              dataIndex: 'source',
              render: (s) => (s ? t(`villagefund.source.${s}`) : ''),
            },
            { title: t('vf.amount_wan'), dataIndex: 'amountFen', render: yuan },
            { title: t('vf.rate'), dataIndex: 'rateBp', render: (r) => (r === null ? '' : `${r / 100}%`) },
            { title: t('vf.counterparty'), dataIndex: 'counterparty' },
            { title: t('vf.title_field'), dataIndex: 'projectTitle' },
            { title: t('vf.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
      <PledgesCard poolId={p.id} canManage={p.can.manage} />
      <FormModal<{
        source: string;
        amount: number;
        rate?: number;
        counterparty?: string;
        note?: string;
        occurredOn: { format: (f: string) => string };
      }>
        open={adding}
        title={t('vf.inflow')}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          try {
            await addInflow(p.id, {
              source: v.source as 'fiscal',
              amountFen: fenOfWan(v.amount),
              rateBp:
                v.source === 'loan' && v.rate !== undefined && v.rate !== null
                  ? Math.round(v.rate * 100)
                  : undefined,
              counterparty: v.counterparty ?? '',
              note: v.note ?? '',
              occurredOn: v.occurredOn.format('YYYY-MM-DD'),
            });
          } finally {
            await refresh();
          }
        }}
      >
        <Form.Item name="source" label={t('vf.source')} rules={[{ required: true }]}>
          <Select options={SOURCES.map((s) => ({ value: s, label: t(`villagefund.source.${s}`) }))} />
        </Form.Item>
        <Form.Item name="amount" label={t('vf.amount_wan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} />
        </Form.Item>
        <Form.Item name="rate" label={t('vf.rate')}>
          <InputNumber min={0} max={50} step={0.05} />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('vf.date')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="counterparty" label={t('vf.counterparty')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label={t('vf.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
