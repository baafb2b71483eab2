import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildShippedLetter } from '../src-main/documents/mail-merge-letter';
import { languages } from '../src-shared/i18n';

/**
 * Writes the letters shipped for mail merge, resources/templates/letter-fr.docx and
 * letter-en.docx (see resources/templates/README.md). Run after changing
 * src-main/documents/mail-merge-letter.ts or its words: `npx tsx scripts/make-letter-template.ts`.
 */
const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'templates');
mkdirSync(folder, { recursive: true });
for (const language of languages) {
  const target = join(folder, `letter-${language}.docx`);
  writeFileSync(target, await buildShippedLetter(language));
  console.log(`Wrote ${target}`);
}
