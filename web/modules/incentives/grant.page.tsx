/** One incentive record: the proposal, the quota, the decision, and the moves open to the actor. */
import { App, Button, Descriptions, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { getGrant, moveGrant } from './incentives.api.ts';
import { StateTag } from './incentives.shared.tsx';

/** The record page. */
export function GrantPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const q = useQuery({ queryKey: ['incentives', 'grant', id], queryFn: () => getGrant(id!) });
  const g = q.data;
  useDocumentTitle(g ? `${g.personName} · ${g.measureName}` : t('inc.title'));
  if (!g) return null;
  const move = (action: 'approve' | 'reject' | 'withdraw') =>
    moveGrant(g.id, { action, version: g.version, note: note || undefined })
      .then(() => message.success(t('inc.saved')))
      .then(() => qc.invalidateQueries({ queryKey: ['incentives'] }))
      .catch(reportError);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>
        {g.personName} · {g.measureName} <StateTag state={g.state} testId="inc-grant-state" />
      </Typography.Title>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('inc.unit')}>{g.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('inc.area')}>{t(`inc.a.${g.area}`)}</Descriptions.Item>
        <Descriptions.Item label={t('inc.year')}>{g.year}</Descriptions.Item>
        <Descriptions.Item label={t('inc.reason')}>{g.reason}</Descriptions.Item>
        <Descriptions.Item label={t('inc.sourceRef')}>
          {g.orderId ? (
            <Link to={`/tasks/orders/${g.orderId}`} data-testid="inc-order-link">
              {g.sourceRef || t('inc.order')}
            </Link>
          ) : (
            g.sourceRef
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('inc.quota')}>
          {g.quota === null ? t('inc.noQuota') : t('inc.quotaUsed', { used: g.quotaUsed, quota: g.quota })}
        </Descriptions.Item>
        {g.decisionNo && (
          <Descriptions.Item label={t('inc.decisionNo')}>
            <Link to={`/incentives/grants/${g.id}/decision`} data-testid="inc-decision-link">
              {g.decisionNo}
            </Link>
          </Descriptions.Item>
        )}
        {g.decisionNote && <Descriptions.Item label={t('inc.note')}>{g.decisionNote}</Descriptions.Item>}
      </Descriptions>
      {g.actions.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            aria-label={t('inc.note')}
            placeholder={t('inc.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={1000}
          />
          <Space>
            {g.actions.map((a) => (
              <Button
                key={a}
                type={a === 'approve' ? 'primary' : 'default'}
                danger={a !== 'approve'}
                onClick={() => move(a)}
                data-testid={`inc-${a}`}
              >
                {t(`inc.${a}`)}
              </Button>
            ))}
          </Space>
        </Space>
      )}
    </Space>
  );
}
