/** What the culture pages share: their messages, the state colours, a message on a failed call. */
import { addMessages } from '../../app/i18n.tsx';
import { cultureMessages } from './culture.messages.ts';

addMessages(cultureMessages);

/** The colour of an order's state tag. */
export const STATE_COLOUR: Record<string, string> = {
  ordered: 'orange',
  accepted: 'blue',
  performed: 'cyan',
  rated: 'green',
  declined: 'default',
  cancelled: 'default',
};

/** The text of an error thrown by the client. */
export const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
