/**
 * Rankings and the use of results [000][001][004]: the quarter's ranking, the points ranking, the
 * promotion list (top 30% with reasons), intake and talk lists, stars, rotation alerts, work reports
 * to confirm, approvals; each list exported to Excel. And a person's page: portrait, ledger, months
 * and (for authorised officers) the political-quality file.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Button, Card, Col, Empty, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { ApiError } from '../../app/api.ts';
import { TRAITS, type Trait } from '../../../server/modules/assessment/assessment.portrait.ts';
import { PQ_INDICATORS } from '../../../server/modules/assessment/assessment.pq.ts';
import { assessmentApi, INTAKE_LISTS, type IntakeList } from './assessment.api.ts';
import { GradeTag, PortraitTags, Radar, quarterOfToday, useDistrict, usePageTitle } from './common.tsx';
import { LedgerCard, MonthsCard } from './person-cards.tsx';

function Export(props: { href: string }) {
  const t = useT();
  return (
    <Button href={props.href} data-testid="export-xlsx">
      {t('assessment.export')}
    </Button>
  );
}

/** The results page (tabs by list). */
export function ResultsPage() {
  const t = useT();
  usePageTitle(t('assessment.results'));
  const { can } = useMe();
  const districtId = useDistrict();
  const cycles = useQuery({
    queryKey: ['assessment', 'cycles', districtId],
    queryFn: () => assessmentApi.cycles(districtId!),
    enabled: !!districtId,
  });
  const [cycleId, setCycleId] = useState<string | null>(null);
  const cycle =
    cycles.data?.find((c) => c.id === cycleId) ??
    cycles.data?.find((c) => c.status === 'open' && c.sheets > 0 && cycles.data!.indexOf(c) > 0) ??
    cycles.data?.[1] ??
    cycles.data?.[0];
  const quarter = cycle?.quarter ?? quarterOfToday();
  const d = districtId!;
  const ranking = useQuery({
    queryKey: ['assessment', 'ranking', cycle?.id],
    queryFn: () => assessmentApi.ranking(cycle!.id),
    enabled: !!cycle,
  });
  const points = useQuery({
    queryKey: ['assessment', 'points-ranking', d, quarter],
    queryFn: () => assessmentApi.pointsRanking(d, quarter),
    enabled: !!districtId,
  });
  const elig = useQuery({
    queryKey: ['assessment', 'elig', d, quarter],
    queryFn: () => assessmentApi.eligibility(d, quarter),
    enabled: !!districtId && can('assessment.manage'),
  });
  const [list, setList] = useState<IntakeList>('eagle');
  const intake = useQuery({
    queryKey: ['assessment', 'intake', d, list, quarter],
    queryFn: () => assessmentApi.intake(d, list, quarter),
    enabled: !!districtId && can('assessment.manage'),
  });
  const stars = useQuery({
    queryKey: ['assessment', 'stars', d, quarter],
    queryFn: () => assessmentApi.stars(d, quarter),
    enabled: !!districtId,
  });
  const rotation = useQuery({
    queryKey: ['assessment', 'rotation', d],
    queryFn: () => assessmentApi.rotationAlerts(d),
    enabled: !!districtId && can('assessment.manage'),
  });
  const name = (v: string, r: { personId: string }) => (
    <Link to={`/assessment/people/${r.personId}`}>{v}</Link>
  );
  const tabs = [
    {
      key: 'ranking',
      label: t('assessment.ranking'),
      children: (
        <>
          {cycle && <Export href={assessmentApi.rankingXlsx(cycle.id)} />}
          <Table
            size="small"
            rowKey="sheetId"
            scroll={{ x: true }}
            loading={ranking.isLoading}
            dataSource={ranking.data ?? []}
            data-testid="ranking"
            columns={[
              { title: t('assessment.name'), dataIndex: 'personName', render: name },
              { title: t('assessment.unit'), dataIndex: 'unitName' },
              { title: t('assessment.score'), dataIndex: 'score' },
              {
                title: t('assessment.grade'),
                dataIndex: 'grade',
                render: (g: string | null) => <GradeTag grade={g} />,
              },
              { title: t('assessment.rank_in_unit'), dataIndex: 'rankInUnit' },
              {
                title: t('assessment.rank_in_group'),
                key: 'g',
                render: (_, r) => `${r.rankInGroup ?? '—'} / ${r.groupSize}`,
              },
            ]}
          />
        </>
      ),
    },
    {
      key: 'points',
      label: t('assessment.points_ranking'),
      children: (
        <>
          <Export href={assessmentApi.pointsRankingXlsx(d, quarter)} />
          <Table
            size="small"
            rowKey="personId"
            scroll={{ x: true }}
            loading={points.isLoading}
            dataSource={points.data ?? []}
            data-testid="points-ranking"
            columns={[
              { title: t('assessment.name'), dataIndex: 'name', render: name },
              { title: t('assessment.unit'), dataIndex: 'unitName' },
              {
                title: t('assessment.months_col'),
                dataIndex: 'months',
                render: (m: number[]) => m.join(' / '),
              },
              { title: t('assessment.points_total'), dataIndex: 'total' },
              { title: t('assessment.rank_in_unit'), dataIndex: 'rankInUnit' },
              { title: t('assessment.rank_in_group'), dataIndex: 'rankInGroup' },
            ]}
          />
        </>
      ),
    },
    ...(can('assessment.manage')
      ? [
          {
            key: 'eligibility',
            label: t('assessment.eligibility'),
            children: (
              <>
                <Export href={assessmentApi.eligibilityXlsx(d, quarter)} />
                <Table
                  size="small"
                  rowKey="personId"
                  scroll={{ x: true }}
                  loading={elig.isLoading}
                  dataSource={elig.data ?? []}
                  data-testid="eligibility"
                  columns={[
                    { title: t('assessment.name'), dataIndex: 'name', render: name },
                    { title: t('assessment.unit'), dataIndex: 'unitName' },
                    { title: t('assessment.score'), dataIndex: 'score' },
                    {
                      title: t('assessment.rank_in_group'),
                      key: 'r',
                      render: (_, r) => `${r.rank ?? '—'} / ${r.groupSize}`,
                    },
                    {
                      title: t('assessment.eligible'),
                      dataIndex: 'eligible',
                      render: (v: boolean) =>
                        v ? <Tag color="green">{t('assessment.yes')}</Tag> : <Tag>{t('assessment.no')}</Tag>,
                    },
                    {
                      title: t('assessment.reasons'),
                      dataIndex: 'reasons',
                      render: (rs: string[]) => rs.map((x) => t(`assessment.why.${x}`)).join('；'),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'intake',
            label: t('assessment.intake'),
            children: (
              <>
                <Space style={{ marginBottom: 8 }}>
                  <Select
                    aria-label={t('assessment.intake')}
                    value={list}
                    onChange={setList}
                    style={{ width: 200 }}
                    options={INTAKE_LISTS.map((x) => ({
                      value: x,
                      label: t(`assessment.list.${x}`),
                    }))}
                    data-testid="intake-list"
                  />
                  <Export href={assessmentApi.intakeXlsx(d, list, quarter)} />
                </Space>
                <Table
                  size="small"
                  rowKey="personId"
                  scroll={{ x: true }}
                  loading={intake.isLoading}
                  dataSource={intake.data ?? []}
                  columns={[
                    { title: t('assessment.name'), dataIndex: 'name', render: name },
                    { title: t('assessment.unit'), dataIndex: 'unitName' },
                    { title: t('assessment.post'), dataIndex: 'post' },
                    {
                      title: t('assessment.reasons'),
                      dataIndex: 'reasons',
                      render: (rs: string[]) => rs.map((x) => t(`assessment.why.${x}`)).join('；'),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'rotation',
            label: t('assessment.rotation'),
            children: (
              <>
                <Export href={assessmentApi.rotationXlsx(d)} />
                <Table
                  size="small"
                  rowKey={(r) => `${r.personId}-${r.rule}`}
                  scroll={{ x: true }}
                  loading={rotation.isLoading}
                  dataSource={rotation.data ?? []}
                  data-testid="rotation"
                  columns={[
                    { title: t('assessment.name'), dataIndex: 'name', render: name },
                    { title: t('assessment.unit'), dataIndex: 'unitName' },
                    { title: t('assessment.post'), dataIndex: 'post' },
                    {
                      title: t('assessment.rule'),
                      dataIndex: 'rule',
                      render: (v: string) => t(`assessment.rot.${v}`),
                    },
                    { title: t('assessment.limit_on'), dataIndex: 'limitOn' },
                    {
                      title: t('assessment.status'),
                      dataIndex: 'level',
                      render: (v: string, r) => (
                        <Space>
                          <Tag color={v === 'overdue' ? 'red' : 'orange'}>{t(`assessment.rot.${v}`)}</Tag>
                          {r.planned && <Tag color="green">{t('assessment.planned')}</Tag>}
                        </Space>
                      ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]
      : []),
    {
      key: 'stars',
      label: t('assessment.stars'),
      children: (
        <Table
          size="small"
          rowKey={(r) => `${r.kind}-${r.unitNodeId}`}
          scroll={{ x: true }}
          dataSource={stars.data ?? []}
          columns={[
            {
              title: t('assessment.kind'),
              dataIndex: 'kind',
              render: (v: string) => t(`assessment.star.${v}`),
            },
            { title: t('assessment.name'), dataIndex: 'name', render: name },
            { title: t('assessment.unit'), dataIndex: 'unitName' },
            { title: t('assessment.value'), dataIndex: 'value' },
          ]}
        />
      ),
    },
    { key: 'reports', label: t('assessment.reports'), children: <ReportsToConfirm /> },
    ...(can('assessment.manage')
      ? [{ key: 'suggest', label: t('assessment.suggest'), children: <Suggest /> }]
      : []),
  ];
  return (
    <div data-testid="assessment-results">
      <Typography.Title level={4}>{t('assessment.results')}</Typography.Title>
      <Select
        aria-label="quarter"
        style={{ width: 140, marginBottom: 12 }}
        value={cycle?.id}
        onChange={setCycleId}
        options={(cycles.data ?? []).map((c) => ({ value: c.id, label: c.quarter }))}
      />
      <Tabs items={tabs} />
    </div>
  );
}

/** Work reports of the units in scope, to confirm (and find outstanding cadres). */
function ReportsToConfirm() {
  const t = useT();
  const districtId = useDistrict();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'reports', districtId],
    queryFn: () => assessmentApi.reports({ districtId: districtId! }),
    enabled: !!districtId,
  });
  const decide = useMutation({
    mutationFn: (a: { id: string; decision: 'confirm' | 'reject'; outstanding: boolean }) =>
      assessmentApi.decideReport(a.id, { decision: a.decision, outstanding: a.outstanding }),
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment', 'reports'] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.problem.title : String(e)),
  });
  return (
    <Table
      size="small"
      rowKey="id"
      scroll={{ x: true }}
      loading={q.isLoading}
      dataSource={q.data ?? []}
      data-testid="reports"
      columns={[
        { title: t('assessment.name'), dataIndex: 'personName' },
        {
          title: t('assessment.category'),
          dataIndex: 'category',
          render: (v: string) => t(`assessment.category.${v}`),
        },
        { title: t('assessment.title'), dataIndex: 'title' },
        { title: t('assessment.happened_on'), dataIndex: 'happenedOn' },
        {
          title: t('assessment.status'),
          dataIndex: 'status',
          render: (v: string, r) => (
            <Space>
              <Tag>{t(`assessment.rstatus.${v}`)}</Tag>
              {r.outstanding && <Tag color="gold">{t('assessment.outstanding')}</Tag>}
            </Space>
          ),
        },
        {
          title: t('assessment.actions'),
          key: 'a',
          render: (_, r) =>
            r.can.decide && (
              <Space>
                <Button
                  size="small"
                  onClick={() => decide.mutate({ id: r.id, decision: 'confirm', outstanding: false })}
                >
                  {t('assessment.confirm')}
                </Button>
                <Button
                  size="small"
                  onClick={() => decide.mutate({ id: r.id, decision: 'confirm', outstanding: true })}
                >
                  {t('assessment.confirm_outstanding')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => decide.mutate({ id: r.id, decision: 'reject', outstanding: false })}
                >
                  {t('assessment.reject')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}

/** Suggest cadres for a task by the traits it needs [000 人岗匹配]. */
function Suggest() {
  const t = useT();
  const districtId = useDistrict();
  const [traits, setTraits] = useState<Trait[]>(['execution', 'resilience']);
  const q = useQuery({
    queryKey: ['assessment', 'suggest', districtId, traits],
    queryFn: () => assessmentApi.suggest({ districtId: districtId!, traits, limit: 10 }),
    enabled: !!districtId && traits.length > 0,
  });
  return (
    <>
      <Select
        mode="multiple"
        aria-label={t('assessment.traits')}
        style={{ minWidth: 300, marginBottom: 8 }}
        value={traits}
        onChange={setTraits}
        options={TRAITS.map((x) => ({ value: x, label: t(`assessment.trait.${x}`) }))}
        data-testid="suggest-traits"
      />
      <Table
        size="small"
        rowKey="personId"
        pagination={false}
        scroll={{ x: true }}
        dataSource={q.data ?? []}
        data-testid="suggestions"
        columns={[
          {
            title: t('assessment.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/assessment/people/${r.personId}`}>{v}</Link>,
          },
          { title: t('assessment.score'), dataIndex: 'score' },
          {
            title: t('assessment.reasons'),
            dataIndex: 'reasons',
            render: (rs: { trait: string; score: number }[]) =>
              rs.map((x) => `${t(`assessment.trait.${x.trait}`)} ${x.score}`).join('，'),
          },
          {
            title: t('assessment.tags'),
            dataIndex: 'tags',
            render: (tags: string[]) => <PortraitTags tags={tags} />,
          },
        ]}
      />
    </>
  );
}

/** A cadre's page for officers: portrait, ledger, months and the political-quality file. */
export function PersonPage() {
  const t = useT();
  const { personId } = useParams();
  const { can } = useMe();
  usePageTitle(t('assessment.person'));
  const portrait = useQuery({
    queryKey: ['assessment', 'portrait', personId],
    queryFn: () => assessmentApi.portrait(personId!),
  });
  const file = useQuery({
    queryKey: ['assessment', 'pq', personId],
    queryFn: () => assessmentApi.pqFile(personId!),
    enabled: can('assessment.pq.read'),
  });
  const ind = (code: string) => PQ_INDICATORS.find((i) => i.code === code);
  return (
    <div data-testid="assessment-person">
      <Typography.Title level={4}>{portrait.data?.name ?? ''}</Typography.Title>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={10}>
          <Card size="small" title={t('assessment.portrait')} loading={portrait.isLoading}>
            {portrait.data && (
              <>
                <Radar portrait={portrait.data} />
                <PortraitTags tags={portrait.data.tags} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Tabs
            items={[
              {
                key: 'ledger',
                label: t('assessment.ledger'),
                children: personId ? <LedgerCard personId={personId} /> : <Empty />,
              },
              {
                key: 'months',
                label: t('assessment.months'),
                children: personId ? <MonthsCard personId={personId} /> : <Empty />,
              },
              ...(can('assessment.pq.read')
                ? [
                    {
                      key: 'pq',
                      label: t('assessment.pq_file'),
                      children: (
                        <Card
                          size="small"
                          loading={file.isLoading}
                          data-testid="pq-file"
                          extra={
                            <Button href={assessmentApi.pqPrintUrl(personId!)} target="_blank">
                              {t('assessment.print')}
                            </Button>
                          }
                        >
                          <Typography.Paragraph type="secondary">
                            {t('assessment.pq_audited')}
                          </Typography.Paragraph>
                          <Table
                            size="small"
                            rowKey="id"
                            scroll={{ x: true }}
                            dataSource={file.data?.entries ?? []}
                            columns={[
                              { title: t('assessment.day'), dataIndex: 'occurredOn' },
                              {
                                title: t('assessment.indicator'),
                                dataIndex: 'indicatorCode',
                                render: (c: string) => (
                                  <span>
                                    {ind(c)?.name}{' '}
                                    <Tag color={ind(c)?.polarity === 'negative' ? 'red' : 'green'}>
                                      {t(`assessment.polarity.${ind(c)?.polarity}`)}
                                    </Tag>
                                  </span>
                                ),
                              },
                              {
                                title: t('assessment.method'),
                                dataIndex: 'method',
                                render: (m: string) => t(`assessment.method.${m}`),
                              },
                              { title: t('assessment.source'), dataIndex: 'source' },
                              { title: t('assessment.note'), dataIndex: 'note' },
                            ]}
                          />
                        </Card>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Col>
      </Row>
    </div>
  );
}
