/** An owner's ballot on the phone: each open assembly of the compounds where the resident is a linked owner, one choice per matter. */
import { useState } from 'react';
import { App, Button, Card, Empty, Radio, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import { CHOICES, myBallots, vote, type MyBallots } from './owners.api.ts';
import './owners.shared.tsx';

type Item = MyBallots['items'][number];
type Choice = (typeof CHOICES)[number];

function BallotCard(props: { item: Item }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = useIdempotencyKey();
  const it = props.item;
  const [choices, setChoices] = useState<(Choice | undefined)[]>(it.matters.map(() => undefined));
  const [busy, setBusy] = useState(false);
  const complete = choices.every((c) => c !== undefined);
  return (
    <Card
      size="small"
      title={it.title}
      extra={it.voted ? <Tag color="green">{t('own.voted')}</Tag> : `${t('own.closesOn')} ${it.closesOn}`}
      data-testid="own-ballot-card"
    >
      <Typography.Paragraph type="secondary">{t('own.asOwner', { name: it.ownerName })}</Typography.Paragraph>
      {it.matters.map((m, i) => (
        <div key={m.seq} style={{ marginBottom: 12 }}>
          <Typography.Text
            strong
            id={`own-m-${it.assemblyId}-${m.seq}`}
          >{`${m.seq}. ${m.title}`}</Typography.Text>{' '}
          <Tag>{t(`own.k.${m.kind}`)}</Tag>
          {!it.voted && (
            <div>
              <Radio.Group
                aria-labelledby={`own-m-${it.assemblyId}-${m.seq}`}
                value={choices[i]}
                onChange={(e) =>
                  setChoices((c) => c.map((x, j) => (j === i ? (e.target.value as Choice) : x)))
                }
                options={CHOICES.map((c) => ({ value: c, label: t(`own.ch.${c}`) }))}
                optionType="button"
                data-testid={`own-choice-${m.seq}`}
              />
            </div>
          )}
        </div>
      ))}
      {!it.voted && (
        <Button
          type="primary"
          block
          disabled={!complete}
          loading={busy}
          data-testid="own-vote-submit"
          onClick={() => {
            setBusy(true);
            void vote(it.assemblyId, { ownerId: it.ownerId, choices: choices as Choice[] }, key.get())
              .then(async () => {
                key.done();
                message.success(t('own.votedOk'));
                await qc.invalidateQueries({ queryKey: ['owners', 'mine'] });
              })
              .catch(reportError)
              .finally(() => setBusy(false));
          }}
        >
          {t('own.submitVote')}
        </Button>
      )}
    </Card>
  );
}

/** The vote page (phones first). */
export function VotePage() {
  const t = useT();
  useDocumentTitle(t('own.vote'));
  const q = useQuery({ queryKey: ['owners', 'mine'], queryFn: myBallots });
  const items = q.data?.items ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 560 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('own.vote')}
      </Typography.Title>
      {!q.isLoading && items.length === 0 && <Empty description={t('own.noBallots')} />}
      {items.map((it) => (
        <BallotCard key={`${it.assemblyId}-${it.ownerId}`} item={it} />
      ))}
    </Space>
  );
}
