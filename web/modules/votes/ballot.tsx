/**
 * One vote on a phone: its state, the ballot (single, approval or ranking) for whoever the user may
 * vote as, and once closed the results with turnout. Officers get close and cancel buttons.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Progress,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined, DownloadOutlined, LockOutlined, PrinterOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { formatTime } from '../../app/format.ts';
import { useLang, useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { cancelVote, castBallot, closeVote, exportUrl, type Vote } from './votes.api.ts';

const STATE_COLOURS: Record<string, string> = {
  scheduled: 'default',
  open: 'green',
  closing: 'gold',
  closed: 'blue',
  cancelled: 'red',
};

/** A vote's state as a coloured tag. */
export function VoteStateTag(props: { state: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid="vote-state">
      {t(`votes.state.${props.state}`)}
    </Tag>
  );
}

/** The ballot and results of one vote; onChanged runs after a cast, close or cancel. */
export function VoteBallot(props: { vote: Vote; onChanged: () => void }) {
  const v = props.vote;
  const t = useT();
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const open = v.myVoters.filter((m) => !m.voted);
  const [voterId, setVoterId] = useState<string | undefined>(open[0]?.id);
  const [choices, setChoices] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');
  const ballots = v.ballots ?? 0;

  function cast() {
    modal.confirm({
      title: t('votes.cast'),
      content: t('votes.cast.confirm'),
      okText: t('votes.cast'),
      onOk: async () => {
        setBusy(true);
        try {
          const r = await castBallot(v.id, choices, voterId);
          message.success(t(r.counted ? 'votes.cast.done' : 'votes.cast.already'));
          setChoices([]);
          props.onChanged();
        } catch (e) {
          reportError(e);
        } finally {
          setBusy(false);
        }
      },
    });
  }

  function close() {
    modal.confirm({
      title: t('votes.close'),
      content: t('votes.close.confirm'),
      onOk: async () => {
        try {
          await closeVote(v.id);
          message.success(t('votes.closed_done'));
          props.onChanged();
        } catch (e) {
          reportError(e);
        }
      },
    });
  }

  const ballot =
    v.method === 'single' ? (
      <Radio.Group
        aria-label={t('votes.pick_one')}
        value={choices[0]}
        onChange={(e) => setChoices([e.target.value as number])}
        data-testid="ballot-single"
      >
        <Space orientation="vertical">
          {v.options.map((o) => (
            <Radio key={o.position} value={o.position} data-testid={`option-${o.position}`}>
              {o.label}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    ) : v.method === 'approval' ? (
      <Checkbox.Group
        aria-label={t('votes.pick_many', { n: v.maxChoices })}
        value={choices}
        onChange={(x) => setChoices((x as number[]).slice(0, v.maxChoices))}
      >
        <Space orientation="vertical">
          {v.options.map((o) => (
            <Checkbox key={o.position} value={o.position} data-testid={`option-${o.position}`}>
              {o.label}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    ) : (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {v.options.map((o) => {
          const rank = choices.indexOf(o.position);
          return (
            <Button
              key={o.position}
              block
              type={rank >= 0 ? 'primary' : 'default'}
              disabled={rank < 0 && choices.length >= v.maxChoices}
              onClick={() => rank < 0 && setChoices([...choices, o.position])}
              data-testid={`option-${o.position}`}
              style={{ textAlign: 'start' }}
            >
              {rank >= 0 ? `${rank + 1}. ` : ''}
              {o.label}
            </Button>
          );
        })}
        <Button size="small" onClick={() => setChoices([])}>
          {t('votes.rank_clear')}
        </Button>
      </Space>
    );

  return (
    <Card
      size="small"
      data-testid="vote-card"
      title={
        <Space wrap size={4}>
          <span>{v.title}</span>
        </Space>
      }
      extra={<VoteStateTag state={v.state} />}
    >
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        <Tag>{t(`votes.method.${v.method}`)}</Tag>
        <Tag icon={v.secret ? <LockOutlined /> : undefined}>
          {t(v.secret ? 'votes.secret' : 'votes.open_ballot')}
        </Tag>
        <Typography.Text type="secondary">
          {t('votes.closes', { at: formatTime(v.closesAt, lang) })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('votes.voted_count', { n: v.voted })}</Typography.Text>
      </Space>
      {v.state === 'closed' && (
        <div data-testid="vote-results">
          <Typography.Text strong>{t('votes.results')}</Typography.Text>
          {v.options.map((o) => (
            <div key={o.position} style={{ marginTop: 6 }}>
              <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                <span>{o.label}</span>
                <span data-testid={`result-${o.position}`}>
                  {v.method === 'ranking' ? t('votes.points', { n: o.points ?? 0 }) : (o.count ?? 0)}
                </span>
              </Space>
              <Progress
                percent={ballots ? Math.round((100 * (o.count ?? 0)) / ballots) : 0}
                size="small"
                showInfo={false}
                aria-label={o.label}
              />
            </div>
          ))}
          {v.turnout !== null && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('votes.turnout', {
                p: Math.round(v.turnout * 1000) / 10,
                ballots,
                eligible: v.eligible ?? 0,
              })}
            </Typography.Paragraph>
          )}
          <Space wrap style={{ marginTop: 8 }}>
            {v.can.export && (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={exportUrl(v.id)}
                data-testid="vote-export"
              >
                {t('votes.export')}
              </Button>
            )}
            <Link to={`/print/vote-result/${v.id}`} target="_blank" data-testid="vote-print">
              <PrinterOutlined /> {t('votes.print')}
            </Link>
          </Space>
        </div>
      )}
      {v.can.cast && (
        <Form layout="vertical" style={{ marginTop: 8 }}>
          {open.length > 1 && (
            <Form.Item label={t('votes.as')} htmlFor="vote-as">
              <Select
                id="vote-as"
                value={voterId}
                onChange={setVoterId}
                options={open.map((m) => ({ value: m.id, label: m.label }))}
              />
            </Form.Item>
          )}
          <Form.Item
            label={
              v.method === 'single'
                ? t('votes.pick_one')
                : v.method === 'approval'
                  ? t('votes.pick_many', { n: v.maxChoices })
                  : t('votes.pick_rank', { n: v.maxChoices })
            }
          >
            {ballot}
          </Form.Item>
          <Button
            type="primary"
            block
            disabled={!choices.length}
            loading={busy}
            onClick={cast}
            data-testid="cast"
          >
            {t('votes.cast')}
          </Button>
        </Form>
      )}
      {!v.can.cast && v.myVoters.length > 0 && v.myVoters.every((m) => m.voted) && (
        <Tag color="green" icon={<CheckCircleOutlined />} data-testid="voted">
          {t('votes.you_voted')}
        </Tag>
      )}
      {v.state === 'open' && v.myVoters.length === 0 && !v.can.close && (
        <Typography.Text type="secondary">{t('votes.not_eligible')}</Typography.Text>
      )}
      {(v.can.close || v.can.cancel) && (
        <Space wrap style={{ marginTop: 12 }}>
          {v.can.close && (
            <Button onClick={close} data-testid="vote-close">
              {t('votes.close')}
            </Button>
          )}
          {v.can.cancel && (
            <Button danger onClick={() => setCancelOpen(true)}>
              {t('votes.cancel')}
            </Button>
          )}
        </Space>
      )}
      <Modal
        open={cancelOpen}
        title={t('votes.cancel')}
        onCancel={() => setCancelOpen(false)}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        onOk={async () => {
          try {
            await cancelVote(v.id, reason.trim());
            message.success(t('votes.cancel.done'));
            setCancelOpen(false);
            props.onChanged();
          } catch (e) {
            reportError(e);
          }
        }}
      >
        <Form layout="vertical">
          <Form.Item label={t('votes.cancel.reason')} htmlFor="vote-cancel-reason">
            <Input.TextArea
              id="vote-cancel-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
