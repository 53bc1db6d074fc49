/**
 * Rankings and the use of results [000][001][004]: the quarter's ranking, the points ranking, the
 * promotion list (top 30% with reasons), intake and talk lists, stars, rotation alerts, work reports
 * to confirm, approvals; each list exported to Excel. A person's page is person.page.tsx.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { assessmentApi, INTAKE_LISTS, type IntakeList } from './assessment.api.ts';
import { GradeTag, quarterOfToday, useDistrict, usePageTitle } from './common.tsx';
import { Suggest } from './results-suggest.tsx';
import { ReportsToConfirm } from './results-reports.tsx';
import { RankingsImport } from './results-rankings.tsx';

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
                render: (_: unknown, s) => <GradeTag grade={s.grade} />,
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
      ? [{ key: 'rankings', label: t('assessment.rankings'), children: <RankingsImport /> }]
      : []),
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
