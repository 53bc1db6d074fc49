/** What the incentives pages share: their messages (added when a page loads) and the state tag. */
import { Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import { incentivesMessages } from './incentives.messages.ts';

addMessages(incentivesMessages);

const COLOURS: Record<string, string> = {
  proposed: 'gold',
  requested: 'gold',
  approved: 'green',
  rejected: 'volcano',
  withdrawn: 'default',
  cancelled: 'default',
};

/** A grant's or rest period's state as a tag. */
export function StateTag(props: { state: string; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLOURS[props.state]} data-testid={props.testId}>
      {t(`inc.s.${props.state}`)}
    </Tag>
  );
}

/** This year (Asia/Shanghai is close enough to the browser's clock for a default filter). */
export const thisYear = () => new Date().getFullYear();
