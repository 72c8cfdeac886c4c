// Trunk post_build hook: puts the sha256 of every inline <script> of the
// staged index.html into its Content-Security-Policy (INLINE_SCRIPT_HASHES),
// so the page runs trunk's loader and nothing else inline.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('csp-hashes: no TRUNK_STAGING_DIR');
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
if (!html.includes('INLINE_SCRIPT_HASHES')) throw new Error('csp-hashes: no INLINE_SCRIPT_HASHES in index.html');
writeFileSync(file, html.replace('INLINE_SCRIPT_HASHES', hashes.join(' ')));
console.log(`csp-hashes: ${hashes.length} inline script(s) allowed`);
