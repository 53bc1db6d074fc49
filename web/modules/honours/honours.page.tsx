/** Honours: nominate, review and publish (officers, residents), and a node's honours board; the public board without login. */
import { useState } from 'react';
import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined, TrophyOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { SheetImportModal } from '../../app/sheet-import.tsx';
import { StepButtons } from '../../app/step-buttons.tsx';
import { beijingYear } from '../../app/format.ts';
import { usePageTitle } from '../council/common.tsx';
import {
  createAward,
  getAwards,
  getBoard,
  getPublicBoard,
  honoursExportUrl,
  importNominations,
  listNominations,
  nominate,
  nominationsTemplateUrl,
  review,
  type Board,
  type Nomination,
  type NominationImport,
  type NominationInput,
} from './honours.api.ts';
import { usePageNode } from '../../app/selected-node.tsx';

const YEAR = beijingYear();
const COLOUR: Record<string, string> = {
  nominated: 'orange',
  approved: 'blue',
  rejected: 'default',
  published: 'green',
};

/** A board's entries grouped by where they come from. */
function BoardList(props: { board?: Board }) {
  const t = useT();
  const entries = props.board?.entries ?? [];
  if (!entries.length) return <Empty description={t('ho.empty')} />;
  return (
    <List
      data-testid="honours-board"
      dataSource={entries}
      renderItem={(e) => (
        <List.Item>
          <List.Item.Meta
            avatar={<TrophyOutlined style={{ fontSize: 22, color: '#d4380d' }} />}
            title={
              <Space>
                <Typography.Text strong>{e.name}</Typography.Text>
                <Tag color="red">{e.title}</Tag>
                <Tag>{t(`ho.source.${e.source}`)}</Tag>
              </Space>
            }
            description={`${e.period} · ${e.detail}`}
          />
        </List.Item>
      )}
    />
  );
}

/** Nominations and the board of the selected node. */
export function HonoursPage() {
  const t = useT();
  usePageTitle(t('ho.title'));
  const { can } = useMe();
  const nodeId = usePageNode();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [awardOpen, setAwardOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [moving, setMoving] = useState<{ x: Nomination; action: string } | null>(null);
  const reviewer = can('honours.review') || can('honours.export');
  const awards = useQuery({
    queryKey: ['honours', 'awards', nodeId],
    queryFn: () => getAwards(nodeId!),
    enabled: !!nodeId,
  });
  const list = useQuery({
    queryKey: ['honours', 'nominations', nodeId, reviewer],
    queryFn: () => listNominations(reviewer ? { nodeId } : { mine: true }),
  });
  const board = useQuery({
    queryKey: ['honours', 'board', nodeId],
    queryFn: () => getBoard(nodeId!, YEAR),
    enabled: !!nodeId,
  });
  const [awardId, setAwardId] = useState<string | undefined>();
  const award = awards.data?.awards.find((a) => a.id === awardId) ?? awards.data?.awards[0];
  const refresh = () => qc.invalidateQueries({ queryKey: ['honours'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('ho.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('ho.hint')}</Typography.Text>
        </div>
        <Space wrap>
          {nodeId && (
            <Button href={`/public/honours/${nodeId}`} target="_blank">
              {t('ho.publicLink')}
            </Button>
          )}
          {can('honours.export') && (
            <Button icon={<DownloadOutlined />} href={honoursExportUrl(nodeId, YEAR)}>
              {t('ho.export')}
            </Button>
          )}
          {can('honours.import') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="honours-import">
              {t('ho.import')}
            </Button>
          )}
          {can('honours.import') && (
            <Button href={nominationsTemplateUrl()}>{t('ho.import.template')}</Button>
          )}
          {awards.data?.can.configure && (
            <Button icon={<PlusOutlined />} onClick={() => setAwardOpen(true)}>
              {t('ho.award.new')}
            </Button>
          )}
          {can('honours.nominate') && !!award && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen(true)}
              data-testid="nominate"
            >
              {t('ho.nominate')}
            </Button>
          )}
        </Space>
      </Space>
      <Tabs
        items={[
          {
            key: 'nominations',
            label: t('ho.title'),
            children: (
              <Table
                rowKey="id"
                size="small"
                loading={list.isLoading}
                dataSource={list.data ?? []}
                columns={[
                  { title: t('ho.year'), dataIndex: 'year' },
                  { title: t('ho.award'), dataIndex: 'awardName' },
                  { title: t('ho.category'), dataIndex: 'category' },
                  { title: t('ho.nominee'), dataIndex: 'nomineeName' },
                  { title: t('ho.node'), dataIndex: 'nodeName' },
                  { title: t('ho.deeds'), dataIndex: 'deeds', ellipsis: true },
                  { title: '', dataIndex: 'nominatorKind', render: (v: string) => t(`ho.by.${v}`) },
                  {
                    title: '',
                    dataIndex: 'state',
                    render: (v: string) => (
                      <Tag color={COLOUR[v]} data-testid="nomination-state">
                        {t(`ho.state.${v}`)}
                      </Tag>
                    ),
                  },
                  {
                    title: '',
                    render: (_: unknown, r) => (
                      <StepButtons
                        steps={r.actions}
                        messages="ho.move"
                        testId="honours"
                        onPick={(a) => setMoving({ x: r, action: a })}
                      />
                    ),
                  },
                ]}
              />
            ),
          },
          { key: 'board', label: t('ho.board'), children: <BoardList board={board.data} /> },
        ]}
      />
      <FormModal<Omit<NominationInput, 'nodeId' | 'awardId'>>
        open={open}
        title={t('ho.nominate')}
        onClose={() => setOpen(false)}
        testId="nominate-form"
        initialValues={{ year: YEAR }}
        onSubmit={async (v) => {
          await nominate({ ...v, awardId: award!.id, nodeId: nodeId! });
          await refresh();
        }}
      >
        <Form.Item label={t('ho.award')}>
          <Select
            value={award?.id}
            onChange={setAwardId}
            options={(awards.data?.awards ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="category" label={t('ho.category')} rules={[{ required: true }]}>
          <Select
            data-testid="nominate-category"
            options={(award?.categories ?? []).map((c) => ({ value: c, label: c }))}
          />
        </Form.Item>
        <Form.Item name="nomineeName" label={t('ho.nominee')} rules={[{ required: true }]}>
          <Input data-testid="nominate-name" />
        </Form.Item>
        <Form.Item name="deeds" label={t('ho.deeds')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} data-testid="nominate-deeds" />
        </Form.Item>
        <Form.Item name="year" label={t('ho.year')}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
      </FormModal>
      <FormModal<{ name: string; categories?: string }>
        open={awardOpen}
        title={t('ho.award.new')}
        onClose={() => setAwardOpen(false)}
        initialValues={{ name: '福田居民美德奖' }}
        onSubmit={async (v) => {
          const categories = (v.categories ?? '')
            .split(/[、,，\s]+/)
            .map((x) => x.trim())
            .filter(Boolean);
          await createAward({
            nodeId: nodeId!,
            name: v.name,
            categories: categories.length ? categories : undefined,
          });
          await refresh();
        }}
      >
        <Form.Item name="name" label={t('ho.award.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="categories" label={t('ho.award.categories')}>
          <Input placeholder="见义勇为、助人为乐、诚实守信、敬业奉献、孝老爱亲" />
        </Form.Item>
      </FormModal>
      <FormModal<{ note?: string }>
        open={!!moving}
        title={moving ? `${t(`ho.move.${moving.action}`)} · ${moving.x.nomineeName}` : ''}
        onClose={() => setMoving(null)}
        testId="review-form"
        onSubmit={async (v) => {
          await review(moving!.x.id, {
            action: moving!.action as never,
            note: v.note,
            version: moving!.x.version,
          });
          await refresh();
        }}
      >
        <Form.Item name="note" label={t('ho.note')} rules={[{ required: moving?.action === 'reject' }]}>
          <Input.TextArea rows={2} data-testid="review-note" />
        </Form.Item>
      </FormModal>
      {importing && (
        <SheetImportModal<NominationImport['rows'][number]>
          title={t('ho.import')}
          messages="ho.import"
          send={importNominations}
          columns={[
            { title: t('ho.year'), dataIndex: 'year' },
            { title: t('ho.award'), dataIndex: 'award' },
            { title: t('ho.category'), dataIndex: 'category' },
            { title: t('ho.nominee'), dataIndex: 'name' },
            { title: t('ho.node'), dataIndex: 'node' },
          ]}
          onClose={() => setImporting(false)}
          onApplied={() => refresh()}
        />
      )}
    </Space>
  );
}

/** The public honours board of a community, street or district (no login). */
export function PublicHonoursPage() {
  const t = useT();
  const { nodeId } = useParams();
  usePageTitle(t('ho.public'));
  const board = useQuery({
    queryKey: ['honours', 'public', nodeId],
    queryFn: () => getPublicBoard(nodeId!, YEAR),
  });
  return (
    <div style={{ maxWidth: 720, margin: '24px auto', padding: 12 }}>
      <Card title={`${board.data?.nodeName ?? ''} · ${t('ho.public')} ${YEAR}`}>
        <BoardList board={board.data} />
      </Card>
    </div>
  );
}
