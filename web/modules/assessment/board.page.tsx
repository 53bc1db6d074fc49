/**
 * The cycle board 考核进度看板 (organisation department; unit officers see their units): progress per
 * unit, the step each waits on, lagging units, reminders, feedback and publication; and the unit's
 * review list of sheets. The sheet page lets the unit review and the department grade.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  App,
  Alert,
  Button,
  Card,
  Form,
  Input,
  Progress,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n.tsx';
import { useMe } from '../../app/auth.tsx';
import { ApiError } from '../../app/api.ts';
import { DIMENSIONS, GRADES, SHEET_STATES } from '../../../server/modules/assessment/assessment.rules.ts';
import { assessmentApi, type AssessInput, type ScoreEntry, type SheetsQuery } from './assessment.api.ts';
import { GradeTag, useDistrict, useFail, usePageTitle } from './common.tsx';
import { GradeImportButtons } from './grades.import.tsx';
import { SheetItems } from './sheet-items.tsx';
import { ConfirmButton } from '../../app/confirm-button.tsx';

/** Picks a cycle of the district (newest first). */
function useCycle() {
  const districtId = useDistrict();
  const cycles = useQuery({
    queryKey: ['assessment', 'cycles', districtId],
    queryFn: () => assessmentApi.cycles(districtId!),
    enabled: !!districtId,
  });
  const [picked, setPicked] = useState<string | null>(null);
  const id = picked ?? cycles.data?.[0]?.id ?? null;
  const select = (
    <Select
      aria-label="quarter"
      style={{ width: 140 }}
      value={id}
      onChange={setPicked}
      options={(cycles.data ?? []).map((c) => ({ value: c.id, label: c.quarter }))}
      data-testid="cycle-select"
    />
  );
  return { id, select, districtId };
}

/** The cycle board. */
export function BoardPage() {
  const t = useT();
  usePageTitle(t('assessment.board'));
  const { can } = useMe();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { id, select } = useCycle();
  const board = useQuery({
    queryKey: ['assessment', 'board', id],
    queryFn: () => assessmentApi.board(id!),
    enabled: !!id,
  });
  const act = useMutation({
    mutationFn: async (a: { kind: 'remind' | 'feedback' | 'publish'; unit?: string }): Promise<unknown> =>
      a.kind === 'remind'
        ? assessmentApi.remind(id!)
        : a.kind === 'feedback'
          ? assessmentApi.feedback(id!, a.unit!)
          : assessmentApi.publish(id!, a.unit!),
    onSuccess: () => {
      message.success(t('assessment.done'));
      void qc.invalidateQueries({ queryKey: ['assessment'] });
    },
    onError: (e) => message.error(e instanceof ApiError ? e.problem.title : String(e)),
  });
  const b = board.data;
  return (
    <div data-testid="assessment-board">
      <Typography.Title level={4}>{t('assessment.board')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {select}
        {can('assessment.manage') && id && (
          <Button onClick={() => act.mutate({ kind: 'remind' })} data-testid="remind">
            {t('assessment.remind')}
          </Button>
        )}
        {can('assessment.manage') && id && <GradeImportButtons cycleId={id} />}
      </Space>
      {!id && <Alert type="info" title={t('assessment.no_cycle')} />}
      {b && (
        <>
          <Card size="small" style={{ marginBottom: 12 }}>
            <Space wrap size="large">
              <Statistic
                title={t('assessment.progress')}
                value={b.progress}
                suffix="%"
                data-testid="board-progress"
              />
              {GRADES.map((g) => (
                <Statistic key={g} title={t(`assessment.grade.${g}`)} value={b.grades[g]} />
              ))}
              <span>{t('assessment.deadlines', b.cycle)}</span>
            </Space>
          </Card>
          <Table
            size="small"
            rowKey="unitNodeId"
            scroll={{ x: true }}
            dataSource={b.units}
            pagination={{ pageSize: 100, hideOnSinglePage: true }}
            data-testid="board-units"
            columns={[
              {
                title: t('assessment.unit'),
                dataIndex: 'unitName',
                render: (v: string, u) => (
                  <Space>
                    <Link to={`/assessment/review?unit=${u.unitNodeId}`}>{v}</Link>
                    {u.liaison && <Tag color="purple">{t('assessment.liaison')}</Tag>}
                    {u.observation && <Tag color="cyan">{t('assessment.observation')}</Tag>}
                  </Space>
                ),
              },
              { title: t('assessment.cadres'), dataIndex: 'total' },
              {
                title: t('assessment.progress'),
                dataIndex: 'progress',
                render: (v: number) => (
                  <Progress percent={v} size="small" aria-label={t('assessment.progress')} />
                ),
              },
              {
                title: t('assessment.waiting_on'),
                dataIndex: 'waitingOn',
                render: (v: string, u) => (
                  <Tag color={u.lagging ? 'red' : 'default'}>
                    {t(`assessment.waiting.${v}`)}
                    {u.lagging ? ` · ${t('assessment.lagging')}` : ''}
                  </Tag>
                ),
              },
              { title: t('assessment.due_col'), dataIndex: 'due' },
              ...SHEET_STATES.map((s) => ({
                title: t(`assessment.state.${s}`),
                key: s,
                render: (_: unknown, u: (typeof b.units)[number]) => u.byState[s],
              })),
              ...(can('assessment.manage')
                ? [
                    {
                      title: t('assessment.actions'),
                      key: 'act',
                      render: (_: unknown, u: (typeof b.units)[number]) => (
                        <Space>
                          {u.byState.assessed > 0 && (
                            <ConfirmButton
                              size="small"
                              data-testid={`feedback-${u.unitNodeId}`}
                              confirm={t('assessment.feedback_confirm', { unit: u.unitName })}
                              onConfirm={() => act.mutateAsync({ kind: 'feedback', unit: u.unitNodeId })}
                            >
                              {t('assessment.feedback')}
                            </ConfirmButton>
                          )}
                          {u.byState.fed_back > 0 && (
                            <ConfirmButton
                              size="small"
                              type="primary"
                              data-testid={`publish-${u.unitNodeId}`}
                              confirm={t('assessment.publish_confirm', { unit: u.unitName })}
                              onConfirm={() => act.mutateAsync({ kind: 'publish', unit: u.unitNodeId })}
                            >
                              {t('assessment.publish')}
                            </ConfirmButton>
                          )}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      )}
    </div>
  );
}

/** The unit's review list: its cadres' sheets in the cycle, ranked. */
export function ReviewPage() {
  const t = useT();
  usePageTitle(t('assessment.review'));
  const { id, select } = useCycle();
  const unit = new URLSearchParams(location.search).get('unit') ?? undefined;
  const [status, setStatus] = useState<SheetsQuery['status']>(undefined);
  const sheets = useQuery({
    queryKey: ['assessment', 'sheets', id, unit, status],
    queryFn: () => assessmentApi.sheets(id!, { unitNodeId: unit, status }),
    enabled: !!id,
  });
  return (
    <div data-testid="assessment-review">
      <Typography.Title level={4}>{t('assessment.review')}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {select}
        <Select
          aria-label={t('assessment.status')}
          allowClear
          placeholder={t('assessment.status')}
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          options={SHEET_STATES.map((s) => ({ value: s, label: t(`assessment.state.${s}`) }))}
          data-testid="status-filter"
        />
      </Space>
      <Table
        size="small"
        rowKey="id"
        scroll={{ x: true }}
        loading={sheets.isLoading}
        dataSource={sheets.data ?? []}
        data-testid="review-sheets"
        columns={[
          {
            title: t('assessment.name'),
            dataIndex: 'personName',
            render: (v: string, s) => <Link to={`/assessment/sheets/${s.id}`}>{v}</Link>,
          },
          { title: t('assessment.unit'), dataIndex: 'unitName' },
          { title: t('assessment.post'), dataIndex: 'post' },
          {
            title: t('assessment.status'),
            dataIndex: 'status',
            render: (v: string) => <Tag>{t(`assessment.state.${v}`)}</Tag>,
          },
          { title: t('assessment.score'), dataIndex: 'score' },
          {
            title: t('assessment.grade'),
            dataIndex: 'grade',
            render: (_: unknown, s) => <GradeTag grade={s.grade} />,
          },
          {
            title: t('assessment.post_mismatch'),
            dataIndex: 'postMismatch',
            render: (v: boolean) => (v ? <Tag color="orange">{t('assessment.post_mismatch')}</Tag> : ''),
          },
        ]}
      />
    </div>
  );
}

/** One sheet for an officer: the unit's review or the department's grade, and the print page. */
export function SheetPage() {
  const t = useT();
  const { id } = useParams();
  const { modal, message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['assessment', 'sheet', id], queryFn: () => assessmentApi.sheet(id!) });
  const s = q.data;
  usePageTitle(s ? `${s.personName} ${s.quarter}` : t('assessment.sheet'));
  const [unitScores, setUnitScores] = useState<Record<string, number | null>>({});
  const [comment, setComment] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [form] = Form.useForm<AssessInput>();
  const done = () => {
    message.success(t('assessment.done'));
    void qc.invalidateQueries({ queryKey: ['assessment'] });
  };
  const fail = useFail();
  const review = useMutation({
    mutationFn: () => {
      const items: ScoreEntry[] = Object.entries(unitScores).map(([indicatorId, value]) => ({
        indicatorId,
        value,
      }));
      return assessmentApi.review(id!, {
        items,
        unitComment: comment,
        postMismatch: mismatch,
        version: s!.version,
      });
    },
    onSuccess: done,
    onError: fail,
  });
  const ret = useMutation({
    mutationFn: (reason: string) => assessmentApi.returnSheet(id!, reason, s!.version),
    onSuccess: done,
    onError: fail,
  });
  const assess = useMutation({
    mutationFn: (v: AssessInput) => assessmentApi.assess(id!, { ...v, version: s!.version }),
    onSuccess: done,
    onError: fail,
  });
  if (!s) return <Card loading />;
  return (
    <div data-testid="assessment-sheet">
      <Typography.Title level={4}>
        {s.personName} · {s.quarter} <Tag>{t(`assessment.state.${s.status}`)}</Tag>{' '}
        <GradeTag grade={s.grade} />
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          {s.unitName} · {s.post} · {s.rankTitle}
        </span>
        <Button href={assessmentApi.printUrl(s.id)} target="_blank">
          {t('assessment.print')}
        </Button>
        <Link to={`/assessment/people/${s.personId}`}>{t('assessment.person')}</Link>
      </Space>
      <SheetItems
        items={s.items}
        unit={
          s.can.review
            ? (i) => (
                <input
                  aria-label={`${t('assessment.unit_score')} ${i.name}`}
                  type="number"
                  min={0}
                  max={i.maxScore}
                  style={{ width: 70 }}
                  defaultValue={i.self ?? ''}
                  onChange={(e) =>
                    setUnitScores((x) => ({
                      ...x,
                      [i.indicatorId]: e.target.value === '' ? null : Number(e.target.value),
                    }))
                  }
                />
              )
            : true
        }
      />
      <Card size="small" title={t('assessment.summary')} style={{ marginTop: 12 }}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="sheet-summary-view">
          {s.summary}
        </Typography.Paragraph>
        {s.unitComment && (
          <Typography.Paragraph type="secondary">
            {t('assessment.unit_comment')}：{s.unitComment}
          </Typography.Paragraph>
        )}
      </Card>
      {s.can.review && (
        <Card size="small" title={t('assessment.unit_review')} style={{ marginTop: 12 }}>
          <Form layout="vertical">
            <Form.Item label={t('assessment.unit_comment')} htmlFor="unit-comment">
              <Input.TextArea
                id="unit-comment"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                data-testid="unit-comment"
              />
            </Form.Item>
            <Form.Item label={t('assessment.post_mismatch')} htmlFor="post-mismatch">
              <Switch id="post-mismatch" checked={mismatch} onChange={setMismatch} />
            </Form.Item>
            <Space>
              <ConfirmButton
                type="primary"
                loading={review.isPending}
                data-testid="review-submit"
                confirm={t('assessment.review_confirm')}
                onConfirm={() => review.mutateAsync()}
              >
                {t('assessment.review_pass')}
              </ConfirmButton>
              <ConfirmButton
                danger
                data-testid="review-return"
                confirm={t('assessment.return_confirm')}
                onConfirm={() => ret.mutateAsync(comment || t('assessment.return_default'))}
              >
                {t('assessment.return')}
              </ConfirmButton>
            </Space>
          </Form>
        </Card>
      )}
      {s.can.assess && (
        <Card size="small" title={t('assessment.org_assess')} style={{ marginTop: 12 }}>
          <Form
            form={form}
            layout="vertical"
            initialValues={{
              grade: s.grade ?? s.suggestedGrade ?? 'fairly_good',
              dimensionGrades:
                s.dimensionGrades ??
                Object.fromEntries(DIMENSIONS.map((d) => [d, s.suggestedGrade ?? 'fairly_good'])),
              orgComment: s.orgComment,
            }}
            onFinish={(v) =>
              modal.confirm({
                title: t('assessment.assess_confirm'),
                okButtonProps: { 'data-testid': 'confirm-ok' } as never,
                onOk: () => assess.mutateAsync(v),
              })
            }
          >
            {s.suggestedGrade && (
              <Alert
                type="info"
                title={`${t('assessment.suggested')}：${t(`assessment.grade.${s.suggestedGrade}`)}`}
                style={{ marginBottom: 8 }}
              />
            )}
            <Form.Item name="grade" label={t('assessment.grade')} rules={[{ required: true }]}>
              <Select
                data-testid="assess-grade"
                options={GRADES.map((g) => ({ value: g, label: t(`assessment.grade.${g}`) }))}
              />
            </Form.Item>
            {DIMENSIONS.map((d) => (
              <Form.Item
                key={d}
                name={['dimensionGrades', d]}
                label={t(`assessment.dim.${d}`)}
                rules={[{ required: true }]}
              >
                <Select options={GRADES.map((g) => ({ value: g, label: t(`assessment.grade.${g}`) }))} />
              </Form.Item>
            ))}
            <Form.Item name="orgComment" label={t('assessment.org_comment')}>
              <Input.TextArea />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={assess.isPending} data-testid="assess-submit">
              {t('assessment.assess')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}
