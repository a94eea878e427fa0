/**
 * Prints the nginx directives that send the same security headers as `dist/_headers`, for a
 * `server { … }` block whose `root` is the built `dist/`. Run after a build: the CSP hashes
 * follow the built pages.
 */
import { readFileSync } from 'node:fs';
import { nginxSnippet, parseHeadersFile } from '../src/lib/security/headers.ts';

const distDir = process.argv[2] ?? 'dist';
process.stdout.write(nginxSnippet(parseHeadersFile(readFileSync(`${distDir}/_headers`, 'utf8'))));
