/**
 * A pool's register of pledged collective assets 集体资产担保 (seed 001 青田): each asset with its
 * value, lender, loan and release day, the loan's rate (减息 at 3.85% and below), flagged 30 days
 * before release; the fund registers, releases, and takes the register in and out of Excel.
 */
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Upload,
  message,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import {
  addPledge,
  ASSET_KINDS,
  fenOfWan,
  getLedger,
  getPledges,
  importPledges,
  pledgesXlsx,
  releasePledge,
  wan,
} from './villagefund.api.ts';

const STATE_COLOURS = { released: 'default', overdue: 'red', due: 'orange', pledged: 'blue' } as const;

/** The register card of a pool. */
export function PledgesCard(props: { poolId: string; canManage: boolean }) {
  const t = useT();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const pledges = useQuery({
    queryKey: ['vf', 'pledges', props.poolId],
    queryFn: () => getPledges(props.poolId),
  });
  const ledger = useQuery({
    queryKey: ['vf', 'ledger', props.poolId],
    queryFn: () => getLedger(props.poolId),
  });
  const loans = (ledger.data ?? []).filter((l) => l.kind === 'inflow' && l.source === 'loan');
  const refresh = () => qc.invalidateQueries({ queryKey: ['vf'] });
  const manage = props.canManage && pledges.data?.can.manage;
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('vf.pledges')}
          {!!pledges.data?.due && (
            <Tag color="orange" data-testid="vf-pledges-due">
              {t('vf.pledges.due', { n: pledges.data.due })}
            </Tag>
          )}
        </Space>
      }
      extra={
        <Space>
          {manage && (
            <>
              <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="vf-pledge-add">
                {t('vf.pledges.add')}
              </Button>
              <Upload
                accept=".xlsx,.csv"
                showUploadList={false}
                customRequest={async ({ file }) => {
                  let body: { imported: number; errors: { row: number; message: string }[] };
                  try {
                    body = await importPledges(props.poolId, file as Blob);
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
          <Button size="small" href={pledgesXlsx(props.poolId)}>
            {t('vf.export')}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        dataSource={pledges.data?.items}
        scroll={{ x: 900 }}
        data-testid="vf-pledges"
        columns={[
          { title: t('vf.pledges.village'), dataIndex: 'nodeName' },
          {
            title: t('vf.pledges.asset'),
            render: (_, r) => `${r.asset}（${t(`villagefund.asset.${r.assetKind}`)}）`,
          },
          { title: t('vf.pledges.value'), dataIndex: 'valueFen', render: wan },
          { title: t('vf.pledges.lender'), dataIndex: 'lender' },
          { title: t('vf.pledges.loan'), dataIndex: 'loanFen', render: wan },
          {
            title: t('vf.rate'),
            render: (_, r) =>
              r.rateBp === null ? (
                ''
              ) : (
                <Space size={4}>
                  {`${r.rateBp / 100}%`}
                  {r.reducedRate && <Tag color="green">{t('vf.pledges.reduced')}</Tag>}
                </Space>
              ),
          },
          { title: t('vf.pledges.term'), dataIndex: 'termMonths' },
          { title: t('vf.pledges.release_on'), dataIndex: 'releaseOn' },
          {
            title: '',
            render: (_, r) => (
              <Space size={4}>
                <Tag color={STATE_COLOURS[r.state]}>{t(`vf.pledges.state.${r.state}`)}</Tag>
                {manage && !r.releasedOn && (
                  <Button
                    size="small"
                    onClick={async () => {
                      try {
                        await releasePledge(r.id, r.version);
                        message.success(t('vf.pledges.released'));
                      } catch (e) {
                        reportError(e);
                      }
                      await refresh();
                    }}
                  >
                    {t('vf.pledges.release')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<{
        nodeId: string;
        asset: string;
        assetKind: (typeof ASSET_KINDS)[number];
        value: number;
        lender: string;
        loan: number;
        inflowId?: string;
        termMonths: number;
        pledgedOn: { format: (f: string) => string };
        releaseOn: { format: (f: string) => string };
      }>
        open={adding}
        title={t('vf.pledges.add')}
        onClose={() => setAdding(false)}
        initialValues={{ assetKind: 'hall', termMonths: 36 }}
        testId="vf-pledge-form"
        onSubmit={async (v) => {
          await addPledge(props.poolId, {
            nodeId: v.nodeId,
            asset: v.asset,
            assetKind: v.assetKind,
            valueFen: fenOfWan(v.value),
            lender: v.lender,
            loanFen: fenOfWan(v.loan),
            inflowId: v.inflowId ?? null,
            termMonths: v.termMonths,
            pledgedOn: v.pledgedOn.format('YYYY-MM-DD'),
            releaseOn: v.releaseOn.format('YYYY-MM-DD'),
          });
          await refresh();
        }}
      >
        <Form.Item name="nodeId" label={t('vf.pledges.village')} rules={[{ required: true }]}>
          <NodePicker />
        </Form.Item>
        <Form.Item name="asset" label={t('vf.pledges.asset')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="assetKind" label={t('vf.pledges.kind')} rules={[{ required: true }]}>
          <Select options={ASSET_KINDS.map((k) => ({ value: k, label: t(`villagefund.asset.${k}`) }))} />
        </Form.Item>
        <Form.Item name="value" label={t('vf.pledges.value')} rules={[{ required: true }]}>
          <InputNumber min={0.01} />
        </Form.Item>
        <Form.Item name="lender" label={t('vf.pledges.lender')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="loan" label={t('vf.pledges.loan')} rules={[{ required: true }]}>
          <InputNumber min={0.01} />
        </Form.Item>
        <Form.Item name="inflowId" label={t('vf.pledges.inflow')}>
          <Select
            allowClear
            options={loans.map((l) => ({
              value: l.id,
              label: `${l.occurredOn} ${l.counterparty} ${wan(l.amountFen)} ${l.rateBp === null ? '' : `${l.rateBp / 100}%`}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="termMonths" label={t('vf.pledges.term')} rules={[{ required: true }]}>
          <InputNumber min={1} max={360} />
        </Form.Item>
        <Form.Item name="pledgedOn" label={t('vf.pledges.pledged_on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="releaseOn" label={t('vf.pledges.release_on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
