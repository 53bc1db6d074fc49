/** What the psych pages share: their messages (added when a page loads) and the booking time. */
import { addMessages } from '../../app/i18n.tsx';
import { psychLabels, psychPageMessages } from './psych.messages.ts';

addMessages(psychPageMessages);
addMessages(psychLabels);

/** A slot as 'MM-DD HH:mm' in Beijing time. */
export function slotText(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}

/** The Beijing calendar day of an instant. */
export function beijingDay(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Fen as yuan. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
