/** What the 双报到 pages share: their messages (added when a page loads) and the state tag. */
import { Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import { outreachMessages } from './outreach.messages.ts';

addMessages(outreachMessages);

const STATE_COLOURS: Record<string, string> = {
  invited: 'default',
  reported: 'gold',
  accepted: 'green',
  declined: 'volcano',
};

/** A report's state as a tag. */
export function StateTag(props: { state: string; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid={props.testId}>
      {t(`or.s.${props.state}`)}
    </Tag>
  );
}
