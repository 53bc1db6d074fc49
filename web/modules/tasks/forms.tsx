/** Form pieces shared by the task forms (add, propose, party project) and the violation and consequence forms. */
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import {
  CATEGORIES,
  CONSEQUENCE_KINDS,
  type ConsequenceInput,
  type TaskInput,
  type ViolationInput,
} from './tasks.api.ts';
import { NodeSelect, PersonSelect } from './common.tsx';

/** The values of the task form as antd holds them (dates as Dayjs). */
export interface TaskFormValues {
  title: string;
  /** Required by the form's rules where the field is shown (not for a party project). */
  category?: TaskInput['category'];
  goal: string;
  indicators?: { name: string; target: number; unit?: string }[];
  milestones: { title: string; weight: number; dueDate: Dayjs }[];
  deadline: Dayjs;
  startDate?: Dayjs;
  investment?: number | null;
  responsibleNodeId?: string | null;
}

const day = (d: Dayjs | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);

/** Turns the form values into the API's task input. */
export function taskBody(v: TaskFormValues): TaskInput {
  return {
    title: v.title,
    category: v.category!,
    goal: v.goal,
    indicators: (v.indicators ?? []).map((i) => ({ name: i.name, target: i.target, unit: i.unit ?? '' })),
    milestones: v.milestones.map((m) => ({
      title: m.title,
      weight: m.weight,
      dueDate: m.dueDate.format('YYYY-MM-DD'),
    })),
    deadline: v.deadline.format('YYYY-MM-DD'),
    startDate: day(v.startDate),
    investment: v.investment ?? null,
    responsibleNodeId: v.responsibleNodeId ?? null,
  };
}

/** The fields of a task: title, category, goal, indicators, weighted milestones, dates, investment. */
export function TaskFields(props: { category?: boolean; responsible?: boolean; indicators?: boolean }) {
  const t = useT();
  const req = [{ required: true, message: t('tasks.required') }];
  return (
    <>
      <Form.Item name="title" label={t('tasks.f.title')} rules={req}>
        <Input maxLength={200} data-testid="f-title" />
      </Form.Item>
      {props.category !== false && (
        <Form.Item name="category" label={t('tasks.f.category')} rules={req}>
          <Select
            data-testid="f-category"
            options={CATEGORIES.map((c) => ({ value: c, label: t(`tasks.cat.${c}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item name="goal" label={t('tasks.f.goal')} rules={req}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="f-goal" />
      </Form.Item>
      {props.indicators !== false && (
        <Form.Item label={t('tasks.f.indicators')}>
          <Form.List name="indicators">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} rules={req}>
                      <Input placeholder={t('tasks.f.indicatorName')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'target']} rules={req}>
                      <InputNumber placeholder={t('tasks.f.target')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']}>
                      <Input placeholder={t('tasks.f.unit')} style={{ width: 90 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                  {t('tasks.f.addIndicator')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      )}
      <Form.Item label={t('tasks.f.milestones')} required>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap data-testid={`f-milestone-${i}`}>
                  <Form.Item name={[f.name, 'title']} rules={req}>
                    <Input placeholder={t('tasks.f.milestoneTitle')} data-testid={`f-ms-title-${i}`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={req}>
                    <InputNumber
                      min={0.01}
                      placeholder={t('tasks.f.weight')}
                      data-testid={`f-ms-weight-${i}`}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'dueDate']} rules={req}>
                    <DatePicker placeholder={t('tasks.f.dueDate')} data-testid={`f-ms-due-${i}`} />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button
                type="dashed"
                onClick={() => add()}
                icon={<PlusOutlined />}
                data-testid="f-add-milestone"
              >
                {t('tasks.f.addMilestone')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="startDate" label={t('tasks.f.startDate')}>
            <DatePicker style={{ width: '100%' }} data-testid="f-start" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="deadline" label={t('tasks.f.deadline')} rules={req}>
            <DatePicker style={{ width: '100%' }} data-testid="f-deadline" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="investment" label={t('tasks.f.investment')}>
            <InputNumber min={0} style={{ width: '100%' }} addonAfter={t('tasks.f.wanYuan')} />
          </Form.Item>
        </Col>
        {props.responsible !== false && (
          <Col xs={24} sm={12}>
            <Form.Item name="responsibleNodeId" label={t('tasks.f.responsible')}>
              <NodeSelect testId="f-responsible" />
            </Form.Item>
          </Col>
        )}
      </Row>
    </>
  );
}

/** The values of the violation form as antd holds them. */
export interface ViolationFormValues {
  description: string;
  occurredOn: Dayjs;
}

/** Turns the violation form's values into the API's violation body. */
export function violationBody(v: ViolationFormValues): ViolationInput {
  return { description: v.description, occurredOn: v.occurredOn.format('YYYY-MM-DD') };
}

/** The fields of a violation: what happened and on which day. */
export function ViolationFields() {
  const t = useT();
  const req = [{ required: true, message: t('tasks.required') }];
  return (
    <>
      <Form.Item name="occurredOn" label={t('tasks.violation.occurredOn')} rules={req}>
        <DatePicker data-testid="f-occurred-on" />
      </Form.Item>
      <Form.Item name="description" label={t('tasks.violation.description')} rules={req}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="f-description" />
      </Form.Item>
    </>
  );
}

/** The values of the consequences form as antd holds them. */
export interface ConsequencesFormValues {
  items: {
    /** Required by the form's rules; empty only in a fresh row. */
    kind?: ConsequenceInput['kind'];
    points?: number | null;
    note?: string;
    subjectNodeId?: string | null;
    subjectPersonId?: string | null;
  }[];
}

/** Turns the consequences form's values into the API's body. */
export function consequencesBody(v: ConsequencesFormValues): { items: ConsequenceInput[] } {
  return {
    items: v.items.map((i) => ({
      kind: i.kind as ConsequenceInput['kind'],
      points: i.points ?? 0,
      note: i.note ?? '',
      subjectNodeId: i.subjectNodeId ?? null,
      subjectPersonId: i.subjectPersonId ?? null,
    })),
  };
}

/**
 * One or more consequences of an issued order: kind, signed points, note, and optionally a unit or
 * person other than the order's own (left empty, the server uses the order's unit and commander).
 */
export function ConsequenceFields() {
  const t = useT();
  const { can } = useMe();
  const req = [{ required: true, message: t('tasks.required') }];
  return (
    <Form.List name="items">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <div
              key={f.key}
              data-testid={`f-consequence-${i}`}
              style={{ borderBottom: '1px dashed #ddd', marginBottom: 12 }}
            >
              <Row gutter={12} align="bottom">
                <Col xs={24} sm={10}>
                  <Form.Item name={[f.name, 'kind']} label={t('tasks.consequence.kind')} rules={req}>
                    <Select
                      data-testid={`f-cq-kind-${i}`}
                      options={CONSEQUENCE_KINDS.map((k) => ({
                        value: k,
                        label: t(`tasks.consequence.${k}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={18} sm={10}>
                  <Form.Item
                    name={[f.name, 'points']}
                    label={t('tasks.consequence.points')}
                    tooltip={t('tasks.consequence.pointsHint')}
                  >
                    <InputNumber
                      min={-1000}
                      max={1000}
                      style={{ width: '100%' }}
                      data-testid={`f-cq-points-${i}`}
                    />
                  </Form.Item>
                </Col>
                <Col xs={6} sm={4}>
                  {fields.length > 1 && (
                    <Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} data-testid={`f-cq-remove-${i}`} />
                    </Form.Item>
                  )}
                </Col>
              </Row>
              <Form.Item name={[f.name, 'note']} label={t('tasks.consequence.note')}>
                <Input.TextArea rows={2} maxLength={1000} data-testid={`f-cq-note-${i}`} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[f.name, 'subjectNodeId']}
                    label={t('tasks.consequence.subjectNode')}
                    extra={t('tasks.consequence.subjectNodeHint')}
                  >
                    <NodeSelect testId={`f-cq-node-${i}`} />
                  </Form.Item>
                </Col>
                {can('people.read') && (
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name={[f.name, 'subjectPersonId']}
                      label={t('tasks.consequence.subjectPerson')}
                      extra={t('tasks.consequence.subjectPersonHint')}
                    >
                      <PersonSelect testId={`f-cq-person-${i}`} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </div>
          ))}
          {fields.length < 20 && (
            <Button
              type="dashed"
              onClick={() => add({ points: 0 })}
              icon={<PlusOutlined />}
              data-testid="f-cq-add"
            >
              {t('tasks.consequence.addItem')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
