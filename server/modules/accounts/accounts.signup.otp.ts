/**
 * How one-time codes reach a phone. The channel is pluggable (a gateway implements OtpSender); the
 * one shipped is a STUB that sends nothing: it logs a masked line, keeps the last code per phone in
 * memory for tests, and appends "phone code" lines to a file for local runs and the e2e tier.
 */
import fs from 'node:fs';
import { maskPhone } from '../../platform/pii/pii.ts';

/** Sends a one-time code to a phone. */
export interface OtpSender {
  readonly name: string;
  send(phone: string, code: string): Promise<void>;
}

/** The stub sender, with the last code sent to each phone (tests read it). */
export interface LogOtpSender extends OtpSender {
  lastCode(phone: string): string | undefined;
}

/** SMS STUB — nothing is sent; see the file comment. */
export function createLogOtpSender(opts: { log?: (line: string) => void; file?: string } = {}): LogOtpSender {
  const last = new Map<string, string>();
  return {
    name: 'sms-stub',
    async send(phone, code) {
      if (last.size > 10_000) last.clear();
      last.set(phone, code);
      opts.log?.(
        `[SMS STUB — nothing sent] one-time code for ${maskPhone(phone)}${opts.file ? ` in ${opts.file}` : ''}`,
      );
      if (opts.file) await fs.promises.appendFile(opts.file, `${phone} ${code}\n`, { mode: 0o600 });
    },
    lastCode: (phone) => last.get(phone),
  };
}
