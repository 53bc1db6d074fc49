/** The compounds in scope with their owners' registers: units, owners (by head), floor area, owners voting online. */
import { Button, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { listCompounds, type CompoundRow } from './owners.api.ts';
import './owners.shared.tsx';

/** The compounds page. */
export function CompoundsPage() {
  const t = useT();
  useDocumentTitle(t('own.compounds'));
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const q = useQuery({ queryKey: ['owners', 'compounds', nodeId], queryFn: () => listCompounds(nodeId) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('own.compounds')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('own.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Button onClick={() => void navigate('/owners/assemblies')}>{t('own.assemblies')}</Button>
          <Button onClick={() => void navigate('/owners/elections')}>{t('own.elections')}</Button>
        </Space>
      </Space>
      <Table<CompoundRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 700 }}
        data-testid="own-compounds"
        columns={[
          {
            title: t('own.compound'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/owners/compounds/${r.id}`}>{v}</Link>,
          },
          { title: t('own.community'), dataIndex: 'nodeName' },
          { title: t('own.units'), dataIndex: 'units', align: 'right' },
          { title: t('own.owners'), dataIndex: 'owners', align: 'right' },
          { title: t('own.area'), dataIndex: 'areaM2', align: 'right' },
          { title: t('own.linked'), dataIndex: 'linked', align: 'right' },
        ]}
      />
    </Space>
  );
}
