/** The funds 专项资金: each fund's rounds 期 with their budget used (a bar chart per round), and the user's applications. */
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  createRound,
  getFunds,
  listApplications,
  yuan,
  type Fund,
  type RoundInput,
  type RoundSummary,
} from './socialfund.api.ts';
import { socialfundMessages, socialfundPageMessages } from './socialfund.messages.ts';

addMessages(socialfundPageMessages);
addMessages(socialfundMessages);

const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);

/** A round's state as a tag. */
export function RoundState(props: { state: string }) {
  const t = useT();
  const color = props.state === 'call' ? 'green' : props.state === 'review' ? 'blue' : undefined;
  return <Tag color={color}>{t(`socialfund.round.${props.state}`)}</Tag>;
}

type RoundForm = Omit<RoundInput, 'capFen' | 'budgetFen' | 'categories'> & {
  cap: number;
  budget: number;
  categories: string;
};

function FundCard(props: { fund: Fund; manage: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const f = props.fund;
  const chrono = [...f.rounds].reverse();
  const next = (f.rounds[0]?.roundNo ?? 0) + 1;
  return (
    <Card
      size="small"
      data-testid="sf-fund"
      title={
        <Space wrap>
          <span>{f.name}</span>
          <Tag color="purple">{t(`socialfund.kind.${f.kind}`)}</Tag>
        </Space>
      }
      extra={
        props.manage && (
          <Button
            icon={<PlusOutlined />}
            size="small"
            onClick={() => setOpen(true)}
            data-testid="sf-new-round"
          >
            {t('sf.new_round')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        {t('sf.yearly')}：{yuan(f.yearlyBudgetFen)} · {t('sf.plan')}：{f.tranchePlan.join('/')}
      </Typography.Paragraph>
      <Table<RoundSummary>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={f.rounds}
        columns={[
          {
            title: t('sf.round'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/socialfund/rounds/${r.id}`}>{v}</Link>,
          },
          { title: t('sf.state'), dataIndex: 'state', render: (s: string) => <RoundState state={s} /> },
          { title: t('sf.call'), render: (_, r) => `${r.opensOn} ~ ${r.closesOn}` },
          { title: t('sf.budget'), dataIndex: 'budgetFen', align: 'right', render: yuan },
          { title: t('sf.allocated'), dataIndex: 'allocatedFen', align: 'right', render: yuan },
          { title: t('sf.apps'), dataIndex: 'applications', align: 'right' },
          { title: t('sf.funded'), dataIndex: 'funded', align: 'right' },
        ]}
      />
      {chrono.length > 0 && (
        <Chart
          height={220}
          testId="sf-chart"
          option={{
            tooltip: {},
            grid: { left: 40, right: 10, top: 30, bottom: 40 },
            legend: { data: [t('sf.chart')] },
            xAxis: { type: 'category', data: chrono.map((r) => `${r.roundNo}`), name: t('sf.round') },
            yAxis: { type: 'value', max: 100 },
            series: [
              {
                name: t('sf.chart'),
                type: 'bar',
                data: chrono.map((r) => pct(r.allocatedFen, r.budgetFen)),
              },
            ],
          }}
        />
      )}
      <FormModal<RoundForm>
        open={open}
        title={t('sf.new_round')}
        onClose={() => setOpen(false)}
        testId="sf-round-form"
        testIdOn="form"
        initialValues={{
          roundNo: next,
          year: beijingYear(),
          title: `第${next}期（${beijingYear()}年）`,
          opensOn: beijingDay(),
          closesOn: beijingDay(new Date(Date.now() + 30 * 86_400_000)),
          cap: 300_000,
          budget: 12_000_000,
          categories: f.rounds[0]?.categories.join('，') ?? '',
        }}
        onSubmit={async (v) => {
          await createRound(f.id, {
            roundNo: v.roundNo,
            year: v.year,
            title: v.title,
            opensOn: v.opensOn,
            closesOn: v.closesOn,
            capFen: Math.round(v.cap * 100),
            budgetFen: Math.round(v.budget * 100),
            categories: v.categories
              .split(/[,，、]/)
              .map((s) => s.trim())
              .filter(Boolean),
          });
          message.success(t('sf.saved'));
          await qc.invalidateQueries({ queryKey: ['socialfund'] });
        }}
      >
        <Form.Item name="roundNo" label={t('sf.round')} rules={[{ required: true }]}>
          <InputNumber min={1} max={999} precision={0} />
        </Form.Item>
        <Form.Item name="year" label={t('sf.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="title" label={t('sf.round')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="opensOn" label={t('sf.call')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="closesOn" label="~" rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item name="budget" label={t('sf.budget')} rules={[{ required: true }]}>
          <InputNumber min={0.01} max={1e10} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="cap" label={t('sf.cap')} rules={[{ required: true }]}>
          <InputNumber min={0.01} max={1e10} precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="categories" label={t('sf.categories')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

/** The funds page. */
export function FundsPage() {
  const t = useT();
  useDocumentTitle(t('sf.title'));
  const funds = useQuery({ queryKey: ['socialfund', 'funds'], queryFn: getFunds });
  const mine = useQuery({
    queryKey: ['socialfund', 'applications'],
    queryFn: listApplications,
    enabled: !!funds.data?.can.apply,
  });
  const own = (mine.data ?? []).filter((a) => a.mine);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('sf.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('sf.hint')}</Typography.Text>
      </div>
      {funds.data?.funds.length === 0 && <Empty description={t('sf.none')} />}
      {(funds.data?.funds ?? []).map((f) => (
        <FundCard key={f.id} fund={f} manage={funds.data!.can.manage} />
      ))}
      {own.length > 0 && (
        <Card size="small" title={t('sf.mine')} data-testid="sf-mine">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={own}
            columns={[
              {
                title: t('sf.project'),
                dataIndex: 'title',
                render: (v: string, r) => <Link to={`/socialfund/applications/${r.id}`}>{v}</Link>,
              },
              { title: t('sf.round'), dataIndex: 'roundTitle' },
              {
                title: t('sf.state'),
                dataIndex: 'state',
                render: (s: string, r) => (
                  <Space>
                    <Tag>{t(`socialfund.state.${s}`)}</Tag>
                    {r.reportDue && <Tag color="red">{t('sf.report_due')}</Tag>}
                  </Space>
                ),
              },
              { title: t('sf.granted'), dataIndex: 'grantedFen', align: 'right', render: yuan },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
