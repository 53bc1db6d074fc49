/**
 * One assembly 业主大会: the tally of each matter by area and by head against the register's totals
 * (2/3 take part; ordinary > 1/2, major ≥ 3/4 of both), the ballots with their channel, a paper
 * ballot entered by one officer and confirmed by another (again after a change: the last counts),
 * the written authorisations 委托投票 and ballots cast by a proxy, closing the vote and the notice.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../app/confirm-button.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  addProxy,
  CHOICES,
  closeAssembly,
  confirmPaper,
  enterPaper,
  getAssembly,
  listOwners,
  type Assembly,
  type ProxyInput,
} from './owners.api.ts';
import { TallyTable } from './owners.shared.tsx';

type Ballot = Assembly['ballots'][number];
type Proxy = Assembly['proxies'][number];

/** The assembly page. */
export function AssemblyPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [paper, setPaper] = useState(false);
  const [proxy, setProxy] = useState(false);
  const q = useQuery({ queryKey: ['owners', 'assembly', id], queryFn: () => getAssembly(id!) });
  const a = q.data;
  const owners = useQuery({
    queryKey: ['owners', 'owners', a?.compoundId],
    queryFn: () => listOwners(a!.compoundId),
    enabled: (paper || proxy) && !!a,
  });
  useDocumentTitle(a?.title ?? t('own.assembly'));
  if (!a) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['owners'] });
  const voted = new Set(a.ballots.map((b) => b.ownerId));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {a.title}
        </Typography.Title>
        <Space wrap>
          {a.can.enter && (
            <Button onClick={() => setProxy(true)} data-testid="own-proxy">
              {t('own.proxyAdd')}
            </Button>
          )}
          {a.can.enter && (
            <Button onClick={() => setPaper(true)} data-testid="own-paper">
              {t('own.paper')}
            </Button>
          )}
          {a.can.close && (
            <ConfirmButton
              danger
              confirm={t('own.closeConfirm')}
              detail={a.pending ? t('own.closePending', { n: a.pending }) : undefined}
              data-testid="own-close"
              onConfirm={async () => {
                await closeAssembly(a.id, a.version);
                await refresh();
              }}
            >
              {t('own.close')}
            </ConfirmButton>
          )}
          {a.noticeNo && (
            <Button
              type="primary"
              onClick={() => void navigate(`/owners/assemblies/${a.id}/notice`)}
              data-testid="own-notice"
            >
              {t('own.notice')}
            </Button>
          )}
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
        <Descriptions.Item label={t('own.compound')}>{a.compoundName}</Descriptions.Item>
        <Descriptions.Item label={t('own.period')}>{`${a.opensOn} ~ ${a.closesOn}`}</Descriptions.Item>
        <Descriptions.Item label={t('own.state')}>
          <Tag color={a.state === 'open' ? 'processing' : 'default'} data-testid="own-state">
            {t(`own.s.${a.state}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('own.totalsLabel')}>
          {t('own.count', { area: a.totals.area, heads: a.totals.heads })}
        </Descriptions.Item>
        <Descriptions.Item label={t('own.ballots')}>
          {t('own.ballotsValue', { counted: a.counted, owners: a.totalOwners, pending: a.pending })}
        </Descriptions.Item>
        {a.noticeNo && <Descriptions.Item label={t('own.noticeNo')}>{a.noticeNo}</Descriptions.Item>}
      </Descriptions>
      <Card size="small" title={t('own.tally')}>
        <Typography.Paragraph type="secondary">{t('own.rule')}</Typography.Paragraph>
        <TallyTable matters={a.matters} testId="own-tally" />
      </Card>
      <Card size="small" title={t('own.ballots')}>
        <Table<Ballot>
          rowKey="ownerId"
          size="small"
          dataSource={a.ballots}
          pagination={{ pageSize: 20 }}
          scroll={{ x: 600 }}
          data-testid="own-ballots"
          columns={[
            { title: t('own.ownerName'), dataIndex: 'name' },
            { title: t('own.area'), dataIndex: 'areaM2', align: 'right' },
            {
              title: t('own.channel'),
              dataIndex: 'channel',
              render: (v: string, b) =>
                b.proxyName
                  ? `${t(`own.c.${v}`)} · ${t('own.byProxyOf', { name: b.proxyName })}`
                  : t(`own.c.${v}`),
            },
            {
              title: t('own.changes'),
              dataIndex: 'changes',
              align: 'right',
              render: (n: number) => (n ? t('own.changedTimes', { n }) : ''),
            },
            {
              title: t('own.choices'),
              dataIndex: 'choices',
              render: (v: string[]) => v.map((c) => t(`own.ch.${c}`)).join(' / '),
            },
            {
              title: t('own.state'),
              key: 'confirmed',
              render: (_: unknown, b) =>
                b.confirmed ? (
                  <Tag color="green">{t('own.counted')}</Tag>
                ) : a.can.confirm && !b.mine ? (
                  <Button
                    size="small"
                    type="primary"
                    data-testid={`own-confirm-${b.name}`}
                    onClick={() =>
                      void confirmPaper(a.id, b.ownerId).then(async () => {
                        message.success(t('own.saved'));
                        await refresh();
                      })
                    }
                  >
                    {t('own.confirm')}
                  </Button>
                ) : (
                  <Tag color="gold">{t('own.waiting')}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('own.proxies')}>
        <Typography.Paragraph type="secondary">
          {t('own.proxyRule', { n: a.proxyLimit })}
        </Typography.Paragraph>
        <Table<Proxy>
          rowKey="principalId"
          size="small"
          dataSource={a.proxies}
          pagination={{ pageSize: 20 }}
          scroll={{ x: 600 }}
          data-testid="own-proxies"
          columns={[
            { title: t('own.principal'), dataIndex: 'principalName' },
            { title: t('own.proxyName'), dataIndex: 'proxyName' },
            { title: t('own.proxyDocument'), dataIndex: 'document' },
            {
              title: t('own.state'),
              dataIndex: 'state',
              render: (v: string) => (
                <Tag color={v === 'active' ? 'green' : 'default'}>{t(`own.proxyState.${v}`)}</Tag>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<ProxyInput>
        open={proxy}
        title={t('own.proxyAdd')}
        onClose={() => setProxy(false)}
        testId="own-proxy-form"
        testIdOn="form"
        onSubmit={async (v) => {
          await addProxy(a.id, v);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="principalId" label={t('own.principal')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="own-proxy-principal"
            options={(owners.data?.items ?? [])
              .filter((o) => o.rooms.length && !voted.has(o.id))
              .map((o) => ({ value: o.id, label: `${o.name}（${o.rooms.join('、')}）` }))}
          />
        </Form.Item>
        <Form.Item name="proxyName" label={t('own.proxyName')} rules={[{ required: true, max: 40 }]}>
          <Input data-testid="own-proxy-name" />
        </Form.Item>
        <Form.Item name="proxyOwnerId" label={t('own.proxyOwner')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(owners.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item
          name="document"
          label={t('own.proxyDocument')}
          extra={t('own.proxyDocumentHint')}
          rules={[{ required: true, max: 200 }]}
        >
          <Input data-testid="own-proxy-document" />
        </Form.Item>
      </FormModal>
      <FormModal<{ ownerId: string; choices: (typeof CHOICES)[number][]; byProxy?: boolean }>
        open={paper}
        title={t('own.paper')}
        onClose={() => setPaper(false)}
        testId="own-paper-form"
        testIdOn="form"
        initialValues={{ choices: a.matters.map(() => 'yes' as const) }}
        onSubmit={async (v) => {
          await enterPaper(a.id, v);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="ownerId" label={t('own.ownerName')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="own-paper-owner"
            options={(owners.data?.items ?? [])
              .filter((o) => o.rooms.length)
              .map((o) => ({
                value: o.id,
                label: `${o.name}（${o.rooms.join('、')}）${voted.has(o.id) ? t('own.willChange') : ''}`,
              }))}
          />
        </Form.Item>
        <Form.Item name="byProxy" valuePropName="checked">
          <Checkbox data-testid="own-paper-proxy">{t('own.byProxy')}</Checkbox>
        </Form.Item>
        {a.matters.map((m, i) => (
          <Form.Item
            key={m.seq}
            name={['choices', i]}
            label={`${m.seq}. ${m.title}`}
            rules={[{ required: true }]}
          >
            <Select options={CHOICES.map((c) => ({ value: c, label: t(`own.ch.${c}`) }))} />
          </Form.Item>
        ))}
      </FormModal>
    </Space>
  );
}
