/** The academy's registers: the 五力十课 curriculum, the five teacher pools, and the 头雁论坛 forums. */
import { useState } from 'react';
import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
  message,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMe } from '../../app/auth.tsx';
import { useT } from '../../app/i18n.tsx';
import { reportError } from '../../app/problem.ts';
import { useSelectedNode } from '../../app/selected-node.tsx';
import { FormModal } from '../../app/form-modal.tsx';
import { usePageTitle } from '../council/common.tsx';
import {
  addCourse,
  addForum,
  addTeacher,
  listCourses,
  listForums,
  listTeachers,
  POOLS,
  POWERS,
  PROBLEM_KINDS,
  problemToCourse,
  raiseProblem,
  teachersXlsx,
} from './training.api.ts';
import { client } from '../../app/client.ts';
import type { Body } from '../../app/client.ts';

/** The course form's values: the course as sent, its description optional. */
type CourseForm = Omit<Body<'post', '/api/training/courses'>, 'nodeId' | 'description'> & {
  description?: string;
};

/** The course as sent from the form's values (no description is an empty one). */
const courseInput = (v: CourseForm) => ({ ...v, description: v.description ?? '' });

function CourseFields() {
  const t = useT();
  return (
    <>
      <Form.Item name="power" label={t('tr.power')} rules={[{ required: true }]}>
        <Select options={POWERS.map((p) => ({ value: p, label: t(`training.power.${p}`) }))} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('tr.code')}
        rules={[{ required: true, pattern: /^[A-Za-z0-9-]{1,20}$/ }]}
      >
        <Input data-testid="tr-course-code" />
      </Form.Item>
      <Form.Item name="title" label={t('tr.course')} rules={[{ required: true, max: 60 }]}>
        <Input data-testid="tr-course-title" />
      </Form.Item>
      <Form.Item name="description" label={t('tr.description')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="hours" label={t('tr.hours')} rules={[{ required: true }]}>
        <InputNumber min={0.5} max={100} step={0.5} />
      </Form.Item>
      <Form.Item name="mode" label={t('tr.mode')} rules={[{ required: true }]}>
        <Select
          options={['offline', 'online', 'mixed'].map((m) => ({ value: m, label: t(`tr.mode.${m}`) }))}
        />
      </Form.Item>
    </>
  );
}

/** The curriculum and the teacher pools. */
export function AcademyPage() {
  const t = useT();
  usePageTitle(t('tr.curriculum'));
  const { can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const [modal, setModal] = useState<null | 'course' | 'teacher'>(null);
  const courses = useQuery({ queryKey: ['tr', 'courses'], queryFn: () => listCourses() });
  const teachers = useQuery({ queryKey: ['tr', 'teachers'], queryFn: () => listTeachers() });
  const manageHere = can('training.manage') && node && ['district', 'street'].includes(node.level);
  const refresh = () => qc.invalidateQueries({ queryKey: ['tr'] });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('tr.curriculum')}</Typography.Title>
      <Card
        size="small"
        title={t('tr.curriculum')}
        extra={manageHere && <Button onClick={() => setModal('course')}>{t('tr.add_course')}</Button>}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={courses.data}
          columns={[
            {
              title: t('tr.power'),
              dataIndex: 'power',
              render: (p) => <Tag>{t(`training.power.${p}`)}</Tag>,
            },
            { title: t('tr.code'), dataIndex: 'code' },
            {
              title: t('tr.course'),
              dataIndex: 'title',
              render: (v, c) => (
                <>
                  {v} {c.fromProblemId && <Tag color="gold">{t('tr.from_forum')}</Tag>}
                </>
              ),
            },
            { title: t('tr.hours'), dataIndex: 'hours' },
            { title: t('tr.mode'), dataIndex: 'mode', render: (m) => t(`tr.mode.${m}`) },
            { title: t('tr.description'), dataIndex: 'description' },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('tr.teachers')}
        extra={
          <Space>
            {manageHere && (
              <>
                <Button onClick={() => setModal('teacher')}>{t('tr.add_teacher')}</Button>
                <Upload
                  accept=".xlsx,.csv"
                  showUploadList={false}
                  customRequest={async ({ file }) => {
                    const f = new FormData();
                    f.append('file', file as Blob);
                    try {
                      const r = await client.post('/api/training/teachers/import', {
                        query: { nodeId: node.id },
                        body: f,
                      });
                      if (r.errors.length)
                        message.error(r.errors.map((e) => `#${e.row} ${e.message}`).join('；'));
                      else message.success(String(r.imported));
                      await refresh();
                    } catch (e) {
                      reportError(e);
                    }
                  }}
                >
                  <Button>{t('tr.import')}</Button>
                </Upload>
              </>
            )}
            {can('training.export') && <Button href={teachersXlsx()}>{t('tr.export')}</Button>}
          </Space>
        }
      >
        <Table
          size="small"
          rowKey="id"
          dataSource={teachers.data}
          columns={[
            { title: t('tr.pool'), dataIndex: 'pool', render: (p) => t(`training.pool.${p}`) },
            { title: t('tr.name'), dataIndex: 'name' },
            { title: t('tr.organisation'), dataIndex: 'organisation' },
            { title: t('tr.specialty'), dataIndex: 'specialty' },
            { title: t('tr.phone'), dataIndex: 'phone' },
          ]}
        />
      </Card>
      <FormModal<CourseForm>
        open={modal === 'course'}
        title={t('tr.add_course')}
        onClose={() => setModal(null)}
        initialValues={{ hours: 2, mode: 'offline' }}
        onSubmit={async (v) => {
          await addCourse({ nodeId: node!.id, ...courseInput(v) });
          await refresh();
        }}
      >
        <CourseFields />
      </FormModal>
      <FormModal<{ pool: string; name: string; organisation?: string; specialty?: string; phone?: string }>
        open={modal === 'teacher'}
        title={t('tr.add_teacher')}
        onClose={() => setModal(null)}
        onSubmit={async (v) => {
          await addTeacher({
            nodeId: node!.id,
            pool: v.pool as 'expert',
            name: v.name,
            organisation: v.organisation ?? '',
            specialty: v.specialty ?? '',
            phone: v.phone || undefined,
          });
          await refresh();
        }}
      >
        <Form.Item name="pool" label={t('tr.pool')} rules={[{ required: true }]}>
          <Select options={POOLS.map((p) => ({ value: p, label: t(`training.pool.${p}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('tr.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organisation" label={t('tr.organisation')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="specialty" label={t('tr.specialty')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="phone" label={t('tr.phone')} rules={[{ pattern: /^1\d{10}$/ }]}>
          <Input />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** 头雁论坛: forums, the hard problems secretaries bring, and courses made from them. */
export function ForumsPage() {
  const t = useT();
  usePageTitle(t('tr.forums'));
  const { can } = useMe();
  const { node } = useSelectedNode();
  const qc = useQueryClient();
  const forums = useQuery({ queryKey: ['tr', 'forums'], queryFn: () => listForums() });
  const [modal, setModal] = useState<
    null | { kind: 'forum' } | { kind: 'raise'; id: string } | { kind: 'course'; id: string }
  >(null);
  const refresh = () => qc.invalidateQueries({ queryKey: ['tr'] });
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 1000 }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tr.forums')}
        </Typography.Title>
        {can('training.manage') && node && ['district', 'street'].includes(node.level) && (
          <Button onClick={() => setModal({ kind: 'forum' })}>{t('tr.new_forum')}</Button>
        )}
      </Space>
      {(forums.data ?? []).map((f) => (
        <Card
          key={f.id}
          size="small"
          title={`${f.title} · ${f.heldOn}`}
          extra={
            f.can.raise && (
              <Button size="small" onClick={() => setModal({ kind: 'raise', id: f.id })}>
                {t('tr.raise')}
              </Button>
            )
          }
        >
          <List
            size="small"
            dataSource={f.problems}
            locale={{ emptyText: t('tr.none') }}
            renderItem={(p) => (
              <List.Item
                actions={[
                  p.courseId ? (
                    <Tag color="green">{t('tr.course_made', { title: p.courseTitle ?? '' })}</Tag>
                  ) : f.can.toCourse ? (
                    <Button size="small" onClick={() => setModal({ kind: 'course', id: p.id })}>
                      {t('tr.to_course')}
                    </Button>
                  ) : null,
                ]}
              >
                <Tag>{t(`tr.kind.${p.kind}`)}</Tag> {p.text}{' '}
                <Typography.Text type="secondary">— {p.raisedLabel}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      ))}
      <FormModal<{ title: string; heldOn: { format: (f: string) => string } }>
        open={modal?.kind === 'forum'}
        title={t('tr.new_forum')}
        onClose={() => setModal(null)}
        onSubmit={async (v) => {
          await addForum({ nodeId: node!.id, title: v.title, heldOn: v.heldOn.format('YYYY-MM-DD') });
          await refresh();
        }}
      >
        <Form.Item name="title" label={t('tr.forums')} rules={[{ required: true, max: 80 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="heldOn" label={t('tr.held_on')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<Body<'post', '/api/training/forums/{id}/problems'>>
        open={modal?.kind === 'raise'}
        title={t('tr.raise')}
        onClose={() => setModal(null)}
        initialValues={{ kind: 'difficulty' }}
        onSubmit={async (v) => {
          if (modal?.kind === 'raise') await raiseProblem(modal.id, v);
          await refresh();
        }}
      >
        <Form.Item name="kind" label={t('tr.kind')}>
          <Select options={PROBLEM_KINDS.map((k) => ({ value: k, label: t(`tr.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="text" label={t('tr.problem')} rules={[{ required: true, max: 1000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<CourseForm>
        open={modal?.kind === 'course'}
        title={t('tr.to_course')}
        onClose={() => setModal(null)}
        initialValues={{ hours: 2, mode: 'offline', power: 'service' }}
        onSubmit={async (v) => {
          if (modal?.kind === 'course') await problemToCourse(modal.id, courseInput(v));
          await refresh();
        }}
      >
        <CourseFields />
      </FormModal>
    </Space>
  );
}
