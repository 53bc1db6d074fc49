/** One of a cadre's quarterly sheets: the form to fill while open, the result once fed back. */
import { useEffect, useState } from 'react';
import { App, Alert, Button, Card, Form, Input, InputNumber, Space, Statistic, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { ApiError } from '../../app/api.ts';
import { assessmentApi, type SheetDetail, type ScoreEntry } from './assessment.api.ts';
import { ConfirmButton } from '../../app/confirm-button.tsx';
import { GradeTag, useFail } from './common.tsx';
import { SheetItems } from './sheet-items.tsx';

/** One of the cadre's sheets: the form while open, the result once fed back. */
export function MySheet(props: { id: string }) {
  const t = useT();
  const { message } = App.useApp();
  const fail = useFail();
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: ['assessment', 'me', 'sheet', props.id],
    queryFn: () => assessmentApi.mySheet(props.id),
  });
  const [scores, setScores] = useState<Record<string, ScoreEntry>>({});
  const [summary, setSummary] = useState('');
  const s = q.data;
  useEffect(() => {
    if (!s) return;
    setScores(
      Object.fromEntries(
        s.items.map((i) => [
          i.indicatorId,
          { indicatorId: i.indicatorId, value: i.self, evidence: i.evidence },
        ]),
      ),
    );
    setSummary(s.summary);
  }, [s]);
  const refresh = (d: SheetDetail) => {
    qc.setQueryData(['assessment', 'me', 'sheet', props.id], d);
    void qc.invalidateQueries({ queryKey: ['assessment', 'me', 'sheets'] });
  };
  const save = useMutation({
    mutationFn: () =>
      assessmentApi.saveMySheet(props.id, { items: Object.values(scores), summary, version: s!.version }),
    onSuccess: (d) => {
      refresh(d);
      message.success(t('assessment.saved'));
    },
    onError: fail,
  });
  const submit = useMutation({
    mutationFn: async () => {
      const saved = await assessmentApi.saveMySheet(props.id, {
        items: Object.values(scores),
        summary,
        version: s!.version,
      });
      return assessmentApi.submitMySheet(props.id, saved.version);
    },
    onSuccess: (d) => {
      refresh(d);
      message.success(t('assessment.submitted'));
    },
    onError: (e) => {
      void q.refetch();
      message.error(
        e instanceof ApiError
          ? e.problem.errors?.map((x) => x.message).join('；') || e.problem.title
          : String(e),
      );
    },
  });
  if (!s) return <Card loading />;
  const released = s.status === 'fed_back' || s.status === 'published';
  return (
    <Card
      size="small"
      title={`${s.quarter} ${t('assessment.sheet')}`}
      extra={
        <Button href={assessmentApi.printUrl(s.id)} target="_blank" data-testid="sheet-print">
          {t('assessment.print')}
        </Button>
      }
      data-testid="my-sheet"
    >
      {s.returnReason && s.can.edit && (
        <Alert
          type="warning"
          showIcon
          title={`${t('assessment.returned')}：${s.returnReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      {released && (
        <Alert
          type="success"
          showIcon
          data-testid="my-result"
          style={{ marginBottom: 12 }}
          title={
            <Space wrap>
              {t('assessment.result')}
              <GradeTag grade={s.grade} />
              {s.score !== null && `${t('assessment.score')} ${s.score}`}
              {s.rank !== null && `${t('assessment.rank_in_unit')} ${s.rank}`}
            </Space>
          }
          description={s.orgComment || s.unitComment}
        />
      )}
      {s.due && !released && (
        <Typography.Paragraph type="secondary">{t('assessment.due', { due: s.due })}</Typography.Paragraph>
      )}
      <SheetItems
        items={s.items}
        data-testid="sheet-items"
        self={
          s.can.edit
            ? (i) => (
                <InputNumber
                  aria-label={`${t('assessment.self')} ${i.name}`}
                  min={0}
                  max={i.scoring === 'pass_fail' ? 1 : i.maxScore}
                  value={scores[i.indicatorId]?.value ?? null}
                  onChange={(v) =>
                    setScores((x) => ({ ...x, [i.indicatorId]: { ...x[i.indicatorId], value: v ?? null } }))
                  }
                  data-testid={`self-${i.indicatorId}`}
                />
              )
            : undefined
        }
        evidence={
          s.can.edit
            ? (i) => (
                <Input
                  aria-label={`${t('assessment.evidence')} ${i.name}`}
                  placeholder={i.evidenceRequired ? t('assessment.evidence_required') : ''}
                  value={scores[i.indicatorId]?.evidence ?? ''}
                  onChange={(e) =>
                    setScores((x) => ({
                      ...x,
                      [i.indicatorId]: { ...x[i.indicatorId], evidence: e.target.value },
                    }))
                  }
                  data-testid={`evidence-${i.indicatorId}`}
                />
              )
            : undefined
        }
        unit={released || undefined}
      />
      {s.prefill && (
        <Card
          size="small"
          type="inner"
          title={t('assessment.prefill')}
          style={{ marginTop: 12 }}
          data-testid="sheet-prefill"
        >
          <Space wrap>
            <Statistic title={t('assessment.tasks')} value={s.prefill.tasks.length} />
            <Statistic title={t('assessment.orders')} value={s.prefill.orders.length} />
            <Statistic title={t('assessment.points')} value={s.prefill.points} />
            <Statistic title={t('assessment.reports')} value={s.prefill.reports.length} />
          </Space>
          {s.prefill.orders.map((o) => (
            <div key={o.orderId} data-testid="prefill-order">
              <Tag color={o.type === 'commendation' ? 'gold' : o.type === 'accountability' ? 'red' : 'blue'}>
                {t(`assessment.order.${o.type}`)}
              </Tag>
              {o.number} {o.taskTitle} {o.points > 0 ? `+${o.points}` : o.points}
            </div>
          ))}
        </Card>
      )}
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label={t('assessment.summary')} htmlFor="my-summary">
          <Input.TextArea
            id="my-summary"
            rows={6}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
            disabled={!s.can.edit}
            data-testid="sheet-summary"
          />
        </Form.Item>
        {s.can.edit && (
          <Space wrap>
            {s.prefill && (
              <Button onClick={() => setSummary(s.prefill!.draft)} data-testid="use-draft">
                {t('assessment.use_draft')}
              </Button>
            )}
            <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="sheet-save">
              {t('assessment.save')}
            </Button>
            <ConfirmButton
              type="primary"
              loading={submit.isPending}
              data-testid="sheet-submit"
              confirm={t('assessment.submit_confirm')}
              detail={t('assessment.submit_confirm_body')}
              onConfirm={() => submit.mutateAsync()}
            >
              {t('assessment.submit')}
            </ConfirmButton>
          </Space>
        )}
      </Form>
    </Card>
  );
}
