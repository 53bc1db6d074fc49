/** A sheet's indicator rows, as the cadre's own sheet page and the officers' sheet page show them. */
import type { ReactNode } from 'react';
import { Table, Tag } from 'antd';
import { useT } from '../../app/i18n.tsx';
import type { SheetDetail } from './assessment.api.ts';

type Item = SheetDetail['items'][number];

/**
 * Indicator, weight, self score, evidence and the unit's score. A score or evidence cell shows the
 * editor the page gives for it, else the value; the unit's column shows only when `unit` is given.
 */
export function SheetItems(props: {
  items: Item[];
  self?: (i: Item) => ReactNode;
  evidence?: (i: Item) => ReactNode;
  unit?: true | ((i: Item) => ReactNode);
  'data-testid'?: string;
}) {
  const t = useT();
  const { self, evidence, unit } = props;
  return (
    <Table
      size="small"
      rowKey="indicatorId"
      pagination={false}
      scroll={{ x: true }}
      dataSource={props.items}
      data-testid={props['data-testid']}
      columns={[
        {
          title: t('assessment.indicator'),
          dataIndex: 'name',
          render: (v: string, i) => (
            <span>
              {v} {i.layer !== 'common' && <Tag>{t(`assessment.layer.${i.layer}`)}</Tag>}
            </span>
          ),
        },
        { title: t('assessment.weight'), dataIndex: 'weight', width: 60 },
        { title: t('assessment.self'), key: 'self', width: 110, render: (_, i) => (self ? self(i) : i.self) },
        {
          title: t('assessment.evidence'),
          key: 'evidence',
          render: (_, i) => (evidence ? evidence(i) : i.evidence),
        },
        ...(unit
          ? [
              {
                title: t('assessment.unit_score'),
                key: 'unit',
                width: 90,
                render: (_: unknown, i: Item) => (unit === true ? i.unit : unit(i)),
              },
            ]
          : []),
      ]}
    />
  );
}
