/** 业委会 elections in scope: state, candidates, members elected, the term and whether its 换届 is due; calling one. */
import { useState } from 'react';
import { App, Button, Form, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { callElection, listCompounds, listElections, type ElectionRow } from './owners.api.ts';
import './owners.shared.tsx';

/** The elections page. */
export function ElectionsPage() {
  const t = useT();
  useDocumentTitle(t('own.elections'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const [open, setOpen] = useState(false);
  const list = useQuery({ queryKey: ['owners', 'elections', nodeId], queryFn: () => listElections(nodeId) });
  const compounds = useQuery({
    queryKey: ['owners', 'compounds', nodeId],
    queryFn: () => listCompounds(nodeId),
    enabled: open,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('own.elections')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('own.electionsHint')}</Typography.Text>
        </div>
        {list.data?.can.call && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t('own.call')}
          </Button>
        )}
      </Space>
      <Table<ElectionRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: 800 }}
        data-testid="own-elections"
        columns={[
          {
            title: t('own.compound'),
            dataIndex: 'compoundName',
            render: (v: string, r) => <Link to={`/owners/elections/${r.id}`}>{v}</Link>,
          },
          { title: t('own.seats'), dataIndex: 'seats', align: 'right' },
          { title: t('own.state'), dataIndex: 'state', render: (v: string) => <Tag>{t(`own.e.${v}`)}</Tag> },
          { title: t('own.candidates'), dataIndex: 'candidates', align: 'right' },
          { title: t('own.elected'), dataIndex: 'elected', align: 'right' },
          {
            title: t('own.term'),
            key: 'term',
            render: (_: unknown, r) =>
              r.termStarts ? (
                <Space>
                  {`${r.termStarts} ~ ${r.termEnds}`}
                  {r.renewalDue && <Tag color="orange">{t('own.renewalDue')}</Tag>}
                </Space>
              ) : (
                ''
              ),
          },
        ]}
      />
      <FormModal<{ compoundId: string; seats: number }>
        open={open}
        title={t('own.call')}
        onClose={() => setOpen(false)}
        initialValues={{ seats: 5 }}
        onSubmit={async (v) => {
          const r = await callElection(v);
          message.success(t('own.saved'));
          await qc.invalidateQueries({ queryKey: ['owners'] });
          void navigate(`/owners/elections/${r.id}`);
        }}
      >
        <Form.Item name="compoundId" label={t('own.compound')} rules={[{ required: true }]}>
          <Select
            options={(compounds.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.nodeName} · ${c.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="seats" label={t('own.seats')} rules={[{ required: true }]}>
          <InputNumber min={3} max={15} precision={0} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
