/**
 * Per-field validation messages in the user's language, written for people rather than
 * translated from zod's own texts: each common zod issue code becomes one short sentence.
 */
import { registerMessages, t, type Lang } from '../i18n.ts';

/** One zod issue as fastify-type-provider-zod hands it over (code, path, message, extra params). */
export interface ZodIssueLike {
  code: string;
  message?: string;
  /** The issue's own fields besides code, path and message (expected, minimum, format, values...). */
  params: Record<string, any>;
  /** True when the value at the path was absent (undefined). */
  missing?: boolean;
}

const TYPES = ['string', 'number', 'int', 'boolean', 'object', 'array', 'date', 'bigint', 'null', 'file'];

registerMessages({
  'zh-CN': {
    'validation.required': '必填',
    'validation.unique': '不能有重复项',
    'validation.type': '应为{type}',
    'validation.type.string': '文本',
    'validation.type.number': '数字',
    'validation.type.int': '整数',
    'validation.type.boolean': '布尔值（true 或 false）',
    'validation.type.object': '对象',
    'validation.type.array': '列表',
    'validation.type.date': '日期',
    'validation.type.bigint': '整数',
    'validation.type.null': '空值',
    'validation.type.file': '文件',
    'validation.type.other': '正确的类型',
    'validation.string.empty': '不能为空',
    'validation.string.min': '至少 {n} 个字符',
    'validation.string.max': '最多 {n} 个字符',
    'validation.string.exact': '必须是 {n} 个字符',
    'validation.number.min': '不能小于 {n}',
    'validation.number.gt': '必须大于 {n}',
    'validation.number.max': '不能大于 {n}',
    'validation.number.lt': '必须小于 {n}',
    'validation.number.multiple': '必须是 {n} 的倍数',
    'validation.array.empty': '至少需要一项',
    'validation.array.min': '至少 {n} 项',
    'validation.array.max': '最多 {n} 项',
    'validation.array.exact': '必须是 {n} 项',
    'validation.date.min': '不能早于 {n}',
    'validation.date.max': '不能晚于 {n}',
    'validation.format': '格式不正确',
    'validation.format.uuid': '不是有效的编号（UUID）',
    'validation.format.email': '不是有效的电子邮箱地址',
    'validation.format.url': '不是有效的网址',
    'validation.format.datetime': '不是有效的时间（ISO 8601，如 2026-01-31T08:00:00Z）',
    'validation.format.date': '不是有效的日期（YYYY-MM-DD）',
    'validation.format.regex': '格式不正确',
    'validation.enum': '只能是以下之一：{values}',
    'validation.unknown_key': '不允许的字段',
    'validation.invalid': '取值无效',
    'error.media_type': '请求内容类型不受支持（请发送 JSON，上传文件请用 multipart/form-data）',
    'error.request': '请求无法处理，请检查后重试',
  },
  'en-US': {
    'validation.required': 'Required',
    'validation.unique': 'must not list the same item twice',
    'validation.type': 'Must be {type}',
    'validation.type.string': 'text',
    'validation.type.number': 'a number',
    'validation.type.int': 'a whole number',
    'validation.type.boolean': 'true or false',
    'validation.type.object': 'an object',
    'validation.type.array': 'a list',
    'validation.type.date': 'a date',
    'validation.type.bigint': 'a whole number',
    'validation.type.null': 'null',
    'validation.type.file': 'a file',
    'validation.type.other': 'of the right type',
    'validation.string.empty': 'Must not be empty',
    'validation.string.min': 'At least {n} characters',
    'validation.string.max': 'At most {n} characters',
    'validation.string.exact': 'Exactly {n} characters',
    'validation.number.min': 'Must be at least {n}',
    'validation.number.gt': 'Must be greater than {n}',
    'validation.number.max': 'Must be at most {n}',
    'validation.number.lt': 'Must be less than {n}',
    'validation.number.multiple': 'Must be a multiple of {n}',
    'validation.array.empty': 'Choose at least one',
    'validation.array.min': 'At least {n} items',
    'validation.array.max': 'At most {n} items',
    'validation.array.exact': 'Exactly {n} items',
    'validation.date.min': 'Must not be before {n}',
    'validation.date.max': 'Must not be after {n}',
    'validation.format': 'Wrong format',
    'validation.format.uuid': 'Not a valid id (UUID)',
    'validation.format.email': 'Not a valid e-mail address',
    'validation.format.url': 'Not a valid web address',
    'validation.format.datetime': 'Not a valid time (ISO 8601, e.g. 2026-01-31T08:00:00Z)',
    'validation.format.date': 'Not a valid date (YYYY-MM-DD)',
    'validation.format.regex': 'Wrong format',
    'validation.enum': 'Must be one of: {values}',
    'validation.unknown_key': 'This field is not allowed',
    'validation.invalid': 'Invalid value',
    'error.media_type': 'Unsupported content type (send JSON; upload files as multipart/form-data)',
    'error.request': 'The request could not be processed; check it and try again',
  },
});

const known = (lang: Lang, key: string) => t(lang, key) !== key;

/** A bound as people read it: a date bound as its day, a number as written (never throws). */
function bound(v: unknown, origin?: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (origin === 'date' && (typeof v === 'number' || v instanceof Date)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? String(v) : d.toISOString().slice(0, 10);
  }
  return String(v);
}

function sizeMessage(lang: Lang, issue: ZodIssueLike, small: boolean): string {
  const p = issue.params;
  const n = bound(small ? p.minimum : p.maximum, p.origin);
  const inclusive = p.inclusive !== false;
  switch (p.origin) {
    case 'string':
      if (p.exact) return t(lang, 'validation.string.exact', { n });
      if (small && Number(p.minimum) === 1) return t(lang, 'validation.string.empty');
      return t(lang, small ? 'validation.string.min' : 'validation.string.max', { n });
    case 'array':
    case 'set':
      if (p.exact) return t(lang, 'validation.array.exact', { n });
      if (small && Number(p.minimum) === 1) return t(lang, 'validation.array.empty');
      return t(lang, small ? 'validation.array.min' : 'validation.array.max', { n });
    case 'date':
      return t(lang, small ? 'validation.date.min' : 'validation.date.max', { n });
    default:
      if (small) return t(lang, inclusive ? 'validation.number.min' : 'validation.number.gt', { n });
      return t(lang, inclusive ? 'validation.number.max' : 'validation.number.lt', { n });
  }
}

/** The message for one issue in lang. A custom message that is a message key is translated. */
export function issueMessage(lang: Lang, issue: ZodIssueLike): string {
  const p = issue.params ?? {};
  // A schema may name its own message key (e.g. .regex(re, 'accounts.totp_invalid')).
  if (issue.message && known(lang, issue.message)) return t(lang, issue.message, p.params ?? p);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.missing || /received undefined$/.test(issue.message ?? ''))
        return t(lang, 'validation.required');
      const type = TYPES.includes(p.expected) ? p.expected : 'other';
      return t(lang, 'validation.type', { type: t(lang, `validation.type.${type}`) });
    }
    case 'too_small':
      return sizeMessage(lang, issue, true);
    case 'too_big':
      return sizeMessage(lang, issue, false);
    case 'not_multiple_of':
      return t(lang, 'validation.number.multiple', { n: bound(p.divisor) });
    case 'invalid_format': {
      const key = `validation.format.${p.format}`;
      return known(lang, key) ? t(lang, key) : t(lang, 'validation.format');
    }
    case 'invalid_value':
      return t(lang, 'validation.enum', {
        values: (Array.isArray(p.values) ? p.values : []).map((v: unknown) => String(v)).join(', '),
      });
    case 'unrecognized_keys':
      return t(lang, 'validation.unknown_key');
    case 'custom':
      return issue.message || t(lang, 'validation.invalid');
    default:
      return t(lang, 'validation.invalid');
  }
}
