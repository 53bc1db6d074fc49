/**
 * 省市考核排名 (seed 001 衢江): the organisation department imports a ranking sheet; units in the top
 * or bottom band propose situations for their 区管领导, listed here while they wait for the joint
 * review and confirmation (on each person's page).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Space, Table, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { assessmentApi } from './assessment.api.ts';
import { useDistrict } from './common.tsx';

type ImportRow = Awaited<ReturnType<typeof assessmentApi.importRankings>>['rows'][number];

/** The ranking import and the declarations it proposed, waiting. */
export function RankingsImport() {
  const t = useT();
  const districtId = useDistrict();
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const waiting = useQuery({
    queryKey: ['assessment', 'declarations', districtId, 'declared'],
    queryFn: () => assessmentApi.declarationsOf(districtId!, 'declared'),
    enabled: !!districtId,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Button type="primary" onClick={() => setImporting(true)} data-testid="rankings-import">
          {t('assessment.rankings.import')}
        </Button>
        <Button href={assessmentApi.rankingsTemplate()}>{t('assessment.rankings.template')}</Button>
      </Space>
      <Table
        size="small"
        rowKey="id"
        loading={waiting.isLoading}
        dataSource={waiting.data ?? []}
        data-testid="rankings-declared"
        columns={[
          {
            title: t('assessment.name'),
            dataIndex: 'personName',
            render: (v: string, r) => <Link to={`/assessment/people/${r.personId}`}>{v}</Link>,
          },
          {
            title: t('assessment.rankings.situation'),
            render: (_, r) => (
              <Tag color={r.polarity === 'positive' ? 'green' : 'red'}>
                {r.code} {r.polarity === 'positive' ? '−' : '+'}
                {r.months}
              </Tag>
            ),
          },
          { title: t('assessment.rankings.basis'), dataIndex: 'note' },
        ]}
      />
      {importing && districtId && (
        <SheetImportModal<ImportRow>
          title={t('assessment.rankings.import')}
          messages="assessment.rankings.import"
          send={(file, dryRun) => assessmentApi.importRankings(districtId, file, dryRun)}
          columns={[
            { title: t('assessment.unit'), dataIndex: 'unit' },
            {
              title: t('assessment.rankings.title'),
              render: (_, r) => `${t(`assessment.rankings.body.${r.body}`)} ${r.title}`,
            },
            { title: t('assessment.rankings.rank'), render: (_, r) => `${r.rank} / ${r.total}` },
            { title: t('assessment.rankings.situation'), render: (_, r) => r.code ?? '—' },
            { title: t('assessment.rankings.leaders'), dataIndex: 'leaders' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['assessment'] })}
          applyTestId="rankings-import-apply"
        />
      )}
    </Space>
  );
}
