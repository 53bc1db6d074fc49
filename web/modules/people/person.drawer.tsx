/**
 * A person's record: masked by default. Revealing asks why (a reason from the list, or typed),
 * which the server keeps in the audit entry; a revealed record can be hidden again. Officers who
 * may write edit the record and give or take identities here; ids are shown by their names.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Popconfirm,
  Radio,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { IdentityForm } from './identity.form.tsx';
import {
  getPerson,
  removeIdentity,
  revealPerson,
  REVEAL_REASONS,
  type Identity,
  type Revealed,
} from './people.api.ts';
import { PersonForm } from './person.form.tsx';

/** An identity attribute's value for display: ids by their names, enum values by their texts. */
function attrText(v: unknown, key: string, names: Record<string, string>, t: (k: string) => string): string {
  if (Array.isArray(v)) return v.map((x) => attrText(x, key, names, t)).join('、');
  if (typeof v === 'boolean') return v ? t('common.yes') : t('common.no');
  if (typeof v === 'string' && names[v]) return names[v];
  if (typeof v === 'string' && t(`people.val.${key}.${v}`) !== `people.val.${key}.${v}`)
    return t(`people.val.${key}.${v}`);
  // an id whose name the server could not give (e.g. a deleted node) is not shown raw
  if (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) return t('people.unknownRef');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return v === null || v === undefined ? '—' : String(v);
}

function IdentityLine(props: { i: Identity; t: (k: string) => string }) {
  const { i, t } = props;
  return (
    <Space wrap>
      <Tag color="red">{t(`people.kind.${i.kind}`)}</Tag>
      {Object.entries(i.attrs ?? {}).map(([k, v]) => (
        <Typography.Text key={k} type="secondary">
          {t(`people.attr.${k}`) === `people.attr.${k}` ? k : t(`people.attr.${k}`)}:{' '}
          {attrText(v, k, i.names, t)}
        </Typography.Text>
      ))}
    </Space>
  );
}

/** The detail drawer; id null means closed. */
export function PersonDrawer(props: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const phone = !Grid.useBreakpoint().md;
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [asking, setAsking] = useState(false);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  useEffect(() => setRevealed(null), [props.id]);
  const detail = useQuery({
    queryKey: ['people', 'detail', props.id],
    queryFn: () => getPerson(props.id!),
    enabled: !!props.id,
  });
  const remove = useMutation({
    mutationFn: (identityId: string) => removeIdentity(props.id!, identityId),
    onSuccess: () => {
      message.success(t('people.identity.removed'));
      void client.invalidateQueries({ queryKey: ['people'] });
    },
    onError: reportError,
  });
  const p = detail.data;
  const shown = (masked: string | null, plain: string | null | undefined) =>
    revealed ? (
      <Typography.Text strong data-testid="revealed-value">
        {plain ?? '—'}
      </Typography.Text>
    ) : (
      <code>{masked ?? '—'}</code>
    );

  return (
    <Drawer
      open={!!props.id}
      onClose={props.onClose}
      title={p ? `${t('people.detail')} · ${p.name}` : t('people.detail')}
      size={phone ? '100%' : 560}
      destroyOnHidden
      extra={
        <Space wrap>
          {p?.can.write && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="person-edit">
              {t('people.form.editButton')}
            </Button>
          )}
          {p?.can.reveal && !revealed && (
            <Button
              type="primary"
              icon={<EyeOutlined />}
              onClick={() => setAsking(true)}
              data-testid="reveal"
            >
              {t('people.reveal')}
            </Button>
          )}
          {revealed && (
            <Button icon={<EyeInvisibleOutlined />} onClick={() => setRevealed(null)} data-testid="hide">
              {t('people.hide')}
            </Button>
          )}
        </Space>
      }
    >
      {detail.isLoading && <Spin />}
      {p && (
        <Space orientation="vertical" style={{ width: '100%' }} size="large">
          {p.can.reveal && !revealed && <Alert type="info" showIcon title={t('people.reveal.hint')} />}
          {revealed && <Alert type="warning" showIcon title={t('people.revealed')} />}
          <Descriptions
            column={1}
            bordered
            size="small"
            data-testid="person-detail"
            items={[
              { key: 'name', label: t('people.name'), children: p.name },
              { key: 'gender', label: t('people.gender'), children: t(`people.gender.${p.gender}`) },
              {
                key: 'nationalId',
                label: t('people.nationalId'),
                children: <span data-testid="national-id">{shown(p.nationalId, revealed?.nationalId)}</span>,
              },
              {
                key: 'birthDate',
                label: t('people.birthDate'),
                children: shown(p.birthDate, revealed?.birthDate),
              },
              { key: 'phone', label: t('people.phone'), children: shown(p.phone, revealed?.phone) },
              { key: 'address', label: t('people.address'), children: shown(p.address, revealed?.address) },
              { key: 'node', label: t('people.node'), children: p.nodeName },
            ]}
          />
          <div>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('people.identities')}
              </Typography.Title>
              {p.can.write && (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setAdding(true)}
                  data-testid="identity-add"
                >
                  {t('people.identity.add')}
                </Button>
              )}
            </Space>
            {p.identities.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.none')} />
            ) : (
              <List
                size="small"
                bordered
                style={{ marginTop: 8 }}
                dataSource={p.identities}
                data-testid="identities"
                renderItem={(i) => (
                  <List.Item
                    actions={
                      p.can.write
                        ? [
                            <Popconfirm
                              key="remove"
                              title={t('people.identity.removeConfirm', { kind: t(`people.kind.${i.kind}`) })}
                              onConfirm={() => remove.mutate(i.id)}
                            >
                              <Button size="small" type="link" danger>
                                {t('people.identity.remove')}
                              </Button>
                            </Popconfirm>,
                          ]
                        : []
                    }
                  >
                    <IdentityLine i={i} t={t} />
                  </List.Item>
                )}
              />
            )}
          </div>
        </Space>
      )}
      {asking && p && (
        <RevealReasonModal
          personId={p.id}
          onClose={() => setAsking(false)}
          onRevealed={(r) => {
            setRevealed(r);
            setAsking(false);
          }}
        />
      )}
      {editing && p && <PersonForm person={p} onClose={() => setEditing(false)} onSaved={() => undefined} />}
      {adding && p && <IdentityForm person={p} onClose={() => setAdding(false)} />}
    </Drawer>
  );
}

/** Asks why the personal data is revealed; the reveal itself happens on OK (and is audited). */
function RevealReasonModal(props: {
  personId: string;
  onClose: () => void;
  onRevealed: (r: Revealed) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: (typeof REVEAL_REASONS)[number]; note?: string }>();
  const reason = Form.useWatch('reason', form);
  const reveal = useMutation({
    mutationFn: (v: { reason: (typeof REVEAL_REASONS)[number]; note?: string }) =>
      revealPerson(props.personId, { reason: v.reason, note: v.note?.trim() || undefined }),
    onSuccess: props.onRevealed,
    onError: (e) => applyProblemToForm(form, e),
  });
  return (
    <Modal
      open
      title={t('people.reveal.why')}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('people.reveal')}
      okButtonProps={{ 'data-testid': 'reveal-ok' } as Record<string, string>}
      confirmLoading={reveal.isPending}
    >
      <Typography.Paragraph type="secondary">{t('people.reveal.audited')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => reveal.mutate(v)}>
        <Form.Item
          name="reason"
          label={t('people.reveal.reason')}
          rules={[{ required: true, message: t('people.reveal.pick') }]}
        >
          <Radio.Group
            orientation="vertical"
            data-testid="reveal-reasons"
            options={REVEAL_REASONS.map((r) => ({ value: r, label: t(`people.reason.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('people.reveal.note')}
          rules={reason === 'other' ? [{ required: true, message: t('people.reveal.noteRequired') }] : []}
        >
          <Input.TextArea maxLength={200} rows={2} data-testid="reveal-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
