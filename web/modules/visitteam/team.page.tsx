/**
 * The 文明巡访团: the year's figures (rounds held, findings, share fixed), the rounds in scope (each
 * opens its page), and for the organiser the roster (add, Excel out and in) and scheduling a round.
 */
import { useState } from 'react';
import { App, Button, Card, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { StatCard } from '../../app/stat-card.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addMember,
  CHECK_ITEMS,
  getOverview,
  importMembers,
  membersExportUrl,
  scheduleRound,
  type MemberInput,
  type MemberRow,
  type MembersImport,
  type RoundInput,
  type RoundRow,
} from './visitteam.api.ts';
import { visitteamMessages } from './visitteam.messages.ts';

addMessages(visitteamMessages);

const STATE_COLOR = { scheduled: 'blue', today: 'orange', held: 'default' } as const;

/** The team page. */
export function TeamPage() {
  const t = useT();
  useDocumentTitle(t('vt.title'));
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['visitteam', 'overview'], queryFn: () => getOverview() });
  const f = q.data?.figures;
  const can = q.data?.can;
  const refresh = () => qc.invalidateQueries({ queryKey: ['visitteam'] });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('vt.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('vt.hint')}</Typography.Text>
        </div>
        {can?.manage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setScheduling(true)}
            data-testid="vt-schedule"
          >
            {t('vt.schedule')}
          </Button>
        )}
      </Space>
      {f && (
        <Row gutter={[12, 12]}>
          <StatCard title={t('vt.fig.rounds')} value={f.rounds} data-testid="vt-fig-rounds" />
          <StatCard title={t('vt.fig.findings')} value={f.findings} data-testid="vt-fig-findings" />
          <StatCard
            title={t('vt.fig.fixed_share')}
            value={f.fixedShare ?? '—'}
            suffix={f.fixedShare === null ? undefined : '%'}
            data-testid="vt-fig-fixed"
          />
        </Row>
      )}
      <Card size="small" title={t('vt.rounds')}>
        <Table<RoundRow>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.rounds ?? []}
          data-testid="vt-rounds"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            {
              title: t('vt.heldOn'),
              dataIndex: 'heldOn',
              render: (d: string, r) => <Link to={`/visitteam/rounds/${r.id}`}>{d}</Link>,
            },
            { title: t('vt.area'), render: (_, r) => `${r.streetName} ${r.nodeName}` },
            {
              title: t('vt.state'),
              dataIndex: 'state',
              render: (s: RoundRow['state']) => <Tag color={STATE_COLOR[s]}>{t(`vt.state.${s}`)}</Tag>,
            },
            {
              title: t('vt.members'),
              dataIndex: 'members',
              render: (n: number) => (n ? n : <Tag color="gold">{t('vt.no_members')}</Tag>),
            },
            { title: t('vt.findings'), dataIndex: 'findings' },
            { title: t('vt.fixed'), dataIndex: 'fixed' },
          ]}
        />
      </Card>
      {can?.manage && (
        <Card
          size="small"
          title={t('vt.roster')}
          extra={
            <Space wrap>
              <Button
                size="small"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="vt-add"
              >
                {t('vt.add_member')}
              </Button>
              <Button size="small" icon={<DownloadOutlined />} href={membersExportUrl()}>
                {t('vt.export')}
              </Button>
              <Button
                size="small"
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="vt-import"
              >
                {t('vt.import')}
              </Button>
            </Space>
          }
        >
          <Table<MemberRow>
            rowKey="id"
            size="small"
            dataSource={q.data?.members ?? []}
            data-testid="vt-members"
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('vt.name'), dataIndex: 'name' },
              { title: t('vt.phone'), dataIndex: 'phone' },
              { title: t('vt.street'), dataIndex: 'street' },
              {
                title: t('vt.term'),
                render: (_, m) => (
                  <Space size={4}>
                    {m.termStart} ~ {m.termEnd}
                    {!m.inTerm && <Tag>{t('vt.out_of_term')}</Tag>}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      )}
      <FormModal<MemberInput>
        open={adding}
        title={t('vt.add_member')}
        onClose={() => setAdding(false)}
        initialValues={{ termStart: beijingDay() }}
        testId="vt-member-form"
        onSubmit={async (v) => {
          await addMember(v);
          message.success(t('vt.saved'));
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('vt.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('vt.phone')} rules={[{ max: 20 }]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="street" label={t('vt.street')} rules={[{ max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="termStart" label={t('vt.termStart')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="termEnd" label={t('vt.termEnd')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      <FormModal<RoundInput>
        open={scheduling}
        title={t('vt.schedule')}
        onClose={() => setScheduling(false)}
        initialValues={{ heldOn: beijingDay(), items: [...CHECK_ITEMS], memberIds: [] }}
        testId="vt-round-form"
        onSubmit={async (v) => {
          const { id } = await scheduleRound(v);
          message.success(t('vt.saved'));
          await refresh();
          navigate(`/visitteam/rounds/${id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('vt.area')} rules={[{ required: true }]}>
          <NodePicker />
        </Form.Item>
        <Form.Item name="heldOn" label={t('vt.heldOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="items" label={t('vt.items')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            options={CHECK_ITEMS.map((i) => ({ value: i, label: t(`vt.item.${i}`) }))}
          />
        </Form.Item>
        <Form.Item name="memberIds" label={t('vt.members')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(q.data?.members ?? [])
              .filter((m) => m.inTerm)
              .map((m) => ({ value: m.id, label: `${m.name}（${m.street}）` }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('vt.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<MembersImport['rows'][number]>
          title={t('vt.import.title')}
          messages="vt.import"
          send={importMembers}
          columns={[
            { title: t('vt.name'), dataIndex: 'name' },
            { title: t('vt.street'), dataIndex: 'street' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="vt-import-dialog"
          applyTestId="vt-import-apply"
        />
      )}
    </Space>
  );
}
