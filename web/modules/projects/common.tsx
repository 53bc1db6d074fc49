/**
 * Small pieces the projects pages share: the stage tag, a proposal's name, category and description
 * fields, money in 元 and 万元.
 */
import { Form, Input, Select, Tag } from 'antd';
import { useT } from '../../app/i18n.tsx';
import { CATEGORIES } from './projects.api.ts';

const STAGE_COLOURS: Record<string, string> = {
  ordered: 'gold',
  rejected: 'default',
  withdrawn: 'default',
  approved: 'cyan',
  budgeted: 'blue',
  implementing: 'orange',
  inspecting: 'purple',
  completed: 'green',
  closed: 'green',
  candidate: 'geekblue',
  chosen: 'magenta',
  not_chosen: 'default',
};

/** A project's stage as a coloured tag. */
export function StageTag(props: { stage: string }) {
  const t = useT();
  return (
    <Tag color={STAGE_COLOURS[props.stage]} data-testid="project-stage">
      {t(`projects.stage.${props.stage}`)}
    </Tag>
  );
}

/** What a menu item or a ballot's candidate proposes: its name, category and description. */
export function ProposalFields(props: { descriptionRows: number }) {
  const t = useT();
  return (
    <>
      <Form.Item name="title" label={t('projects.order.name')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="category" label={t('projects.order.category')}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`projects.category.${c}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('projects.order.description')}>
        <Input.TextArea rows={props.descriptionRows} />
      </Form.Item>
    </>
  );
}

/** Fen as 元 with separators ('¥28,000.00'); amounts of 10,000 元 and more also in 万元. */
export function money(fen: number): string {
  const yuan = (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return fen >= 1_000_000
    ? `¥${yuan}（${(fen / 1_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万元）`
    : `¥${yuan}`;
}

/** Fen as a plain 元 amount for a form field ('28000.00'). */
export const fenToInput = (fen: number) => (fen / 100).toFixed(2);
