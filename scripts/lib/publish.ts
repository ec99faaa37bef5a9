/**
 * Publishing a version folder without ever losing one. New files are written to a staging folder beside
 * the data (`.staging-<id>`), validated there, and renamed into place in one step; a version being replaced
 * is first renamed aside (`.replaced-<id>`) and removed only once the new one is in place, or renamed back
 * when that fails. A run that crashed half-way is finished or undone by the next run (`recoverStaging`).
 * Both kinds of folder are ignored by git and never copied into the build (vite.config.ts).
 */
import fs from 'node:fs';
import path from 'node:path';

export const STAGING_PREFIX = '.staging-';
export const REPLACED_PREFIX = '.replaced-';

export class PublishError extends Error {}

/**
 * Leftovers of an interrupted run: a staging folder is dropped (it was never published); a version renamed
 * aside is put back when its replacement never arrived, and dropped when it did.
 */
export function recoverStaging(dataDir: string): string[] {
  const notes: string[] = [];
  if (!fs.existsSync(dataDir)) return notes;
  for (const name of fs.readdirSync(dataDir)) {
    const full = path.join(dataDir, name);
    if (name.startsWith(STAGING_PREFIX)) {
      fs.rmSync(full, { recursive: true, force: true });
      notes.push(`removed the unfinished staging folder ${name}`);
    } else if (name.startsWith(REPLACED_PREFIX)) {
      const original = path.join(dataDir, name.slice(REPLACED_PREFIX.length));
      if (fs.existsSync(original)) fs.rmSync(full, { recursive: true, force: true });
      else {
        fs.renameSync(full, original);
        notes.push(`restored ${path.basename(original)}, which an interrupted --replace had set aside`);
      }
    }
  }
  return notes;
}

/**
 * Moves `stagingDir` to `dataDir/id`, setting any version there aside, then runs `commit` (the manifest
 * write). When any step fails, the new folder is taken out again and the old one put back, so the folder
 * and the manifest never disagree.
 */
export function publishFolder(dataDir: string, stagingDir: string, id: string, commit: () => void): void {
  const finalDir = path.join(dataDir, id);
  const aside = path.join(dataDir, `${REPLACED_PREFIX}${id}`);
  const hadOld = fs.existsSync(finalDir);
  let moved = false;
  try {
    if (hadOld) fs.renameSync(finalDir, aside);
    fs.renameSync(stagingDir, finalDir);
    moved = true;
    commit();
  } catch (e) {
    if (moved) fs.renameSync(finalDir, stagingDir);
    if (hadOld && !fs.existsSync(finalDir) && fs.existsSync(aside)) fs.renameSync(aside, finalDir);
    const err = e as NodeJS.ErrnoException;
    throw new PublishError(
      `could not move version ${id} into place (${err.code ?? err.message}); the published version is unchanged`,
    );
  }
  if (hadOld) fs.rmSync(aside, { recursive: true, force: true });
}
