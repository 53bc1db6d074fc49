/** The XML answers of Open311: the JSON answer as elements, well-formed whatever the stored text holds. */

/** Characters XML 1.0 does not allow (controls other than tab and line breaks, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const esc = (s: string) =>
  s
    .replace(NOT_XML, '\uFFFD')
    .replace(
      /[<>&'"]/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
    );

function node(name: string, v: unknown): string {
  if (v === null || v === undefined) return `<${name}/>`;
  if (Array.isArray(v)) {
    const item = name.endsWith('s') ? name.slice(0, -1) : 'item';
    return `<${name}>${v.map((x) => node(item, x)).join('')}</${name}>`;
  }
  if (typeof v === 'object')
    return `<${name}>${Object.entries(v as object)
      .map(([k, x]) => node(k, x))
      .join('')}</${name}>`;
  return `<${name}>${esc(String(v))}</${name}>`;
}

/** Serialises a JSON answer as the spec's XML: a root holding one element per item. */
export function toXml(root: string, item: string, data: unknown): string {
  const body = Array.isArray(data)
    ? data.map((d) => node(item, d)).join('')
    : Object.entries(data as object)
        .map(([k, v]) => node(k, v))
        .join('');
  return `<?xml version="1.0" encoding="utf-8"?><${root}>${body}</${root}>`;
}
