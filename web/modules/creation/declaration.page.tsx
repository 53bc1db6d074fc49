/**
 * One declaration 申报: the standard with the self-assessment and evidence (editable while a draft),
 * the district's scores (one by one, locked once given), the moves open to the user, and the
 * numbered 公示 to print once publicised.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useDocumentTitle } from '../../app/title.ts';
import {
  getDeclaration,
  getPublicity,
  moveDeclaration,
  recheckTitle,
  saveSelf,
  scoreItem,
  type Declaration,
  type MoveInput,
} from './creation.api.ts';
import { StateTag } from './creation.shared.tsx';

type Item = Declaration['items'][number];
const NOTE_NEEDED = ['return', 'reject'];

/** The declaration page. */
export function DeclarationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['creation', 'declaration', id], queryFn: () => getDeclaration(id) });
  const d = q.data;
  useDocumentTitle(d ? `${d.nodeName} · ${d.programmeName}` : t('cre.title'));
  const pub = useQuery({
    queryKey: ['creation', 'publicity', id],
    queryFn: () => getPublicity(id),
    enabled: !!d?.publicityNo,
  });
  const [self, setSelf] = useState<Record<string, { selfScore: number | null; evidence: string }>>({});
  const [scores, setScores] = useState<Record<string, number | null>>({});
  const [moving, setMoving] = useState<MoveInput['action'] | null>(null);
  const [note, setNote] = useState('');
  const [rechecking, setRechecking] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: ['creation'] });
  if (!d) return null;
  const selfOf = (i: Item) => self[i.indicatorId] ?? { selfScore: i.selfScore, evidence: i.evidence };
  const move = async (action: MoveInput['action'], n?: string) => {
    await moveDeclaration(id, { action, version: d.version, note: n || undefined });
    message.success(t('cre.saved'));
    setMoving(null);
    setNote('');
    await refresh();
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {d.nodeName} · {d.programmeName}
      </Typography.Title>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('cre.level')}>{t(`cre.l.${d.level}`)}</Descriptions.Item>
        <Descriptions.Item label={t('cre.state')}>
          <StateTag state={d.state} testId="cre-state" />
        </Descriptions.Item>
        <Descriptions.Item label={t('cre.year')}>{d.year}</Descriptions.Item>
        <Descriptions.Item label={t('cre.selfTotal')}>{d.selfTotal ?? '-'}</Descriptions.Item>
        <Descriptions.Item label={t('cre.reviewTotal')}>
          <span data-testid="cre-review-total">{d.reviewTotal ?? '-'}</span> / {d.points}{' '}
          {d.reviewTotal !== null && (
            <Tag color={d.passes ? 'green' : 'red'}>{t(d.passes ? 'cre.passes' : 'cre.fails')}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('cre.expiresOn')}>
          <span data-testid="cre-expires">{d.expiresOn ?? '-'}</span>{' '}
          {d.titleStatus && d.titleStatus !== 'valid' && (
            <Tag color={d.titleStatus === 'lapsed' ? 'red' : 'orange'}>
              {t(`cre.status.${d.titleStatus}`)}
            </Tag>
          )}
        </Descriptions.Item>
        {d.recheck && (
          <Descriptions.Item label={t('cre.recheck.last')}>
            {d.recheck.on} · {t(`cre.recheck.${d.recheck.outcome}`)}
            {d.recheck.note ? ` · ${d.recheck.note}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
      {(d.prereviewNote || d.reviewNote) && (
        <Typography.Text type="secondary">
          {[d.prereviewNote, d.reviewNote].filter(Boolean).join(' · ')}
        </Typography.Text>
      )}
      <Space wrap>
        {d.can.recheck && (
          <Button type="primary" data-testid="cre-recheck" onClick={() => setRechecking(true)}>
            {t('cre.recheck.title')}
          </Button>
        )}
        {d.actions.map((a) => (
          <Button
            key={a}
            type={NOTE_NEEDED.includes(a) ? 'default' : 'primary'}
            danger={NOTE_NEEDED.includes(a)}
            data-testid={`cre-move-${a}`}
            onClick={() => (NOTE_NEEDED.includes(a) ? setMoving(a) : void move(a))}
          >
            {t(`cre.move.${a}`)}
          </Button>
        ))}
      </Space>
      <Card size="small" title={t('cre.items')}>
        <Table<Item>
          rowKey="indicatorId"
          size="small"
          pagination={false}
          dataSource={d.items}
          scroll={{ x: 800 }}
          data-testid="cre-items"
          columns={[
            { title: t('cre.indicator'), dataIndex: 'name' },
            { title: t('cre.points'), dataIndex: 'points', align: 'right', width: 70 },
            {
              title: t('cre.selfScore'),
              key: 'self',
              width: 110,
              render: (_: unknown, i, n) =>
                d.can.assess ? (
                  <InputNumber
                    aria-label={`${t('cre.selfScore')} ${i.name}`}
                    data-testid={`cre-self-${n}`}
                    min={0}
                    max={i.points}
                    precision={0}
                    value={selfOf(i).selfScore}
                    onChange={(v) => setSelf({ ...self, [i.indicatorId]: { ...selfOf(i), selfScore: v } })}
                  />
                ) : (
                  i.selfScore
                ),
            },
            {
              title: t('cre.evidence'),
              key: 'evidence',
              render: (_: unknown, i, n) =>
                d.can.assess ? (
                  <Input.TextArea
                    aria-label={`${t('cre.evidence')} ${i.name}`}
                    data-testid={`cre-evidence-${n}`}
                    rows={1}
                    maxLength={2000}
                    value={selfOf(i).evidence}
                    onChange={(e) =>
                      setSelf({ ...self, [i.indicatorId]: { ...selfOf(i), evidence: e.target.value } })
                    }
                  />
                ) : (
                  i.evidence
                ),
            },
            {
              title: t('cre.reviewScore'),
              key: 'review',
              width: 180,
              render: (_: unknown, i, n) =>
                i.reviewScore !== null ? (
                  <span title={i.reviewerName}>{i.reviewScore}</span>
                ) : d.can.score ? (
                  <Space.Compact>
                    <InputNumber
                      aria-label={`${t('cre.reviewScore')} ${i.name}`}
                      data-testid={`cre-score-${n}`}
                      min={0}
                      max={i.points}
                      precision={0}
                      value={scores[i.indicatorId] ?? null}
                      onChange={(v) => setScores({ ...scores, [i.indicatorId]: v })}
                    />
                    <Button
                      data-testid={`cre-score-${n}-ok`}
                      disabled={scores[i.indicatorId] == null}
                      onClick={async () => {
                        await scoreItem(id, {
                          indicatorId: i.indicatorId,
                          score: scores[i.indicatorId]!,
                          note: '',
                        });
                        await refresh();
                      }}
                    >
                      {t('cre.score')}
                    </Button>
                  </Space.Compact>
                ) : null,
            },
          ]}
        />
        {d.can.assess && (
          <Button
            style={{ marginTop: 8 }}
            type="primary"
            data-testid="cre-save-self"
            onClick={async () => {
              await saveSelf(id, {
                version: d.version,
                items: d.items.map((i) => ({ indicatorId: i.indicatorId, ...selfOf(i) })),
              });
              setSelf({});
              message.success(t('cre.saved'));
              await refresh();
            }}
          >
            {t('cre.saveSelf')}
          </Button>
        )}
      </Card>
      {pub.data && (
        <Card
          size="small"
          data-testid="cre-publicity"
          extra={
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('cre.printPublicity')}
            </Button>
          }
        >
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {t('cre.publicity.title', {
              programme: pub.data.programmeName,
              level: t(`cre.l.${pub.data.level}`),
            })}
          </Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center' }} data-testid="cre-publicity-no">
            {pub.data.publicityNo}
          </Typography.Paragraph>
          <Typography.Paragraph>
            {t('cre.publicity.body', {
              node: pub.data.nodeName,
              score: pub.data.reviewTotal,
              points: pub.data.points,
              programme: pub.data.programmeName,
              level: t(`cre.l.${pub.data.level}`),
              from: pub.data.from,
              until: pub.data.until,
            })}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ textAlign: 'right' }}>{pub.data.districtName}</Typography.Paragraph>
        </Card>
      )}
      <Modal
        open={moving !== null}
        title={moving ? t(`cre.move.${moving}`) : ''}
        onCancel={() => setMoving(null)}
        okButtonProps={{ disabled: !note.trim() }}
        onOk={() => moving && move(moving, note)}
      >
        <Input.TextArea
          aria-label={t('cre.note')}
          placeholder={t('cre.note')}
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Modal>
      <Modal
        open={rechecking}
        title={t('cre.recheck.title')}
        onCancel={() => setRechecking(false)}
        footer={null}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('cre.recheck.hint')}</Typography.Text>
          <Input.TextArea
            aria-label={t('cre.note')}
            placeholder={t('cre.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
          />
          <Space>
            {(['pass', 'fail'] as const).map((outcome) => (
              <Button
                key={outcome}
                type={outcome === 'pass' ? 'primary' : 'default'}
                danger={outcome === 'fail'}
                disabled={outcome === 'fail' && !note.trim()}
                data-testid={`cre-recheck-${outcome}`}
                onClick={() =>
                  recheckTitle(id, { version: d.version, outcome, note: note.trim() })
                    .then(() => {
                      message.success(t('cre.saved'));
                      setRechecking(false);
                      setNote('');
                      return refresh();
                    })
                    .catch(reportError)
                }
              >
                {t(`cre.recheck.${outcome}`)}
              </Button>
            ))}
          </Space>
        </Space>
      </Modal>
    </Space>
  );
}
