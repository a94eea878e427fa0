import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './sites.ts';

/*
 * Content sets for the editors' tools. `tests/fixtures/content/valid/` is a small, complete, valid
 * content folder; each `faults/<name>/` holds the files that differ from it (and a `removed.txt`
 * listing files it deletes). A set is assembled in a temporary folder, never in content/.
 */

export const contentFixtures = join(projectRoot, 'tests', 'fixtures', 'content');

const created: string[] = [];

/** A temporary content folder: the valid set, with the named fault set laid over it. */
export function contentSet(fault?: string): string {
  const root = mkdtempSync(join(tmpdir(), `content-${fault ?? 'valid'}-`));
  created.push(root);
  cpSync(join(contentFixtures, 'valid'), root, { recursive: true });
  if (fault === undefined) return root;
  const faultDir = join(contentFixtures, 'faults', fault);
  if (!existsSync(faultDir)) throw new Error(`no fault set ${fault} in ${contentFixtures}/faults`);
  const removed = join(faultDir, 'removed.txt');
  if (existsSync(removed)) {
    for (const path of readFileSync(removed, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')) {
      rmSync(join(root, path.trim()));
    }
  }
  cpSync(faultDir, root, { recursive: true, filter: (source) => source !== removed });
  return root;
}

/** Deletes every folder contentSet made. */
export function removeContentSets(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}
