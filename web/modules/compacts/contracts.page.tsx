/**
 * The register of 共建契约 under the selected node, by year: each contract's number, community,
 * unit, term, state, lists and projects (done, overdue), and a unit flagged for missing three round
 * tables; drafting a contract; the register and its projects in Excel.
 */
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { beijingDay, beijingYear } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { usePageNode } from '../../app/selected-node.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import { createContract, exportUrl, listContracts, listUnits, type ContractRow } from './compacts.api.ts';
import { AbsentTag, ContractState } from './compacts.shared.tsx';

/** The form's values: the lists as one line per item. */
interface DraftValues {
  nodeId: string;
  unitId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  communitySigner: string;
  resources?: string;
  needs?: string;
}
const lines = (s?: string) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((content) => ({ content, owner: '' }));

/** The contracts page. */
export function ContractsPage() {
  const t = useT();
  useDocumentTitle(t('cp.title'));
  const { me } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const nodeId = usePageNode();
  const [year, setYear] = useState<number>(beijingYear());
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: ['compacts', 'contracts', nodeId, year],
    queryFn: () => listContracts(nodeId, year),
  });
  const can = list.data?.can;
  const units = useQuery({
    queryKey: ['compacts', 'units'],
    queryFn: listUnits,
    enabled: !!can?.create && open,
  });
  const communities = (me?.grants ?? []).filter((g) =>
    ['community_officer', 'street_officer'].includes(g.role),
  );
  const years = [beijingYear() - 1, beijingYear(), beijingYear() + 1];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cp.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('cp.hint')}</Typography.Text>
        </div>
        <Space wrap>
          <Select
            aria-label={t('cp.year')}
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
          {can?.create && communities.length > 0 && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="cp-new">
              {t('cp.new')}
            </Button>
          )}
          {can?.export && (
            <Button icon={<DownloadOutlined />} href={exportUrl(nodeId, year)}>
              {t('cp.export')}
            </Button>
          )}
          <Button
            icon={<TeamOutlined />}
            onClick={() => void navigate('/compacts/meetings')}
            data-testid="cp-meetings"
          >
            {t('cp.meetings')}
          </Button>
        </Space>
      </Space>
      <Table<ContractRow>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20 }}
        data-testid="cp-contracts"
        columns={[
          { title: t('cp.number'), dataIndex: 'number', width: 170 },
          {
            title: t('cp.contract'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/compacts/contracts/${r.id}`}>{v}</Link>,
          },
          { title: t('cp.community'), dataIndex: 'nodeName' },
          {
            title: t('cp.unit'),
            dataIndex: 'unitName',
            render: (v: string, r) => (
              <Space size={4}>
                {v}
                <AbsentTag missed={r.missedInARow} flagged={r.flagged} />
              </Space>
            ),
          },
          { title: t('cp.term'), key: 'term', render: (_: unknown, r) => `${r.startsOn} ~ ${r.endsOn}` },
          {
            title: t('cp.state'),
            dataIndex: 'state',
            render: (_: unknown, r) => <ContractState state={r.state} inForce={r.inForce} />,
          },
          {
            title: t('cp.lists'),
            key: 'lists',
            render: (_: unknown, r) => t('cp.lists.value', { resources: r.resources, needs: r.needs }),
          },
          {
            title: t('cp.projects'),
            key: 'projects',
            render: (_: unknown, r) =>
              t('cp.projects.value', { done: r.projectsDone, all: r.projects, overdue: r.projectsOverdue }),
          },
        ]}
      />
      <FormModal<DraftValues>
        open={open}
        title={t('cp.new')}
        onClose={() => setOpen(false)}
        initialValues={{
          nodeId: communities[0]?.nodeId,
          startsOn: beijingDay(),
          endsOn: beijingDay(new Date(Date.now() + 364 * 86_400_000)),
        }}
        testId="cp-new-form"
        testIdOn="form"
        width={640}
        onSubmit={async (v) => {
          const r = await createContract({
            nodeId: v.nodeId,
            unitId: v.unitId,
            title: v.title,
            startsOn: v.startsOn,
            endsOn: v.endsOn,
            communitySigner: v.communitySigner,
            resources: lines(v.resources),
            needs: lines(v.needs),
            projects: [],
          });
          message.success(t('cp.saved'));
          await qc.invalidateQueries({ queryKey: ['compacts'] });
          void navigate(`/compacts/contracts/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('cp.community')} rules={[{ required: true }]}>
          <Select options={communities.map((g) => ({ value: g.nodeId, label: g.nodeName }))} />
        </Form.Item>
        <Form.Item name="unitId" label={t('cp.unit')} rules={[{ required: true }]}>
          <Select
            data-testid="cp-unit"
            showSearch
            optionFilterProp="label"
            loading={units.isLoading}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('cp.contract')} rules={[{ required: true, max: 120 }]}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="startsOn" label={t('cp.startsOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('cp.endsOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item
          name="communitySigner"
          label={t('cp.communitySigner')}
          rules={[{ required: true, max: 40 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="resources" label={t('cp.resources.lines')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="needs" label={t('cp.needs.lines')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
