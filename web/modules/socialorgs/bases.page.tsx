/**
 * 社会组织总部基地 and incubation bases under the selected node: organisations settled today and the
 * year's records per link (联建 联调 联管 联服); registering a base.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { BASE_KINDS, createBase, LINKS, listBases, type BaseInput, type BaseRow } from './socialorgs.api.ts';
import { Heading } from './shared.tsx';

/** The bases page. */
export function BasesPage() {
  const t = useT();
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const nodeId = usePageNode();
  const [year, setYear] = useState(beijingYear());
  const [open, setOpen] = useState(false);
  const q = useQuery({
    queryKey: ['socialorgs', 'bases', nodeId, year],
    queryFn: () => listBases(nodeId, year),
  });
  const places = (me?.grants ?? []).filter((g) => ['street_officer', 'org_officer'].includes(g.role));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Heading title={t('sos.bases')} hint={t('sos.bases.hint')}>
        <Select
          aria-label={t('sos.year')}
          value={year}
          onChange={setYear}
          options={[year - 1, beijingYear() - 1, beijingYear()]
            .filter((y, i, a) => a.indexOf(y) === i)
            .map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
        {q.data?.can.manage && places.length > 0 && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="sos-new-base"
          >
            {t('sos.new')}
          </Button>
        )}
      </Heading>
      <Table<BaseRow>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items}
        scroll={{ x: 800 }}
        pagination={false}
        data-testid="sos-bases"
        columns={[
          {
            title: t('sos.base'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/socialorgs/bases/${r.id}`}>{v}</Link>,
          },
          {
            title: t('sos.baseKind'),
            dataIndex: 'kind',
            render: (v: string) => (
              <Tag color={v === 'headquarters' ? 'red' : 'blue'}>{t(`sos.baseKind.${v}`)}</Tag>
            ),
          },
          { title: t('sos.node'), dataIndex: 'nodeName' },
          { title: t('sos.settled'), dataIndex: 'settled', align: 'right' },
          ...LINKS.map((l) => ({
            title: t(`sos.link.${l}`),
            key: l,
            align: 'right' as const,
            render: (_: unknown, r: BaseRow) => r.links[l],
          })),
        ]}
      />
      <FormModal<BaseInput>
        open={open}
        title={t('sos.bases')}
        onClose={() => setOpen(false)}
        initialValues={{ nodeId: places[0]?.nodeId, kind: 'incubation' }}
        testId="sos-base-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await createBase(v);
          message.success(t('sos.saved'));
          await qc.invalidateQueries({ queryKey: ['socialorgs'] });
        }}
      >
        <Form.Item name="nodeId" label={t('sos.node')} rules={[{ required: true }]}>
          <Select options={places.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="name" label={t('sos.base')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('sos.baseKind')} rules={[{ required: true }]}>
          <Select options={BASE_KINDS.map((k) => ({ value: k, label: t(`sos.baseKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="address" label={t('sos.address')} rules={[{ max: 200 }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
