/**
 * One 业委会 election: candidates nominated from the owners, each vetted by the community party
 * organisation 党组织把关 (pass, or reject with a reason), put to an assembly, elected; the share of
 * party members and of members also on the 居委会 (交叉任职).
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
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { useT } from '../../app/i18n.tsx';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getElection,
  listOwners,
  nominate,
  putToAssembly,
  vetCandidate,
  type BallotInput,
  type CandidateInput,
  type Election,
} from './owners.api.ts';
import './owners.shared.tsx';

type Candidate = Election['candidatesList'][number];

/** The election page. */
export function ElectionPage() {
  const t = useT();
  const { id } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [nominating, setNominating] = useState(false);
  const [rejecting, setRejecting] = useState<Candidate | null>(null);
  const [ballot, setBallot] = useState(false);
  const q = useQuery({ queryKey: ['owners', 'election', id], queryFn: () => getElection(id!) });
  const e = q.data;
  const owners = useQuery({
    queryKey: ['owners', 'owners', e?.compoundId],
    queryFn: () => listOwners(e!.compoundId),
    enabled: nominating && !!e,
  });
  useDocumentTitle(e ? `${e.compoundName} ${t('own.election')}` : t('own.election'));
  if (!e) return null;
  const refresh = () => qc.invalidateQueries({ queryKey: ['owners'] });
  const pct = (v: number | null) => (v === null ? '—' : `${v}%`);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {`${e.compoundName} · ${t('own.election')}`}
        </Typography.Title>
        <Space wrap>
          {e.can.nominate && <Button onClick={() => setNominating(true)}>{t('own.nominate')}</Button>}
          {e.can.ballot && (
            <Button type="primary" onClick={() => setBallot(true)}>
              {t('own.putToAssembly')}
            </Button>
          )}
          {e.assemblyId && <Link to={`/owners/assemblies/${e.assemblyId}`}>{t('own.assembly')}</Link>}
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }} bordered>
        <Descriptions.Item label={t('own.state')}>
          <Tag>{t(`own.e.${e.state}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('own.seats')}>{e.seats}</Descriptions.Item>
        <Descriptions.Item label={t('own.term')}>
          {e.termStarts ? `${e.termStarts} ~ ${e.termEnds}` : '—'}
          {e.renewalDue && <Tag color="orange">{t('own.renewalDue')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('own.partyShare')}>{pct(e.partyShare)}</Descriptions.Item>
        <Descriptions.Item label={t('own.crossShare')}>{pct(e.crossShare)}</Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('own.candidates')}>
        <Table<Candidate>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={e.candidatesList}
          scroll={{ x: 600 }}
          data-testid="own-candidates"
          columns={[
            { title: t('own.ownerName'), dataIndex: 'name' },
            { title: t('own.partyMember'), dataIndex: 'partyMember', render: (v: boolean) => (v ? '✓' : '') },
            { title: t('own.crossPost'), dataIndex: 'crossPost', render: (v: boolean) => (v ? '✓' : '') },
            {
              title: t('own.vetting'),
              key: 'vetting',
              render: (_: unknown, c) =>
                c.vetting === 'pending' && e.can.vet ? (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        void vetCandidate(e.id, { candidateId: c.id, pass: true, reason: '' }).then(refresh)
                      }
                    >
                      {t('own.vetPass')}
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting(c)}>
                      {t('own.vetReject')}
                    </Button>
                  </Space>
                ) : (
                  <span>
                    <Tag color={{ pending: 'gold', passed: 'green', rejected: 'red' }[c.vetting]}>
                      {t(`own.v.${c.vetting}`)}
                    </Tag>
                    {c.vetReason}
                  </span>
                ),
            },
            {
              title: t('own.elected'),
              dataIndex: 'elected',
              render: (v: boolean) => (v ? <Tag color="red">{t('own.electedYes')}</Tag> : ''),
            },
          ]}
        />
      </Card>
      <FormModal<CandidateInput>
        open={nominating}
        title={t('own.nominate')}
        onClose={() => setNominating(false)}
        initialValues={{ partyMember: false, crossPost: false }}
        onSubmit={async (v) => {
          await nominate(e.id, v);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="ownerId" label={t('own.ownerName')} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(owners.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}（${o.rooms.join('、')}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="partyMember" valuePropName="checked">
          <Checkbox>{t('own.partyMember')}</Checkbox>
        </Form.Item>
        <Form.Item name="crossPost" valuePropName="checked">
          <Checkbox>{t('own.crossPost')}</Checkbox>
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        open={!!rejecting}
        title={`${t('own.vetReject')} · ${rejecting?.name ?? ''}`}
        onClose={() => setRejecting(null)}
        onSubmit={async (v) => {
          await vetCandidate(e.id, { candidateId: rejecting!.id, pass: false, reason: v.reason });
          await refresh();
        }}
      >
        <Form.Item name="reason" label={t('own.reason')} rules={[{ required: true, max: 500 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<BallotInput>
        open={ballot}
        title={t('own.putToAssembly')}
        onClose={() => setBallot(false)}
        initialValues={{
          opensOn: beijingDay(new Date()),
          closesOn: beijingDay(new Date(Date.now() + 14 * 86_400_000)),
        }}
        onSubmit={async (v) => {
          await putToAssembly(e.id, v);
          message.success(t('own.saved'));
          await refresh();
        }}
      >
        <Form.Item name="opensOn" label={t('own.opensOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="closesOn" label={t('own.closesOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
