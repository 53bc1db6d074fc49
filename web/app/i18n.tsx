/** Chinese first, English second: the language context and t(). Modules add their own messages. */
import { createContext, useContext, type ReactNode } from 'react';

export type Lang = 'zh-CN' | 'en-US';
export type Messages = Record<Lang, Record<string, string>>;

const messages: Messages = { 'zh-CN': {}, 'en-US': {} };

/** Merges a catalogue into the global messages (called once per module at load). */
export function addMessages(m: Partial<Messages>) {
  for (const l of ['zh-CN', 'en-US'] as Lang[]) Object.assign(messages[l], m[l] ?? {});
}

/** One catalogue from the parts of a module's catalogue (split by page family); later parts win. */
export function joinMessages(...parts: Messages[]): Messages {
  return {
    'zh-CN': Object.assign({}, ...parts.map((p) => p['zh-CN'])),
    'en-US': Object.assign({}, ...parts.map((p) => p['en-US'])),
  };
}

/** Translates key with {param} placeholders; falls back to English, then to the key. */
export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const s = messages[lang][key] ?? messages['en-US'][key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in params ? String(params[k]) : `{${k}}`));
}

const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'zh-CN',
  setLang: () => {},
});

/** Provides the current language to the tree. */
export function LangProvider(props: { lang: Lang; setLang: (l: Lang) => void; children: ReactNode }) {
  return (
    <LangContext.Provider value={{ lang: props.lang, setLang: props.setLang }}>
      {props.children}
    </LangContext.Provider>
  );
}

/** The current language and its setter. */
export function useLang() {
  return useContext(LangContext);
}

/** The t() function for the current language. */
export function useT() {
  const { lang } = useLang();
  return (key: string, params?: Record<string, unknown>) => translate(lang, key, params);
}
