/**
 * One 共建契约: its parties, term and signatures (the unit signs here), the three lists (resources,
 * needs, projects with owner, due day and state; a project marked done), the unit's attendance at
 * the round tables, this year's evaluation, the resource list from Excel and the printable contract.
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addItem,
  getContract,
  importResources,
  ITEM_KINDS,
  markDone,
  resourceTemplateUrl,
  signContract,
  type Item,
  type ItemInput,
  type ResourceImport,
} from './compacts.api.ts';
import { AbsentTag, ContractState } from './compacts.shared.tsx';

/** The contract page. */
export function ContractPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['compacts', 'contract', id], queryFn: () => getContract(id) });
  const c = q.data;
  useDocumentTitle(c ? `${c.number} ${c.title}` : t('cp.title'));
  const [signing, setSigning] = useState(false);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: ['compacts'] });
  if (!c) return null;
  const kinds = c.can.addItem ? ITEM_KINDS : c.can.addResource ? (['resource'] as const) : [];
  const done = async (i: Item) => {
    try {
      await markDone(i.id, i.version, beijingDay());
      message.success(t('cp.saved'));
      await refresh();
    } catch (e) {
      reportError(e);
    }
  };
  const list = (kind: (typeof ITEM_KINDS)[number]) => (
    <Card
      size="small"
      key={kind}
      title={t(`cp.k.${kind}`)}
      data-testid={`cp-list-${kind}`}
      extra={
        kind === 'resource' &&
        c.can.import && (
          <Space>
            <Button size="small" href={resourceTemplateUrl()}>
              {t('cp.template')}
            </Button>
            <Button
              size="small"
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="cp-import"
            >
              {t('cp.import')}
            </Button>
          </Space>
        )
      }
    >
      <Table<Item>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.items.filter((i) => i.kind === kind)}
        columns={[
          { title: t('cp.content'), dataIndex: 'content' },
          { title: kind === 'project' ? t('cp.owner') : t('cp.contact'), dataIndex: 'owner', width: 140 },
          ...(kind === 'project'
            ? [
                { title: t('cp.dueOn'), dataIndex: 'dueOn', width: 110 },
                {
                  title: t('cp.state'),
                  key: 'state',
                  width: 170,
                  render: (_: unknown, i: Item) =>
                    i.state === 'done' ? (
                      <Tag color="green">{t('cp.done', { day: i.doneOn ?? '' })}</Tag>
                    ) : (
                      <Space size={4}>
                        {i.overdue ? <Tag color="red">{t('cp.overdue')}</Tag> : <Tag>{t('cp.open')}</Tag>}
                        {c.can.progress && (
                          <Button size="small" onClick={() => void done(i)} data-testid={`cp-done-${i.id}`}>
                            {t('cp.markDone')}
                          </Button>
                        )}
                      </Space>
                    ),
                },
                {
                  title: t('cp.source'),
                  dataIndex: 'meetingMonth',
                  width: 130,
                  render: (v: string | null) =>
                    v ? t('cp.fromMeeting', { month: v }) : t('cp.fromContract'),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
  const e = c.evaluation;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Space>
            <Typography.Text data-testid="cp-number">{c.number}</Typography.Text>
            <ContractState state={c.state} inForce={c.inForce} testId="cp-state" />
            <AbsentTag missed={c.missedInARow} flagged={c.flagged} />
          </Space>
        </div>
        <Space wrap>
          {c.can.sign && (
            <Button type="primary" onClick={() => setSigning(true)} data-testid="cp-sign">
              {t('cp.sign')}
            </Button>
          )}
          {kinds.length > 0 && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="cp-add">
              {t('cp.addItem')}
            </Button>
          )}
          <Button
            icon={<PrinterOutlined />}
            href={`/print/compact/${c.id}`}
            target="_blank"
            data-testid="cp-print"
          >
            {t('cp.print')}
          </Button>
        </Space>
      </Space>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('cp.community')}>{c.nodeName}</Descriptions.Item>
        <Descriptions.Item label={t('cp.unit')}>{c.unitName}</Descriptions.Item>
        <Descriptions.Item label={t('cp.term')}>{`${c.startsOn} ~ ${c.endsOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('cp.signers')}>
          {`${c.communitySigner} / ${c.unitSigner || t('cp.unsigned')}${c.signedOn ? `（${c.signedOn}）` : ''}`}
        </Descriptions.Item>
      </Descriptions>
      {ITEM_KINDS.map(list)}
      <Card size="small" title={t('cp.attendance')} data-testid="cp-attendance">
        {c.attendance.length === 0 ? (
          <Typography.Text type="secondary">{t('cp.none')}</Typography.Text>
        ) : (
          <Space wrap>
            {c.attendance.map((a) => (
              <Link key={a.meetingId} to={`/compacts/meetings/${a.meetingId}`}>
                <Tag color={a.present ? 'green' : 'red'}>
                  {`${a.month} ${t(a.present ? 'cp.present' : 'cp.absent')}`}
                </Tag>
              </Link>
            ))}
          </Space>
        )}
      </Card>
      <Card size="small" title={t('cp.evaluation', { year: e.year })} data-testid="cp-evaluation">
        <Descriptions size="small" column={{ xs: 1, md: 4 }}>
          <Descriptions.Item label={t('cp.onTime')}>
            {e.onTimePct === null ? '—' : `${e.onTimePct}%（${e.projectsOnTime}/${e.projectsDue}）`}
          </Descriptions.Item>
          <Descriptions.Item label={t('cp.attendanceRate')}>
            {e.attendancePct === null ? '—' : `${e.attendancePct}%（${e.meetingsPresent}/${e.meetingsHeld}）`}
          </Descriptions.Item>
          <Descriptions.Item label={t('cp.score')}>{e.score ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cp.grade')}>
            <span data-testid="cp-grade">{e.grade ? t(`cp.g.${e.grade}`) : '—'}</span>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">{t('cp.evaluation.rule')}</Typography.Text>
      </Card>
      <FormModal<{ signer: string }>
        open={signing}
        title={t('cp.sign')}
        onClose={() => setSigning(false)}
        testId="cp-sign-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await signContract(c.id, c.version, v.signer);
          message.success(t('cp.signed'));
          await refresh();
        }}
      >
        <Typography.Paragraph>
          {t('cp.sign.hint', { unit: c.unitName, community: c.nodeName })}
        </Typography.Paragraph>
        <Form.Item name="signer" label={t('cp.unitSigner')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <FormModal<ItemInput>
        open={adding}
        title={t('cp.addItem')}
        onClose={() => setAdding(false)}
        testId="cp-item-form"
        testIdOn="form"
        initialValues={{ kind: kinds[0] }}
        onSubmit={async (v) => {
          await addItem(c.id, { ...v, dueOn: v.dueOn || undefined });
          message.success(t('cp.saved'));
          await refresh();
        }}
      >
        <Form.Item name="kind" label={t('cp.list')} rules={[{ required: true }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`cp.k.${k}`) }))} />
        </Form.Item>
        <Form.Item name="content" label={t('cp.content')} rules={[{ required: true, max: 300 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="owner" label={t('cp.owner')} rules={[{ max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="dueOn" label={t('cp.dueOn')}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<ResourceImport['rows'][number]>
          title={t('cp.import')}
          messages="cp.imp"
          send={importResources(c.id)}
          columns={[{ title: t('cp.content'), dataIndex: 'content' }]}
          onClose={() => setImporting(false)}
          onApplied={refresh}
          testId="cp-import-modal"
        />
      )}
    </Space>
  );
}
