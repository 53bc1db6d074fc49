/** 人岗匹配: suggest cadres for a task by the traits it needs [000]. */
import { useState } from 'react';
import { Link } from 'react-router';
import { Select, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { TRAITS, type Trait } from '../../../server/modules/assessment/assessment.portrait.ts';
import { assessmentApi } from './assessment.api.ts';
import { PortraitTags, useDistrict } from './common.tsx';

/** Suggest cadres for a task by the traits it needs [000 人岗匹配]. */
export function Suggest() {
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
