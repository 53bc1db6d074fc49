/** What the 契约化党建 pages share: their messages (added when a page loads) and the state tags. */
import { Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import { compactsMessages } from './compacts.messages.ts';

addMessages(compactsMessages);

/** A contract's state (and whether in force) as a tag. */
export function ContractState(props: { state: 'draft' | 'signed'; inForce: boolean; testId?: string }) {
  const t = useT();
  if (props.state === 'draft')
    return (
      <Tag color="gold" data-testid={props.testId}>
        {t('cp.s.draft')}
      </Tag>
    );
  return (
    <Tag color={props.inForce ? 'green' : 'default'} data-testid={props.testId}>
      {t(props.inForce ? 'cp.s.inForce' : 'cp.s.signed')}
    </Tag>
  );
}

/** A unit flagged for three round tables missed in a row. */
export function AbsentTag(props: { missed: number; flagged: boolean }) {
  const t = useT();
  if (!props.flagged) return null;
  return (
    <Tag color="red" data-testid="cp-flagged">
      {t('cp.flagged', { n: props.missed })}
    </Tag>
  );
}
