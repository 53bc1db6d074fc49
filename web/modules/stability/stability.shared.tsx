/** What the 稳评 pages share: their messages (added when a page loads) and the level and state tags. */
import { Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import { stabilityLabels, stabilityMessages } from './stability.messages.ts';

addMessages(stabilityMessages);
addMessages(stabilityLabels);

const LEVEL_COLOURS = { high: 'red', mid: 'orange', low: 'green' } as const;
const STATE_COLOURS: Record<string, string> = {
  assessing: 'processing',
  review: 'gold',
  assessed: 'blue',
  decided: 'green',
  suspended: 'volcano',
  dropped: 'default',
  withdrawn: 'default',
};

/** A risk level 高/中/低 as a coloured tag (nothing when none yet). */
export function LevelTag(props: { level: 'high' | 'mid' | 'low' | null; testId?: string }) {
  const t = useT();
  if (!props.level) return null;
  return (
    <Tag color={LEVEL_COLOURS[props.level]} data-testid={props.testId}>
      {t(`stab.l.${props.level}`)}
    </Tag>
  );
}

/** A decision's state as a tag. */
export function StateTag(props: { state: string; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid={props.testId}>
      {t(`stab.s.${props.state}`)}
    </Tag>
  );
}
