/** A cadre's cards, for the cadre and for officers: the points ledger, promotion months and the portrait. */
import { Alert, Card, List, Space, Statistic, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { assessmentApi } from './assessment.api.ts';
import { PortraitTags, Radar } from './common.tsx';

/** A ledger card: total, months, lines. */
export function LedgerCard(props: { personId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['assessment', 'ledger', props.personId],
    queryFn: () => assessmentApi.ledger(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="ledger">
      <Space wrap>
        <Statistic
          title={t('assessment.points_total')}
          value={q.data?.total ?? 0}
          data-testid="ledger-total"
        />
        {q.data?.months.map((m) => (
          <Statistic key={m.month} title={m.month} value={m.points} />
        ))}
      </Space>
      <Table
        size="small"
        rowKey={(l) => `${l.ref}-${l.day}`}
        scroll={{ x: true }}
        dataSource={q.data?.lines ?? []}
        data-testid="ledger-lines"
        columns={[
          { title: t('assessment.day'), dataIndex: 'day' },
          {
            title: t('assessment.points'),
            dataIndex: 'points',
            render: (v: number) => (v > 0 ? `+${v}` : v),
          },
          {
            title: t('assessment.source'),
            dataIndex: 'source',
            render: (v: string) => t(`assessment.source.${v}`),
          },
          { title: t('assessment.reason'), dataIndex: 'reason' },
          {
            title: t('assessment.status'),
            dataIndex: 'status',
            render: (v: string) => t(`assessment.pstatus.${v}`),
          },
        ]}
      />
    </Card>
  );
}

/** Promotion months per year and the declarations. */
export function MonthsCard(props: { personId: string }) {
  const t = useT();
  const q = useQuery({
    queryKey: ['assessment', 'months', props.personId],
    queryFn: () => assessmentApi.months(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="months">
      {q.data?.vetoed && (
        <Alert
          type="error"
          showIcon
          title={`${t('assessment.vetoed')}：${q.data.vetoes.map((v) => t(`assessment.veto.${v}`)).join('、')}`}
        />
      )}
      <Table
        size="small"
        rowKey="year"
        pagination={false}
        dataSource={q.data?.years ?? []}
        columns={[
          { title: t('assessment.year'), dataIndex: 'year' },
          { title: t('assessment.quarter_good'), dataIndex: 'quarterGood' },
          { title: t('assessment.quarter_last'), dataIndex: 'quarterLast' },
          { title: t('assessment.situations'), dataIndex: 'situations' },
          {
            title: t('assessment.net_months'),
            dataIndex: 'net',
            render: (v: number, y) => (
              <span>
                {v > 0 ? `+${v}` : v}
                {y.capped && <Tag>{t('assessment.capped')}</Tag>}
              </span>
            ),
          },
        ]}
      />
      <List
        size="small"
        header={t('assessment.declarations')}
        dataSource={q.data?.declarations ?? []}
        renderItem={(d) => (
          <List.Item>
            {d.year} {d.kind === 'veto' ? t(`assessment.veto.${d.code}`) : d.code}{' '}
            {d.months ? `${d.polarity === 'positive' ? '−' : '+'}${d.months}` : ''}{' '}
            <Tag>{t(`assessment.dstatus.${d.status}`)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The portrait radar with tags. */
export function PortraitCard(props: { personId: string }) {
  const q = useQuery({
    queryKey: ['assessment', 'portrait', props.personId],
    queryFn: () => assessmentApi.portrait(props.personId),
  });
  return (
    <Card size="small" loading={q.isLoading} data-testid="portrait">
      {q.data && (
        <>
          <Radar portrait={q.data} />
          <PortraitTags tags={q.data.tags} />
        </>
      )}
    </Card>
  );
}
