/**
 * What the login page costs on a first visit: the JavaScript the browser must fetch before the
 * login form shows (the entry chunk and every chunk it imports statically, never the chunks pages
 * load on demand), measured gzip-compressed from the build's Vite manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The limit of the login page's first load, gzip bytes (issue 16: under 400 KB). */
export const LOGIN_JS_LIMIT = 400 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The files (relative to the build folder) the entry loads before any page code on demand. */
export function firstLoadFiles(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error('the manifest names no entry');
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) walk(i);
  };
  walk(entry);
  return [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}

/** Gzip size of each first-load file and the total, for a built client in `dir`. */
export function measureFirstLoad(dir: string): { total: number; files: { file: string; gzip: number }[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = firstLoadFiles(manifest)
    .map((file) => ({ file, gzip: gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  return { total: files.reduce((s, f) => s + f.gzip, 0), files };
}

if (process.argv[1] === import.meta.filename) {
  const dir = process.argv[2] ?? path.resolve(import.meta.dirname, '..', 'web', 'dist');
  const r = measureFirstLoad(dir);
  for (const f of r.files.slice(0, 15))
    console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB  ${f.file}`);
  console.log(`${(r.total / 1024).toFixed(1).padStart(8)} KB  total (limit ${LOGIN_JS_LIMIT / 1024} KB)`);
}
