/** The inbox page: newest first, unread in bold; opening one marks it read and follows its link. */
import { useState } from 'react';
import { Badge, Button, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { client, type Res } from '../../app/client.ts';
import { beijingMinute } from '../../app/format.ts';
import { addMessages, useT } from '../../app/i18n.tsx';
import { notifyKindLabels } from './notify.kinds.ts';

addMessages(notifyKindLabels);

/** One notification as the inbox lists it. */
type Notification = Res<'get', '/api/notify/inbox'>[number];

const KIND_COLOURS: Record<string, string> = {
  'tasks.award': 'green',
  'tasks.yellow': 'gold',
  'tasks.red': 'red',
  'tasks.order_issued': 'volcano',
  'tasks.deadline': 'orange',
  'tasks.proposal_decided': 'blue',
};

/** The inbox page: newest first, unread in bold; opening one marks it read and follows its link. */
export function NotificationsPage() {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [only, setOnly] = useState<'0' | '1'>('0');
  const inbox = useQuery({
    queryKey: ['notify', 'inbox', only],
    queryFn: () => client.get('/api/notify/inbox', { query: { unread: only, limit: 200 } }),
  });
  async function open(n: Notification) {
    if (!n.read) {
      await client.post('/api/notify/{id}/read', { path: { id: n.id } });
      await qc.invalidateQueries({ queryKey: ['notify'] });
    }
    if (n.link?.startsWith('/')) navigate(n.link);
  }
  return (
    <div data-testid="notify-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('notify.title')}
        </Typography.Title>
        <Segmented
          value={only}
          onChange={(v) => setOnly(v as '0' | '1')}
          options={[
            { value: '0', label: t('notify.all') },
            { value: '1', label: t('notify.unread') },
          ]}
        />
      </Space>
      <List
        loading={inbox.isLoading}
        locale={{ emptyText: <Empty description={t('notify.empty')} /> }}
        dataSource={inbox.data ?? []}
        renderItem={(n) => (
          <List.Item
            data-testid={`notification-${n.id}`}
            actions={[
              <Button key="o" size="small" type="link" onClick={() => void open(n)}>
                {n.link ? t('notify.open') : t('notify.markRead')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              avatar={<Badge dot={!n.read} />}
              title={
                <Space wrap>
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                  {t(`notify.kind.${n.kind}`) !== `notify.kind.${n.kind}` && (
                    <Tag color={KIND_COLOURS[n.kind] ?? 'default'}>{t(`notify.kind.${n.kind}`)}</Tag>
                  )}
                </Space>
              }
              description={
                <>
                  {n.body && <div>{n.body}</div>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {beijingMinute(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </div>
  );
}
