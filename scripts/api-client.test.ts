/**
 * The acceptance of the typed client (issue 17.4): a response field renamed on the server fails tsc
 * in a real page. A copy of web/app/api.generated.ts with the inbox's `read` renamed is handed to
 * the compiler in place of the file, and the notifications page must no longer compile; with the
 * file as committed it compiles.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const GENERATED = path.join(root, 'web/app/api.generated.ts');
const PAGE = path.join(root, 'web/modules/notify/inbox.page.tsx');

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
)!;
const cache = new Map<string, ts.SourceFile | undefined>();

/** The page's type errors when api.generated.ts holds `generated`. */
function pageErrors(generated: string): string[] {
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, lang, ...rest) => {
    if (path.resolve(file) === GENERATED) return ts.createSourceFile(file, generated, lang, true);
    if (!cache.has(file)) cache.set(file, getSourceFile(file, lang, ...rest));
    return cache.get(file);
  };
  const program = ts.createProgram([PAGE], { ...config.options, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(PAGE))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the typed client', () => {
  it('makes tsc fail in a page that reads a response field renamed on the server', () => {
    const text = ts.sys.readFile(GENERATED)!;
    const start = text.indexOf('"/api/notify/inbox": {');
    const end = text.indexOf('\n    "/api/', start + 1);
    const block = text.slice(start, end);
    expect(block).toMatch(/\bread: boolean;/);
    const renamed =
      text.slice(0, start) + block.replace(/\bread: boolean;/, 'seen: boolean;') + text.slice(end);

    expect(pageErrors(text)).toEqual([]);
    const errors = pageErrors(renamed);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/'read'/);
  });
});
