/**
 * A drive's household register: filter by team, status or overdue visits; the office adds, imports,
 * exports and gives households to a team; a row opens the household (visits, signing and moving).
 */
import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import {
  addHousehold,
  assign,
  getHouseholds,
  getTeams,
  householdsExportUrl,
  importHouseholds,
  SIGN_STATUSES,
  type Campaign,
  type Household,
  type HouseholdsImport,
} from './campaigns.api.ts';
import { HouseholdDrawer } from './household.drawer.tsx';

type Status = Household['signStatus'] | 'overdue' | 'unassigned';
const SIGN_COLOR: Record<Household['signStatus'], string | undefined> = {
  surveyed: undefined,
  visited: 'blue',
  negotiating: 'purple',
  sign_pending: 'orange',
  signed: 'green',
};

/** The household register tab. */
export function HouseholdsTab(props: { c: Campaign }) {
  const t = useT();
  const { c } = props;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Status | undefined>((params.get('status') as Status) ?? undefined);
  const [teamId, setTeamId] = useState<string | undefined>(
    c.can.manage ? undefined : (c.myTeamId ?? undefined),
  );
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [target, setTarget] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const query = { teamId, status, q: text || undefined };
  const list = useQuery({
    queryKey: ['campaigns', 'households', c.id, query],
    queryFn: () => getHouseholds(c.id, query),
  });
  const teams = useQuery({ queryKey: ['campaigns', 'teams', c.id], queryFn: () => getTeams(c.id) });
  const refresh = () => qc.invalidateQueries({ queryKey: ['campaigns'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<Status | 'all'>
          aria-label={t('cmp.h.filter')}
          style={{ minWidth: 150 }}
          value={status ?? 'all'}
          onChange={(v) => setStatus(v === 'all' ? undefined : v)}
          data-testid="cmp-status-filter"
          options={[
            { value: 'all', label: t('cmp.h.all') },
            { value: 'overdue', label: t('cmp.overdue') },
            { value: 'unassigned', label: t('cmp.h.unassigned') },
            ...SIGN_STATUSES.map((s) => ({ value: s, label: t(`cmp.sign.${s}`) })),
          ]}
        />
        <Select<string | 'all'>
          aria-label={t('cmp.h.team')}
          style={{ minWidth: 150 }}
          value={teamId ?? 'all'}
          onChange={(v) => setTeamId(v === 'all' ? undefined : v)}
          options={[
            { value: 'all', label: t('cmp.h.all') },
            ...(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name })),
          ]}
        />
        <Input.Search
          aria-label={t('cmp.h.search')}
          placeholder={t('cmp.h.search')}
          allowClear
          maxLength={40}
          onSearch={(v) => setText(v.trim())}
          style={{ width: 180 }}
        />
        {c.can.manage && (
          <>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('cmp.h.add')}
            </Button>
            <Button onClick={() => setImporting(true)} data-testid="cmp-import">
              {t('cmp.h.import')}
            </Button>
            <Button
              icon={<TeamOutlined />}
              disabled={selected.length === 0}
              onClick={() => setAssigning(true)}
              data-testid="cmp-assign"
            >
              {t('cmp.h.assign')}
              {selected.length > 0 && `（${t('cmp.h.assign.selected', { n: selected.length })}）`}
            </Button>
          </>
        )}
        {c.can.export && (
          <Button icon={<DownloadOutlined />} href={householdsExportUrl(c.id)}>
            {t('cmp.h.export')}
          </Button>
        )}
      </Space>
      <div style={{ overflowX: 'auto' }}>
        <Table<Household>
          rowKey="id"
          size="small"
          data-testid="cmp-households"
          dataSource={list.data ?? []}
          loading={list.isLoading}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          rowSelection={
            c.can.manage
              ? { selectedRowKeys: selected, onChange: (k) => setSelected(k as string[]) }
              : undefined
          }
          onRow={(h) => ({ onClick: () => setOpen(h.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('cmp.h.building'), dataIndex: 'buildingNo' },
            {
              title: t('cmp.h.no'),
              render: (_, h) => (
                <Typography.Link onClick={() => setOpen(h.id)} data-testid="cmp-household-open">
                  {h.no}
                </Typography.Link>
              ),
            },
            { title: t('cmp.h.head'), dataIndex: 'headName' },
            { title: t('cmp.h.people'), dataIndex: 'people' },
            { title: t('cmp.h.team'), dataIndex: 'teamName' },
            {
              title: t('cmp.h.sign'),
              render: (_, h) => <Tag color={SIGN_COLOR[h.signStatus]}>{t(`cmp.sign.${h.signStatus}`)}</Tag>,
            },
            {
              title: t('cmp.h.move'),
              render: (_, h) => (
                <Tag
                  color={
                    h.moveStatus === 'moved'
                      ? 'green'
                      : h.moveStatus === 'move_pending'
                        ? 'orange'
                        : undefined
                  }
                >
                  {t(`cmp.move.${h.moveStatus}`)}
                </Tag>
              ),
            },
            {
              title: t('cmp.h.lastVisit'),
              render: (_, h) => (
                <Typography.Text type={h.overdue && c.stage !== 'done' ? 'danger' : undefined}>
                  {h.lastVisitOn ?? t('cmp.h.never')}
                </Typography.Text>
              ),
            },
          ]}
        />
      </div>
      {open && <HouseholdDrawer id={open} manage={c.can.manage} onClose={() => setOpen(null)} />}
      <Modal
        open={assigning}
        title={`${t('cmp.h.assign')}（${t('cmp.h.assign.selected', { n: selected.length })}）`}
        onCancel={() => setAssigning(false)}
        okButtonProps={{ disabled: !target }}
        onOk={async () => {
          try {
            const r = await assign(c.id, { teamId: target!, householdIds: selected });
            message.success(t('cmp.h.assign.selected', { n: r.assigned }));
            setSelected([]);
            setAssigning(false);
            await refresh();
          } catch (e) {
            reportError(e);
          }
        }}
      >
        <Select
          aria-label={t('cmp.h.team')}
          style={{ width: '100%' }}
          value={target}
          onChange={setTarget}
          data-testid="cmp-assign-team"
          options={(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
        />
      </Modal>
      <FormModal<{
        no: string;
        buildingNo: string;
        headName: string;
        phone?: string;
        people: number;
        areaM2: number;
      }>
        open={adding}
        title={t('cmp.h.add')}
        onClose={() => setAdding(false)}
        testId="cmp-household-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addHousehold(c.id, { ...v, phone: v.phone || undefined });
          message.success(t('cmp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="buildingNo" label={t('cmp.h.building')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="no" label={t('cmp.h.no')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="headName" label={t('cmp.h.head')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('cmp.h.phone')} rules={[{ max: 20 }]}>
          <Input inputMode="tel" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="people" label={t('cmp.h.people')} rules={[{ required: true }]}>
            <InputNumber min={0} max={500} precision={0} />
          </Form.Item>
          <Form.Item name="areaM2" label={t('cmp.h.area')} rules={[{ required: true }]}>
            <InputNumber min={0} />
          </Form.Item>
        </Space>
      </FormModal>
      {importing && (
        <SheetImportModal<HouseholdsImport['rows'][number]>
          title={t('cmp.import.title')}
          messages="cmp.import"
          send={importHouseholds(c.id)}
          columns={[
            { title: t('cmp.h.no'), dataIndex: 'no' },
            { title: t('cmp.h.building'), dataIndex: 'buildingNo' },
            { title: t('cmp.h.head'), dataIndex: 'headName' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="cmp-import-dialog"
          applyTestId="cmp-import-apply"
        />
      )}
    </Space>
  );
}
