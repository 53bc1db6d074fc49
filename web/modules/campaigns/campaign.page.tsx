/**
 * One sign-up drive: its stages 摸底 → … → 拆除 (moved on by its office), the rates against the
 * targets, and tabs for the household register, the teams, the records waiting for confirmation and
 * the signing rate over time; the printable daily bulletin 攻坚日报 opens from here.
 */
import { App, Button, Card, Col, Row, Space, Statistic, Steps, Tabs, Tag, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { Chart } from '../../app/chart.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { getBulletin, getCampaign, moveStage, STAGES, type Bulletin } from './campaigns.api.ts';
import { campaignsMessages } from './campaigns.messages.ts';
import { RateBar } from './campaigns.page.tsx';
import { ConfirmTab, TeamsTab } from './teams.tab.tsx';
import { HouseholdsTab } from './households.tab.tsx';

addMessages(campaignsMessages);

/** The signing and moving rates day by day, with the signing target as a line. */
export function TrendChart(props: { b: Bulletin; height?: number }) {
  const t = useT();
  const { b } = props;
  return (
    <Chart
      testId="cmp-trend"
      height={props.height ?? 280}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: [t('cmp.signRate'), t('cmp.moveRate')] },
        grid: { left: 40, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: b.series.map((p) => p.date.slice(5)) },
        yAxis: { type: 'value', min: 0, max: 100 },
        series: [
          {
            name: t('cmp.signRate'),
            type: 'line',
            showSymbol: false,
            data: b.series.map((p) => p.signRate),
            markLine: { symbol: 'none', data: [{ yAxis: b.targetSignPct }] },
          },
          { name: t('cmp.moveRate'), type: 'line', showSymbol: false, data: b.series.map((p) => p.moveRate) },
        ],
      }}
    />
  );
}

/** The drive's page. */
export function CampaignPage() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['campaigns', 'one', id], queryFn: () => getCampaign(id!) });
  const b = useQuery({ queryKey: ['campaigns', 'bulletin', id], queryFn: () => getBulletin(id!) });
  const c = q.data;
  useDocumentTitle(c?.name ?? t('cmp.title'));
  if (!c) return null;
  const at = STAGES.indexOf(c.stage);
  const move = async (stage: (typeof STAGES)[number]) => {
    try {
      await moveStage(c.id, { stage, version: c.version });
      message.success(t('cmp.saved'));
      await qc.invalidateQueries({ queryKey: ['campaigns'] });
    } catch (e) {
      reportError(e);
    }
  };
  const tab = params.get('tab') ?? 'households';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.name} <Tag color="purple">{t(`cmp.kind.${c.kind}`)}</Tag>
          </Typography.Title>
          <Typography.Text type="secondary">
            {c.nodeName} · {c.areaM2.toLocaleString()} ㎡ · {c.startedOn} → {c.targetOn}
          </Typography.Text>
        </div>
        <Button
          icon={<FileTextOutlined />}
          href={`/print/campaigns-bulletin/${c.id}`}
          target="_blank"
          data-testid="cmp-bulletin-link"
        >
          {t('cmp.bulletin')}
        </Button>
      </Space>
      <Card size="small">
        <Steps
          size="small"
          current={at}
          responsive
          items={STAGES.map((s) => ({ title: t(`cmp.stage.${s}`) }))}
        />
        {c.can.manage && (
          <Space style={{ marginTop: 12 }} wrap>
            {at < STAGES.length - 1 && (
              <Button type="primary" onClick={() => move(STAGES[at + 1])} data-testid="cmp-stage-next">
                {t('cmp.stage.next', { stage: t(`cmp.stage.${STAGES[at + 1]}`) })}
              </Button>
            )}
            {at > 0 && (
              <Button onClick={() => move(STAGES[at - 1])}>
                {t('cmp.stage.back', { stage: t(`cmp.stage.${STAGES[at - 1]}`) })}
              </Button>
            )}
          </Space>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Statistic title={t('cmp.households')} value={c.figures.households} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cmp.signed')} value={c.figures.signed} data-testid="cmp-signed" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('cmp.pending')} value={c.figures.pending} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('cmp.overdue')}
            value={c.figures.overdue}
            styles={{ content: { color: c.figures.overdue ? '#cf1322' : undefined } }}
          />
        </Col>
        <Col xs={24} md={12}>
          <RateBar
            label={t('cmp.signRate')}
            value={c.figures.signRate}
            target={c.targetSignPct}
            testId="cmp-signrate"
          />
          <Typography.Text type="secondary">{t('cmp.signRate.def')}</Typography.Text>
        </Col>
        <Col xs={24} md={12}>
          <RateBar label={t('cmp.moveRate')} value={c.figures.moveRate} target={c.targetMovePct} />
          <Typography.Text type="secondary">{t('cmp.moveRate.def')}</Typography.Text>
        </Col>
      </Row>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams((p) => (p.set('tab', k), p), { replace: true })}
        items={[
          { key: 'households', label: t('cmp.tab.households'), children: <HouseholdsTab c={c} /> },
          { key: 'teams', label: t('cmp.tab.teams'), children: <TeamsTab c={c} /> },
          ...(c.can.confirm
            ? [{ key: 'confirm', label: t('cmp.tab.confirm'), children: <ConfirmTab c={c} /> }]
            : []),
          { key: 'trend', label: t('cmp.tab.trend'), children: b.data ? <TrendChart b={b.data} /> : null },
        ]}
      />
    </Space>
  );
}
