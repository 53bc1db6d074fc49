/**
 * The organisation department sets up a 擂台赛 (seed 001 开化): title and series, the five weighted
 * dimensions (percentages summing to 100: the server's rule, its message on every weight), the
 * participating departments and streets, the judges (never from a participating unit: the server's
 * message on that judge's line) and the rounds with their deadlines. A contest is edited here while
 * it is a draft (no round opened), against the version read; after that its set-up is locked.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Typography,
} from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { addMessages, useT } from '../../app/i18n.tsx';
import { PageTitle } from '../../app/page-title.tsx';
import { applyProblemToForm } from '../../app/problem.ts';
import {
  createContest,
  DIMENSIONS,
  getContest,
  getSetup,
  updateContest,
  type Contest,
  type Weights,
} from './contests.api.ts';
import { contestsMessages } from './contests.messages.ts';

addMessages(contestsMessages);

interface Values {
  nodeId: string;
  year: number;
  title: string;
  series: string;
  weights: Weights;
  unitIds: string[];
  judges: (string | undefined)[];
  rounds: { id?: string; title: string; opensOn: string; dueOn: string }[];
}

/** The form's first values: the contest as stored, or a new one's defaults. */
function initial(c: Contest | undefined, nodeId: string | undefined, weights: Weights | undefined): Values {
  if (c)
    return {
      nodeId: c.nodeId,
      year: c.year,
      title: c.title,
      series: c.series,
      weights: c.weights,
      unitIds: c.units.map((u) => u.id),
      judges: c.judges.map((j) => j.username),
      rounds: c.rounds.map((r) => ({ id: r.id, title: r.title, opensOn: r.opensOn, dueOn: r.dueOn })),
    };
  return {
    nodeId: nodeId ?? '',
    year: new Date().getFullYear(),
    title: '',
    series: '',
    weights: weights ?? { profession: 20, duty: 20, innovation: 20, contribution: 20, position: 20 },
    unitIds: [],
    judges: [undefined],
    rounds: [{ title: '', opensOn: '', dueOn: '' }],
  };
}

/** A judge option matches a search by name, username or pinyin initials (「zs」 finds 张三). */
function judgeMatches(input: string, option?: { search?: string }) {
  return !!option?.search?.includes(input.trim().toLowerCase());
}

/** The set-up page: `/contests/new`, or `/contests/:id/edit` for a draft. */
export function ContestSetupPage() {
  const t = useT();
  const { id } = useParams();
  const setup = useQuery({ queryKey: ['contests', 'setup'], queryFn: getSetup });
  const contest = useQuery({
    queryKey: ['contests', 'one', id],
    queryFn: () => getContest(id!),
    enabled: !!id,
  });
  if (!setup.data || (id && !contest.data)) return null;
  const c = contest.data;
  return (
    <>
      <PageTitle>{id ? `${t('ct.setup.title.edit')}：${c!.title}` : t('ct.setup.title.new')}</PageTitle>
      {c && !c.can.edit ? (
        <Alert type="warning" showIcon data-testid="setup-locked" title={t('ct.setup.locked')} />
      ) : (
        <SetupForm key={`${id ?? 'new'}:${c?.version ?? 0}`} contest={c} choices={setup.data} />
      )}
    </>
  );
}

function SetupForm(props: { contest?: Contest; choices: NonNullable<Awaited<ReturnType<typeof getSetup>>> }) {
  const t = useT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const { contest: c, choices } = props;
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const nodeId = Form.useWatch('nodeId', form);
  const weights = Form.useWatch('weights', form);
  const sum = Math.round(DIMENSIONS.reduce((s, d) => s + Number(weights?.[d] ?? 0), 0) * 100) / 100;
  const district = choices.districts.find((d) => d.nodeId === nodeId) ?? choices.districts[0];
  const unitIds = Form.useWatch('unitIds', form);
  const picked = new Set(unitIds ?? []);
  const unitName = new Map((district?.units ?? []).map((u) => [u.id, u.name]));
  // a judge of a participating unit is shown but cannot be picked (the server refuses it too)
  const judgeOptions = (district?.judges ?? []).map((j) => {
    const own = j.unitIds.find((u) => picked.has(u));
    return {
      value: j.username,
      label: own
        ? `${j.name}（${j.username}）· ${t('ct.setup.judge.own')}：${unitName.get(own) ?? ''}`
        : `${j.name}（${j.username}）`,
      disabled: !!own,
      search: `${j.name} ${j.username} ${j.initials}`.toLowerCase(),
    };
  });

  const save = async (v: Values) => {
    setSaving(true);
    const body = {
      year: v.year,
      title: v.title,
      series: v.series,
      weights: v.weights,
      unitIds: v.unitIds ?? [],
      judges: (v.judges ?? []).map((j) => j ?? ''),
      rounds: (v.rounds ?? []).map((r) => ({ ...r, id: r.id || undefined })),
    };
    try {
      const r = c
        ? await updateContest(c.id, { ...body, version: c.version })
        : await createContest({ ...body, nodeId: v.nodeId || district?.nodeId || '' });
      message.success(t('ct.setup.saved'));
      await qc.invalidateQueries({ queryKey: ['contests'] });
      navigate(`/contests/${r.id}`);
    } catch (e) {
      applyProblemToForm(form, e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial(c, choices.districts[0]?.nodeId, choices.weights)}
      onFinish={(v) => void save(v)}
      data-testid="setup-form"
    >
      <Card size="small" title={t('ct.setup.basics')}>
        {choices.districts.length > 1 && !c && (
          <Form.Item name="nodeId" label={t('ct.setup.district')} rules={[{ required: true }]}>
            <Select options={choices.districts.map((d) => ({ value: d.nodeId, label: d.name }))} />
          </Form.Item>
        )}
        <Space wrap align="start">
          <Form.Item name="title" label={t('ct.setup.name')} rules={[{ required: true, max: 80 }]}>
            <Input style={{ width: 280 }} data-testid="setup-title" />
          </Form.Item>
          <Form.Item name="series" label={t('ct.series')} rules={[{ required: true, max: 20 }]}>
            <AutoComplete
              style={{ width: 140 }}
              options={choices.series.map((s) => ({ value: s }))}
              data-testid="setup-series"
            />
          </Form.Item>
          <Form.Item name="year" label={t('ct.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
        </Space>
      </Card>

      <Card
        size="small"
        title={t('ct.weights')}
        style={{ marginTop: 12 }}
        extra={
          <Typography.Text type={sum === 100 ? 'success' : 'danger'} data-testid="setup-weights-sum">
            {t('ct.setup.weights.sum', { sum })}
          </Typography.Text>
        }
      >
        <Typography.Paragraph type="secondary">{t('ct.setup.weights.help')}</Typography.Paragraph>
        <Space wrap align="start">
          {DIMENSIONS.map((d) => (
            <Form.Item key={d} name={['weights', d]} label={t(`ct.dim.${d}`)} rules={[{ required: true }]}>
              <InputNumber
                min={0}
                max={100}
                precision={2}
                suffix="%"
                style={{ width: 120 }}
                data-testid={`setup-weight-${d}`}
              />
            </Form.Item>
          ))}
        </Space>
      </Card>

      <Card size="small" title={t('ct.units')} style={{ marginTop: 12 }}>
        <Form.Item
          name="unitIds"
          label={t('ct.units')}
          extra={t('ct.setup.units.help')}
          rules={[{ required: true, type: 'array', min: 2 }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="setup-units"
            options={(district?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
      </Card>

      <Card size="small" title={t('ct.judges')} style={{ marginTop: 12 }}>
        <Typography.Paragraph type="secondary">{t('ct.setup.judges.help')}</Typography.Paragraph>
        <Form.List name="judges">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" data-testid="setup-judge-row">
                  <Form.Item name={f.name} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 280 }}
                      placeholder={t('ct.setup.judge')}
                      aria-label={`${t('ct.setup.judge')} ${i + 1}`}
                      data-testid="setup-judge"
                      showSearch={{ filterOption: judgeMatches }}
                      options={judgeOptions}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('ct.setup.remove')}
                      onClick={() => remove(f.name)}
                    />
                  )}
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add()}
                disabled={fields.length >= 50}
                data-testid="setup-judge-add"
              >
                {t('ct.setup.judge.add')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card size="small" title={t('ct.rounds')} style={{ marginTop: 12 }}>
        <Form.List name="rounds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="baseline" data-testid="setup-round-row">
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, max: 60 }]}>
                    <Input
                      style={{ width: 180 }}
                      placeholder={t('ct.round.title')}
                      aria-label={`${t('ct.round.title')} ${i + 1}`}
                      data-testid="setup-round-title"
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'opensOn']} rules={[{ required: true }]}>
                    <Input
                      type="date"
                      aria-label={`${t('ct.round.opens')} ${i + 1}`}
                      data-testid="setup-round-opens"
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true }]}>
                    <Input
                      type="date"
                      aria-label={`${t('ct.round.due')} ${i + 1}`}
                      data-testid="setup-round-due"
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('ct.setup.remove')}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <div>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ title: '', opensOn: '', dueOn: '' })}
                  disabled={fields.length >= 24}
                  data-testid="setup-round-add"
                >
                  {t('ct.setup.round.add')}
                </Button>
              </div>
            </>
          )}
        </Form.List>
      </Card>

      <Space style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="setup-save">
          {t('ct.setup.save')}
        </Button>
        <Button onClick={() => navigate(c ? `/contests/${c.id}` : '/contests')}>
          {t('ct.setup.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
