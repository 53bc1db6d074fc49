/** One application: the project and its budget, the moves the user may make, scores, tranches and progress reports. */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { beijingDay } from '../../app/format.ts';
import { FormModal } from '../../app/form-modal.tsx';
import { addMessages, useT } from '../../app/i18n.tsx';
import { useIdempotencyKey } from '../../app/idempotency-key.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getApplication,
  moveApplication,
  payTranche,
  reportProgress,
  scoreApplication,
  yuan,
  type Application,
  type ReportInput,
} from './socialfund.api.ts';
import { socialfundMessages, socialfundPageMessages } from './socialfund.messages.ts';

addMessages(socialfundPageMessages);
addMessages(socialfundMessages);

type Action = Application['actions'][number];
type MoveForm = {
  note?: string;
  reason?: string;
  granted?: number;
  signedOn?: string;
  excellent?: boolean;
  clawback?: number;
};

/** The application page. */
export function ApplicationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = useIdempotencyKey();
  const [acting, setActing] = useState<Action | null>(null);
  const [reporting, setReporting] = useState(false);
  const [score, setScore] = useState<number | null>(null);
  const q = useQuery({ queryKey: ['socialfund', 'application', id], queryFn: () => getApplication(id) });
  const a = q.data;
  useDocumentTitle(a?.title ?? t('sf.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['socialfund'] });
  if (!a) return null;
  const direct = (x: Action) => x === 'submit' || x === 'qualify';
  const act = async (x: Action, v: MoveForm = {}) => {
    await moveApplication(a.id, {
      action: x,
      version: a.version,
      note: v.note || undefined,
      reason: v.reason || undefined,
      grantedFen: v.granted !== undefined ? Math.round(v.granted * 100) : undefined,
      signedOn: v.signedOn,
      excellent: v.excellent,
      clawbackFen: v.clawback !== undefined && v.clawback !== null ? Math.round(v.clawback * 100) : undefined,
    });
    message.success(t('sf.saved'));
    await refresh();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {a.title}
          </Typography.Title>
          <Space wrap>
            <Link to={`/socialfund/rounds/${a.roundId}`}>{a.roundTitle}</Link>
            <Tag data-testid="sf-app-state">{t(`socialfund.state.${a.state}`)}</Tag>
            {a.grade && (
              <Tag color={a.grade === 'fail' ? 'red' : 'green'}>{t(`socialfund.grade.${a.grade}`)}</Tag>
            )}
            {a.reportDue && <Tag color="red">{t('sf.report_due')}</Tag>}
          </Space>
        </div>
        <Space wrap>
          {a.actions.map((x) => (
            <Button
              key={x}
              type={x === 'fund' || x === 'submit' ? 'primary' : 'default'}
              danger={x === 'fail' || x === 'disqualify' || x === 'decline' || x === 'withdraw'}
              data-testid={`sf-act-${x}`}
              onClick={() => (direct(x) ? void act(x) : setActing(x))}
            >
              {t(`sf.action.${x}`)}
            </Button>
          ))}
          {a.can.report && (
            <Button onClick={() => setReporting(true)} data-testid="sf-report">
              {t('sf.report')}
            </Button>
          )}
        </Space>
      </Space>
      {a.state === 'draft' && !a.round.callOpen && (
        <Typography.Text type="danger">{t('sf.call_closed', { date: a.round.closesOn })}</Typography.Text>
      )}
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('sf.applicant')}>{a.applicantName}</Descriptions.Item>
          <Descriptions.Item label={t('sf.node')}>{a.nodeName}</Descriptions.Item>
          <Descriptions.Item label={t('sf.category')}>{a.category}</Descriptions.Item>
          <Descriptions.Item label={t('sf.beneficiaries')}>{a.beneficiaries}</Descriptions.Item>
          <Descriptions.Item label={t('sf.requested')}>{yuan(a.requestedFen)}</Descriptions.Item>
          <Descriptions.Item label={t('sf.granted')}>
            <span data-testid="sf-granted">{yuan(a.grantedFen)}</span>
          </Descriptions.Item>
          {a.meanScore !== null && (
            <Descriptions.Item label={t('sf.mean')}>
              {a.meanScore}（{t('sf.rank')} {a.rank ?? '—'}）
            </Descriptions.Item>
          )}
          {a.agreementNo && (
            <Descriptions.Item label={t('sf.agreement.no')}>
              <a
                href={`/print/socialfund-agreement/${a.id}`}
                target="_blank"
                rel="noreferrer"
                data-testid="sf-agreement"
              >
                {a.agreementNo}
              </a>
            </Descriptions.Item>
          )}
          {a.agreementOn && <Descriptions.Item label={t('sf.agreement')}>{a.agreementOn}</Descriptions.Item>}
          {a.withdrawReason && (
            <Descriptions.Item label={t('sf.withdraw.reason')}>{a.withdrawReason}</Descriptions.Item>
          )}
          {a.clawbackFen !== null && (
            <Descriptions.Item label={t('sf.clawback')}>{yuan(a.clawbackFen)}</Descriptions.Item>
          )}
          {a.officeNote && <Descriptions.Item label={t('sf.note')}>{a.officeNote}</Descriptions.Item>}
        </Descriptions>
        {a.summary && <Typography.Paragraph>{a.summary}</Typography.Paragraph>}
      </Card>
      <Card size="small" title={t('sf.lines')}>
        <Table
          size="small"
          rowKey="lineNo"
          pagination={false}
          dataSource={a.lines}
          columns={[
            { title: t('sf.item'), dataIndex: 'item' },
            { title: t('sf.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('sf.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {yuan(a.requestedFen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      </Card>
      {(a.can.score || a.myScore !== null || a.reviews.length > 0) && (
        <Card size="small" title={t('sf.score')}>
          {a.can.score ? (
            <Space wrap>
              <InputNumber
                min={0}
                max={100}
                precision={0}
                value={score}
                onChange={setScore}
                aria-label={t('sf.score')}
                data-testid="sf-score"
              />
              <Button
                type="primary"
                disabled={score === null}
                data-testid="sf-score-submit"
                onClick={async () => {
                  await scoreApplication(a.id, { score: score!, comment: '' });
                  message.success(t('sf.saved'));
                  await refresh();
                }}
              >
                {t('sf.score.submit')}
              </Button>
              <Typography.Text type="secondary">{t('sf.score.locked')}</Typography.Text>
            </Space>
          ) : (
            a.myScore !== null && (
              <Typography.Text>
                {t('sf.my_score')}：{a.myScore}
              </Typography.Text>
            )
          )}
          {a.reviews.length > 0 && (
            <Table
              size="small"
              rowKey={(r) => r.reviewerName + r.score}
              pagination={false}
              dataSource={a.reviews}
              columns={[
                { title: t('sf.reviews'), dataIndex: 'reviewerName' },
                { title: t('sf.score'), dataIndex: 'score', align: 'right' },
                { title: t('sf.note'), dataIndex: 'comment' },
              ]}
            />
          )}
        </Card>
      )}
      {a.tranches.length > 0 && (
        <Card size="small" title={t('sf.tranches')}>
          <Table
            size="small"
            rowKey="seq"
            pagination={false}
            scroll={{ x: true }}
            dataSource={a.tranches}
            columns={[
              { title: t('sf.round'), render: (_, x) => t('sf.tranche', { seq: x.seq, percent: x.percent }) },
              { title: t('sf.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
              { title: t('sf.state'), dataIndex: 'state', render: (s: string) => t(`sf.tranche.${s}`) },
              { title: t('sf.paidOn'), dataIndex: 'paidOn' },
              {
                title: '',
                render: (_, x) =>
                  x.payable && (
                    <Button
                      size="small"
                      data-testid={`sf-pay-${x.seq}`}
                      onClick={async () => {
                        await payTranche(a.id, { seq: x.seq, paidOn: beijingDay() });
                        message.success(t('sf.saved'));
                        await refresh();
                      }}
                    >
                      {t('sf.pay')}
                    </Button>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {a.reports.length > 0 && (
        <Card size="small" title={t('sf.reports')}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={a.reports}
            columns={[
              { title: t('sf.paidOn'), dataIndex: 'reportedOn', width: 110 },
              { title: t('sf.progress'), dataIndex: 'progress', width: 80 },
              { title: t('sf.served'), dataIndex: 'served', width: 90 },
              { title: t('sf.text'), dataIndex: 'text' },
            ]}
          />
        </Card>
      )}
      <FormModal<MoveForm>
        open={acting !== null}
        title={acting ? t(`sf.action.${acting}`) : ''}
        onClose={() => setActing(null)}
        testId="sf-move-form"
        testIdOn="form"
        okDanger={acting === 'fail'}
        initialValues={{ signedOn: beijingDay(), granted: a.requestedFen / 100 }}
        onSubmit={(v) => act(acting!, v)}
      >
        {acting === 'fund' && (
          <Form.Item name="granted" label={t('sf.granted')} rules={[{ required: true }]}>
            <InputNumber
              min={0.01}
              max={Math.min(a.round.capFen, 1e12) / 100}
              precision={2}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
        {acting === 'sign' && (
          <Form.Item name="signedOn" label={t('sf.signedOn')} rules={[{ required: true }]}>
            <Input type="date" />
          </Form.Item>
        )}
        {acting === 'pass' && (
          <Form.Item name="excellent" valuePropName="checked">
            <Checkbox>{t('sf.excellent')}</Checkbox>
          </Form.Item>
        )}
        {acting === 'fail' && (
          <Form.Item name="clawback" label={t('sf.clawback')}>
            <InputNumber min={0} max={1e10} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {acting === 'withdraw' ? (
          <Form.Item
            name="reason"
            label={t('sf.withdraw.reason')}
            extra={t('sf.withdraw.hint')}
            rules={[{ required: true, whitespace: true, max: 500 }]}
          >
            <Input.TextArea rows={2} data-testid="sf-withdraw-reason" />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={t('sf.note')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<ReportInput>
        open={reporting}
        title={t('sf.report')}
        onClose={() => setReporting(false)}
        testId="sf-report-form"
        testIdOn="form"
        initialValues={{ progress: 50, served: 0 }}
        onSubmit={async (v) => {
          await reportProgress(a.id, v, key.get());
          key.done();
          message.success(t('sf.saved'));
          await refresh();
        }}
      >
        <Form.Item name="progress" label={t('sf.progress')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
        <Form.Item name="served" label={t('sf.served')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10_000_000} precision={0} />
        </Form.Item>
        <Form.Item name="text" label={t('sf.text')} rules={[{ required: true, max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
