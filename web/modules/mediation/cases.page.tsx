/** Mediation cases 矛盾纠纷调解 (seed 003, Futian): the list, receiving a walk-in, turning a dispute event into a case. */
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { NodePicker } from '../../app/node-picker.tsx';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { PartyContactFields } from './party-fields.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  CATEGORIES,
  disputeEvents,
  exportUrl,
  fromEvent,
  importCases,
  casesTemplateUrl,
  intake,
  listCases,
  listRooms,
  type CaseImport,
  type CaseList,
  type IntakeInput,
} from './mediation.api.ts';

export const STATE_COLOURS: Record<string, string> = {
  received: 'red',
  assigned: 'orange',
  mediating: 'blue',
  agreed: 'cyan',
  confirming: 'purple',
  failed: 'volcano',
  litigating: 'magenta',
  closed: 'green',
};

/** The cases in my reach (a mediator: my own). */
export function CasesPage() {
  const t = useT();
  const { lang } = useLang();
  usePageTitle(t('mediation.cases'));
  const { can } = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { node } = useSelectedNode();
  const [open, setOpen] = useState(true);
  const [page, setPage] = useState(1);
  const [modal, setModal] = useState<null | 'walk_in' | 'event' | 'import'>(null);
  const list = useQuery({
    queryKey: ['mediation', 'cases', node?.id, open, page],
    queryFn: () =>
      listCases({ nodeId: node?.id, open: open ? '1' : undefined, limit: 30, offset: (page - 1) * 30 }),
  });
  const rooms = useQuery({
    queryKey: ['mediation', 'rooms'],
    queryFn: () => listRooms(),
    enabled: modal === 'walk_in' || modal === 'event',
  });
  const events = useQuery({
    queryKey: ['mediation', 'events'],
    queryFn: disputeEvents,
    enabled: modal === 'event',
  });
  const roomOptions = (rooms.data ?? []).map((r) => ({ value: r.id, label: `${r.name}（${r.nodeName}）` }));
  const catOptions = CATEGORIES.map((c) => ({ value: c, label: t(`mediation.cat.${c}`) }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('mediation.cases')}
        </Typography.Title>
        <Space wrap>
          <Switch
            checked={open}
            onChange={setOpen}
            checkedChildren={t('mediation.open_only')}
            unCheckedChildren={t('mediation.open_only')}
          />
          {can('mediation.intake') && (
            <Button type="primary" onClick={() => setModal('walk_in')} data-testid="walk-in">
              {t('mediation.walk_in')}
            </Button>
          )}
          {can('mediation.intake') && can('events.read') && (
            <Button onClick={() => setModal('event')} data-testid="from-event">
              {t('mediation.from_event')}
            </Button>
          )}
          {can('mediation.intake') && (
            <Button onClick={() => setModal('import')} data-testid="cases-import">
              {t('mediation.import')}
            </Button>
          )}
          {can('mediation.intake') && (
            <Button href={casesTemplateUrl()}>{t('mediation.import.template')}</Button>
          )}
          {can('mediation.export') && (
            <Button href={exportUrl({ nodeId: node?.id })}>{t('mediation.export')}</Button>
          )}
        </Space>
      </Space>
      <Table<CaseList['items'][number]>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ current: page, pageSize: 30, total: list.data?.total ?? 0, onChange: setPage }}
        scroll={{ x: true }}
        columns={[
          {
            title: t('mediation.number'),
            render: (_, c) => <Link to={`/mediation/cases/${c.id}`}>{c.number}</Link>,
          },
          {
            title: t('mediation.title'),
            render: (_, c) => (
              <Link to={`/mediation/cases/${c.id}`} data-testid={`case-${c.title}`}>
                {c.title}
              </Link>
            ),
          },
          { title: t('mediation.category'), render: (_, c) => t(`mediation.cat.${c.category}`) },
          { title: t('mediation.source'), render: (_, c) => t(`mediation.source.${c.source}`) },
          { title: t('mediation.node'), dataIndex: 'nodeName' },
          { title: t('mediation.room'), render: (_, c) => c.roomName ?? '—' },
          { title: t('mediation.mediator'), render: (_, c) => c.mediatorName ?? '—' },
          {
            title: t('mediation.state'),
            render: (_, c) => (
              <Space>
                <Tag color={STATE_COLOURS[c.state]}>{t(`mediation.state.${c.state}`)}</Tag>
                {c.result && <Tag>{t(`mediation.result.${c.result}`)}</Tag>}
              </Space>
            ),
          },
          { title: t('mediation.received_at'), render: (_, c) => formatTime(c.receivedAt, lang) },
        ]}
      />
      <FormModal<{
        nodeId: string;
        source: 'walk_in' | 'referral';
        referredBy?: string;
        category: IntakeInput['category'];
        title: string;
        summary: string;
        roomId?: string;
        name?: string;
        phone?: string;
        idNumber?: string;
      }>
        open={modal === 'walk_in'}
        title={t('mediation.walk_in')}
        onClose={() => setModal(null)}
        testId="walk-in-modal"
        initialValues={{ nodeId: node?.id, source: 'walk_in', category: 'neighbour' }}
        onSubmit={async (v) => {
          const r = await intake({
            nodeId: v.nodeId,
            source: v.source,
            referredBy: v.referredBy ?? '',
            category: v.category,
            title: v.title,
            summary: v.summary,
            roomId: v.roomId,
            parties: v.name
              ? [
                  {
                    role: 'applicant',
                    name: v.name,
                    phone: v.phone || undefined,
                    idNumber: v.idNumber || undefined,
                  },
                ]
              : [],
          });
          message.success(r.number);
          await qc.invalidateQueries({ queryKey: ['mediation'] });
          navigate(`/mediation/cases/${r.id}`);
        }}
      >
        <Form.Item name="nodeId" label={t('mediation.node')} rules={[{ required: true }]}>
          <NodePicker initial={node} />
        </Form.Item>
        <Form.Item name="source" label={t('mediation.source')}>
          <Select
            options={(['walk_in', 'referral'] as const).map((s) => ({
              value: s,
              label: t(`mediation.source.${s}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="referredBy" label={t('mediation.referred_by')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="category" label={t('mediation.category')}>
          <Select options={catOptions} />
        </Form.Item>
        <Form.Item name="title" label={t('mediation.title')} rules={[{ required: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('mediation.summary')} rules={[{ required: true }]}>
          <Input.TextArea maxLength={5000} />
        </Form.Item>
        <Form.Item name="roomId" label={t('mediation.room')}>
          <Select allowClear options={roomOptions} />
        </Form.Item>
        <PartyContactFields nameLabel={`${t('mediation.role.applicant')} · ${t('mediation.name')}`} />
      </FormModal>
      <FormModal<{ eventId: string; category: IntakeInput['category']; roomId?: string }>
        open={modal === 'event'}
        title={t('mediation.from_event')}
        onClose={() => setModal(null)}
        testId="event-modal"
        initialValues={{ category: 'neighbour' }}
        onSubmit={async (v) => {
          const r = await fromEvent(v.eventId, v.category, v.roomId);
          message.success(r.number);
          await qc.invalidateQueries({ queryKey: ['mediation'] });
          navigate(`/mediation/cases/${r.id}`);
        }}
      >
        <Form.Item name="eventId" label={t('mediation.event')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="event-select"
            options={(events.data?.items ?? []).map((e) => ({
              value: e.id,
              label: `${e.number ?? ''} ${e.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('mediation.category')}>
          <Select options={catOptions} />
        </Form.Item>
        <Form.Item name="roomId" label={t('mediation.room')}>
          <Select allowClear options={roomOptions} />
        </Form.Item>
      </FormModal>
      {modal === 'import' && (
        <SheetImportModal<CaseImport['rows'][number]>
          title={t('mediation.import')}
          messages="mediation.import"
          send={importCases}
          testId="cases-import-modal"
          applyTestId="cases-import-apply"
          columns={[
            { title: t('mediation.node'), dataIndex: 'node' },
            { title: t('mediation.category'), render: (_, r) => t(`mediation.cat.${r.category}`) },
            { title: t('mediation.title'), dataIndex: 'title' },
          ]}
          onClose={() => setModal(null)}
          onApplied={() => qc.invalidateQueries({ queryKey: ['mediation'] })}
        />
      )}
    </Space>
  );
}
