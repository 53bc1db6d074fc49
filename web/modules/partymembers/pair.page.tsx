/**
 * One pair (seed 001, Beilun: "联系不断线"), made for a phone: the member, the last twelve months,
 * a contact logged in a few taps (a retry logs it once), the difficulties raised and how the branch
 * helped, and the make-up study 送学补课; and a party member's own list of members to keep in touch with.
 */
import { App, Button, Card, Checkbox, Empty, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useT } from '../../app/i18n.tsx';
import { applyProblemToForm, reportError } from '../../app/problem.ts';
import { usePageTitle } from './common.tsx';
import { RiskTag } from './pairing.page.tsx';
import { endPair, getPair, logContact, myPairs, recordStudy } from './pairing.api.ts';

const CHANNELS = ['phone', 'wechat', 'visit', 'video'] as const;
const MARK_COLOR = { contacted: 'green', missed: 'red', unpaired: 'default' } as const;

type ContactForm = {
  contactedOn: string;
  channel: (typeof CHANNELS)[number];
  needs?: string;
  study?: string;
  askHelp?: boolean;
};

/** The log-a-contact form. */
function ContactCard(props: { pairId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactForm>();
  const idem = useIdempotencyKey();
  return (
    <Card size="small" title={t('pp.log.title')} data-testid="pp-log">
      <Form<ContactForm>
        form={form}
        layout="vertical"
        initialValues={{ contactedOn: beijingDay(), channel: 'phone' }}
        onFinish={async (v) => {
          try {
            await logContact(
              props.pairId,
              {
                contactedOn: v.contactedOn,
                channel: v.channel,
                needs: v.needs ?? '',
                study: v.study ?? '',
                askHelp: !!v.askHelp,
              },
              idem.get(),
            );
            idem.done();
            form.resetFields();
            message.success(t('pp.logged'));
            props.onDone();
          } catch (e) {
            applyProblemToForm(form, e);
          }
        }}
      >
        <Form.Item name="contactedOn" label={t('pp.contactedOn')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="channel" label={t('pp.channel')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {CHANNELS.map((c) => (
              <Radio.Button key={c} value={c}>
                {t(`pp.channel.${c}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="needs" label={t('pp.needs')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="study" label={t('pp.study')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="askHelp" valuePropName="checked">
          <Checkbox>{t('pp.askHelp')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" block data-testid="pp-log-submit">
          {t('pp.log')}
        </Button>
      </Form>
    </Card>
  );
}

/** A pairing officer ends the pair: 返回, 转出 or 其他 (with a note). */
function EndPairCard(props: { pairId: string; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: 'returned' | 'transferred' | 'other'; note?: string }>();
  return (
    <Card size="small" title={t('pp.end.title')} data-testid="pp-end">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: 'returned' }}
        onFinish={async (v) => {
          try {
            await endPair(props.pairId, { reason: v.reason, note: v.note ?? '' });
            props.onDone();
          } catch (e) {
            applyProblemToForm(form, e);
          }
        }}
      >
        <Form.Item name="reason" label={t('pp.end.reason')}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {(['returned', 'transferred', 'other'] as const).map((r) => (
              <Radio.Button key={r} value={r}>
                {t(`pp.end.reason.${r}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="note" label={t('pp.end.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} data-testid="pp-end-note" />
        </Form.Item>
        <Button danger htmlType="submit" data-testid="pp-end-submit">
          {t('pp.end.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Record a make-up study item. */
function StudyForm(props: { pairId: string; onDone: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ month: string; item: string; doneOn: string }>();
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ month: beijingDay().slice(0, 7), doneOn: beijingDay() }}
      onFinish={async (v) => {
        try {
          await recordStudy(props.pairId, v);
          form.resetFields();
          props.onDone();
        } catch (e) {
          reportError(e);
        }
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="month" label={t('pp.study.month')}>
        <Input type="month" />
      </Form.Item>
      <Form.Item name="item" label={t('pp.study.item')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="doneOn" label={t('pp.study.doneOn')}>
        <Input type="date" />
      </Form.Item>
      <Button htmlType="submit">{t('pp.study.add')}</Button>
    </Form>
  );
}

/** One pair. */
export function PairPage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['partymembers', 'pair', id], queryFn: () => getPair(id!) });
  usePageTitle(q.data?.memberName ?? t('pp.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['partymembers'] });
  const p = q.data;
  if (!p) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {p.memberName} <RiskTag risk={p.risk} />
      </Typography.Title>
      <Card size="small">
        <div>
          {t('pp.destination')}：{p.destination}
        </div>
        <div>
          {t('pp.work')}：{p.work}
        </div>
        <div>
          {t('pp.phone')}：{p.memberPhone}
        </div>
        <div>
          {t('pp.contact')}：{p.contactName}（{t('pp.started')} {p.startedOn}）
        </div>
        {p.status === 'ended' && (
          <div data-testid="pp-ended">
            {t('pp.status.ended')} {p.endedOn}
            {p.endReason && `（${t(`pp.end.reason.${p.endReason}`)}${p.endNote ? `：${p.endNote}` : ''}）`}
          </div>
        )}
      </Card>
      {p.can.contact && <ContactCard pairId={p.id} onDone={refresh} />}
      {p.can.pair && p.status === 'active' && <EndPairCard pairId={p.id} onDone={refresh} />}
      <Card size="small" title={t('pp.months')}>
        <Space wrap size={4} data-testid="pp-months">
          {p.months.map((m) => (
            <Tag key={m.month} color={MARK_COLOR[m.mark]} title={t(`pp.mark.${m.mark}`)}>
              {m.month.slice(5)}月 {m.mark === 'unpaired' ? '—' : m.contacts}
            </Tag>
          ))}
        </Space>
      </Card>
      <Card size="small" title={t('pp.contacts')}>
        <List
          size="small"
          dataSource={p.contacts}
          data-testid="pp-contacts"
          renderItem={(c) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <span>
                  {c.contactedOn} <Tag>{t(`pp.channel.${c.channel}`)}</Tag>
                </span>
                {c.needs && (
                  <span>
                    {t('pp.needs')}：{c.needs}
                  </span>
                )}
                {c.study && (
                  <span>
                    {t('pp.study')}：{c.study}
                  </span>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('pp.help')}>
        <List
          size="small"
          dataSource={p.help}
          locale={{ emptyText: t('pp.help.none') }}
          renderItem={(h) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <span>
                  <Tag color={h.status === 'open' ? 'red' : 'green'}>{t(`pp.help.status.${h.status}`)}</Tag>
                  {h.need}
                </span>
                {h.helpedNote && <span>{h.helpedNote}</span>}
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('pp.study.title')}>
        {p.can.contact && <StudyForm pairId={p.id} onDone={refresh} />}
        <List
          size="small"
          dataSource={p.study}
          renderItem={(s) => (
            <List.Item>
              {s.month} {s.item}（{s.doneOn}）
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

/** A party member's own pairs: who to contact this month. */
export function MyPairsPage() {
  const t = useT();
  usePageTitle(t('pp.mine.title'));
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['partymembers', 'pairs', 'mine'], queryFn: myPairs });
  const items = q.data?.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pp.mine.title')}
      </Typography.Title>
      {!q.isLoading && !items.length && <Empty description={t('pp.none_mine')} />}
      {items.map((p) => (
        <Card key={p.id} size="small" data-testid="pp-mine">
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Text strong>{p.memberName}</Typography.Text>
            <RiskTag risk={p.risk} />
          </Space>
          <div>
            {p.destination} {p.work}
          </div>
          <div>
            {t('pp.last')}：{p.lastContact ?? '—'}
          </div>
          <Button
            type="primary"
            block
            style={{ marginTop: 8 }}
            data-testid="pp-open"
            onClick={() => navigate(`/partymembers/pairing/pairs/${p.id}`)}
          >
            {t('pp.log')}
          </Button>
        </Card>
      ))}
    </Space>
  );
}
