/** The public list of a published round's funded projects 资助项目公示 (no login). */
import { Card, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { getPublished, yuan } from './socialfund.api.ts';
import { socialfundPageMessages } from './socialfund.messages.ts';

addMessages(socialfundPageMessages);

/** The public page. */
export function PublishedPage() {
  const t = useT();
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['socialfund', 'public', id], queryFn: () => getPublished(id) });
  const p = q.data;
  useDocumentTitle(p ? `${p.fundName} ${p.roundTitle} ${t('sf.pub.title')}` : t('sf.pub.title'));
  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 16 }}>
      {p && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ marginBottom: 0 }}>
            {p.fundName} {p.roundTitle} {t('sf.pub.title')}
          </Typography.Title>
          <Typography.Text>
            {t('sf.pub.total')}：{yuan(p.totalFen)} · {t('sf.funded')}：{p.projects.length}
          </Typography.Text>
          <Card size="small">
            <Table
              size="small"
              rowKey={(x) => x.applicantName + x.title}
              data-testid="sf-public"
              pagination={false}
              scroll={{ x: true }}
              dataSource={p.projects}
              columns={[
                { title: t('sf.applicant'), dataIndex: 'applicantName' },
                { title: t('sf.project'), dataIndex: 'title' },
                { title: t('sf.category'), dataIndex: 'category' },
                { title: t('sf.granted'), dataIndex: 'grantedFen', align: 'right', render: yuan },
              ]}
            />
          </Card>
        </Space>
      )}
      {q.error && <Typography.Text type="danger">{(q.error as Error).message}</Typography.Text>}
    </main>
  );
}
