/**
 * Server-side messages in the user's language: Chinese first, English second. Modules add their
 * own catalogues with registerMessages; a missing key falls back to en-US, then to the key.
 */
export type Lang = 'zh-CN' | 'en-US';
export const LANGS: Lang[] = ['zh-CN', 'en-US'];

type Catalogue = Record<string, string>;
const catalogues: Record<Lang, Catalogue> = { 'zh-CN': {}, 'en-US': {} };

/** Adds a module's messages; keys are dotted codes like 'people.duplicate_id'. */
export function registerMessages(messages: Record<Lang, Catalogue>): void {
  for (const l of LANGS) Object.assign(catalogues[l], messages[l]);
}

/** Formats a message, replacing {name} placeholders with params. */
export function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const text = catalogues[lang][key] ?? catalogues['en-US'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, k) => (k in params ? String(params[k]) : `{${k}}`));
}

/** Picks the language: explicit cookie/query first, then Accept-Language, then Chinese. */
export function pickLang(explicit: string | undefined, acceptLanguage: string | undefined): Lang {
  if (explicit === 'en-US' || explicit === 'zh-CN') return explicit;
  if (acceptLanguage) {
    for (const part of acceptLanguage.split(',')) {
      const tag = part.split(';')[0].trim().toLowerCase();
      if (tag.startsWith('zh')) return 'zh-CN';
      if (tag.startsWith('en')) return 'en-US';
    }
  }
  return 'zh-CN';
}

registerMessages({
  'zh-CN': {
    'error.validation': '请求内容有误，请检查标出的字段',
    'error.not_found': '对象不存在或不在您的管辖范围内',
    'error.forbidden': '您没有执行此操作的权限',
    'error.unauthenticated': '请先登录',
    'error.csrf': '请求来源校验失败，请刷新页面后重试',
    'error.conflict': '操作与当前状态冲突',
    'error.stale': '该记录已被他人修改，请刷新后重试',
    'error.internal': '服务器内部错误，请稍后重试',
    'error.bad_json': '请求体不是有效的 JSON',
    'error.too_large': '上传的文件过大',
    'error.rate_limited': '请求过于频繁，请稍后再试',
    'error.idempotency_mismatch': '同一幂等键已用于不同的请求内容',
    'error.required': '必填',
    'error.no_file': '请选择要上传的文件',
  },
  'en-US': {
    'error.validation': 'The request has errors; see the fields marked',
    'error.not_found': 'Not found, or not within your jurisdiction',
    'error.forbidden': 'You are not allowed to do this',
    'error.unauthenticated': 'Please log in first',
    'error.csrf': 'The request could not be verified; reload the page and try again',
    'error.conflict': 'This conflicts with the current state',
    'error.stale': 'Someone else changed this record; reload and try again',
    'error.internal': 'Internal server error; please try again later',
    'error.bad_json': 'The request body is not valid JSON',
    'error.too_large': 'The uploaded file is too large',
    'error.rate_limited': 'Too many requests; try again later',
    'error.idempotency_mismatch': 'This Idempotency-Key was already used for a different request',
    'error.required': 'Required',
    'error.no_file': 'Choose a file to upload',
  },
});
