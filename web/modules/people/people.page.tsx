/** The people list of the selected node's subtree: masked, searchable, paged, with import and export. */
import { useEffect, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, FileExcelOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Can } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { exportUrl, IDENTITY_KINDS, listPeople, templateUrl, type PersonListItem } from './people.api.ts';
import { PersonForm } from './person.form.tsx';
import { PersonDrawer } from './person.drawer.tsx';
import { ImportWizard } from './people.import.tsx';
import type { Query } from '../../app/client.ts';

/** The people page (/people). */
export function PeoplePage() {
  const t = useT();
  const { node } = useSelectedNode();
  const [q, setQ] = useState('');
  const [identity, setIdentity] = useState<Query<'get', '/api/people'>['identity']>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  // ?person=<id> opens that person (links from other registers)
  const [params] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(params.get('person'));
  const [importing, setImporting] = useState(false);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    document.title = `${t('people.title')} · ${t('app.name')}`;
  }, [t]);

  // A new node, search or filter starts again at page one.
  useEffect(() => setPage((p) => ({ ...p, current: 1 })), [node?.id, q, identity]);

  const filters = { nodeId: node?.id, q: q || undefined, identity };
  const list = useQuery({
    queryKey: ['people', 'list', filters, page],
    queryFn: () =>
      listPeople({ ...filters, limit: page.pageSize, offset: (page.current - 1) * page.pageSize }),
    placeholderData: keepPreviousData,
  });

  const columns = [
    {
      title: t('people.name'),
      dataIndex: 'name',
      fixed: 'left' as const,
      render: (name: string, p: PersonListItem) => (
        <Typography.Link onClick={() => setOpenId(p.id)} data-testid="person-name">
          {name}
        </Typography.Link>
      ),
    },
    { title: t('people.gender'), dataIndex: 'gender', render: (g: string) => t(`people.gender.${g}`) },
    { title: t('people.birthDate'), dataIndex: 'birthDate' },
    { title: t('people.nationalId'), dataIndex: 'nationalId', render: (v: string) => <code>{v}</code> },
    { title: t('people.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
    { title: t('people.node'), dataIndex: 'nodeName' },
    {
      title: t('people.identities'),
      dataIndex: 'identities',
      render: (kinds: string[]) => kinds.map((k) => <Tag key={k}>{t(`people.kind.${k}`)}</Tag>),
    },
  ];

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('people.title')}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('people.scope', { name: node?.name ?? t('shell.tree.all') })}
          </Typography.Text>
        </Space>
      }
      styles={{ body: { padding: 12 } }}
    >
      <Space wrap style={{ marginBottom: 12, width: '100%' }}>
        <Input.Search
          allowClear
          placeholder={t('people.search')}
          aria-label={t('people.search')}
          onSearch={(v) => setQ(v.trim())}
          style={{ width: 300, maxWidth: '100%' }}
          data-testid="people-search"
          enterButton
        />
        <Select
          allowClear
          placeholder={t('people.identity.all')}
          aria-label={t('people.identity.all')}
          value={identity}
          onChange={setIdentity}
          style={{ width: 140 }}
          options={IDENTITY_KINDS.map((k) => ({ value: k, label: t(`people.kind.${k}`) }))}
        />
        <Can ability="people.write">
          <Button
            type="primary"
            icon={<UserAddOutlined />}
            onClick={() => setAdding(true)}
            data-testid="person-add"
          >
            {t('people.form.add')}
          </Button>
        </Can>
        <Can ability="people.import">
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="people-import">
            {t('people.import')}
          </Button>
          <Button icon={<DownloadOutlined />} href={templateUrl()}>
            {t('people.template')}
          </Button>
        </Can>
        <Can ability="people.export">
          <Button icon={<FileExcelOutlined />} href={exportUrl(filters)} data-testid="people-export">
            {t('people.export')}
          </Button>
        </Can>
      </Space>
      <Table<PersonListItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        onRow={(p) => ({ 'data-testid': `person-row-${p.id}` }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          // a search counts up to 10,000
          showTotal: (total) =>
            list.data?.totalCapped ? t('common.totalMore', { total }) : t('common.total', { total }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        data-testid="people-table"
      />
      <PersonDrawer id={openId} onClose={() => setOpenId(null)} />
      {importing && <ImportWizard onClose={() => setImporting(false)} />}
      {adding && <PersonForm onClose={() => setAdding(false)} onSaved={(id) => setOpenId(id)} />}
    </Card>
  );
}
