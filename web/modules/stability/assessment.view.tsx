/** One assessment round as read: risk sources with scores, dimension levels, the survey, experts, levels. */
import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { DIMENSIONS, type Assessment } from './stability.api.ts';
import { LevelTag } from './stability.shared.tsx';

type Risk = Assessment['risks'][number];

/** The risk sources of a round as a table. */
export function RiskTable(props: { risks: Risk[] }) {
  const t = useT();
  return (
    <Table<Risk>
      rowKey={(r) => `${r.dimension}/${r.source}`}
      size="small"
      pagination={false}
      scroll={{ x: 560 }}
      dataSource={props.risks}
      data-testid="stab-risks"
      columns={[
        { title: t('stab.dimension'), dataIndex: 'dimension', render: (v: string) => t(`stab.d.${v}`) },
        { title: t('stab.source'), dataIndex: 'source' },
        { title: t('stab.likelihood'), dataIndex: 'likelihood', align: 'right' },
        { title: t('stab.impact'), dataIndex: 'impact', align: 'right' },
        { title: t('stab.score'), dataIndex: 'score', align: 'right' },
        { title: t('stab.level'), dataIndex: 'level', render: (v: Risk['level']) => <LevelTag level={v} /> },
      ]}
    />
  );
}

/** A round: sources, dimension levels, survey, methods, experts, conclusion, the level by the rules and confirmed. */
export function AssessmentView(props: {
  a: Assessment;
  thresholds: { oppositionHighPct: number; oppositionMidPct: number };
}) {
  const t = useT();
  const { a } = props;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <RiskTable risks={a.risks} />
      <Space wrap>
        {DIMENSIONS.map((d) => (
          <span key={d}>
            {t(`stab.d.${d}`)} <LevelTag level={a.dimensions[d] ?? 'low'} />
          </span>
        ))}
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('stab.survey')}>
          {`${t('stab.for')} ${a.surveyFor} · ${t('stab.against')} ${a.surveyAgainst} · ${t('stab.neutral')} ${a.surveyNeutral}`}
          {a.oppositionPct !== null && (
            <Tag style={{ marginLeft: 8 }}>{t('stab.opposition', { pct: a.oppositionPct })}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('stab.methods')}>
          {a.methods.map((m) => t(`stab.m.${m}`)).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('stab.experts')}>{a.experts}</Descriptions.Item>
        <Descriptions.Item label={t('stab.conclusion')}>{a.conclusion}</Descriptions.Item>
        <Descriptions.Item label={t('stab.rulesLevel')}>
          <Space wrap>
            <LevelTag level={a.level} testId="stab-rules-level" />
            {a.reasons.map((r) => (
              <Typography.Text key={r} type="secondary">
                {t(`stab.r.${r}`)}
              </Typography.Text>
            ))}
            <Typography.Text type="secondary">
              {t('stab.thresholds', {
                high: props.thresholds.oppositionHighPct,
                mid: props.thresholds.oppositionMidPct,
              })}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('stab.confirmedLevel')}>
          <Space wrap>
            <LevelTag level={a.confirmedLevel} />
            {a.reviewerName && <Typography.Text type="secondary">{a.reviewerName}</Typography.Text>}
            {a.reviewNote && <Typography.Text>{a.reviewNote}</Typography.Text>}
          </Space>
        </Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
