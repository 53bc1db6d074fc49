/** A project's money (budget and payments) and its satisfaction rating. */
import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Rate, Space, Tag, Typography } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { fenToInput, money } from './common.tsx';
import { rateProject, setBudget, type Project } from './projects.api.ts';

export function MoneyCard(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const p = props.p;
  return (
    <Card
      size="small"
      title={t('projects.budget')}
      extra={
        p.can.budget && (
          <Button size="small" onClick={() => setOpen(true)} data-testid="budget-edit">
            {t('projects.budget.edit')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('projects.money.public')}>
          <span data-testid="money-public">{money(p.publicFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.money.social')}>
          <span data-testid="money-social">{money(p.socialFen)}</span>
          {p.socialSource && <> （{p.socialSource}）</>}
        </Descriptions.Item>
        <Descriptions.Item label={t('projects.money.total')}>
          {money(p.publicFen + p.socialFen)}
        </Descriptions.Item>
        {p.unitName && <Descriptions.Item label={t('projects.unit')}>{p.unitName}</Descriptions.Item>}
      </Descriptions>
      <FormModal<{ publicYuan: string; socialYuan: string; socialSource?: string }>
        open={open}
        title={t('projects.budget.edit')}
        onClose={() => setOpen(false)}
        initialValues={{
          publicYuan: fenToInput(p.publicFen),
          socialYuan: fenToInput(p.socialFen),
          socialSource: p.socialSource,
        }}
        testId="budget-modal"
        onSubmit={async (v) => {
          await setBudget(p.id, { ...v, version: p.version });
          props.onDone();
        }}
      >
        <Form.Item name="publicYuan" label={t('projects.budget.public')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="socialYuan" label={t('projects.budget.social')} rules={[{ required: true }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="socialSource" label={t('projects.budget.source')}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}

export function RatingCard(props: { p: Project; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const p = props.p;
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  if (!['completed', 'closed'].includes(p.stage)) return null;
  return (
    <Card size="small" title={t('projects.rating')} data-testid="rating-card">
      {p.rating.average !== null && (
        <Typography.Paragraph data-testid="rating-average">
          <Rate disabled allowHalf value={p.rating.average} />{' '}
          {t('projects.satisfaction', { score: p.rating.average, n: p.rating.count })}
        </Typography.Paragraph>
      )}
      {p.rating.mine && <Tag color="green">{t('projects.rate.mine', { score: p.rating.mine.score })}</Tag>}
      {p.can.rate && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Rate value={score} onChange={setScore} style={{ fontSize: 32 }} data-testid="rate-stars" />
          <Input.TextArea
            rows={2}
            maxLength={500}
            placeholder={t('projects.rate.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button
            type="primary"
            block
            size="large"
            disabled={score < 1}
            data-testid="rate-submit"
            onClick={() =>
              void rateProject(p.id, score, comment || undefined)
                .then(() => {
                  message.success(t('projects.rate.done'));
                  props.onDone();
                })
                .catch(reportError)
            }
          >
            {t('projects.rate')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
