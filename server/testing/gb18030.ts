/**
 * Encodes text as GB18030 (Excel's default for a Chinese CSV), for tests of imports: the two-byte
 * range is searched through the platform's own decoder, so only characters it knows can be encoded.
 */
export function encodeGb18030(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      table.set(dec.decode(Uint8Array.from([a, b])), [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...table.get(ch)!);
  }
  return Buffer.from(out);
}
