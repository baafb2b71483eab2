import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleQuoteTemplate } from '../src-main/documents/sample-template';

/**
 * Writes the sample Word quote template, resources/templates/quote-template.docx (see
 * resources/templates/README.md). Run after changing src-main/documents/sample-template.ts:
 * `npx tsx scripts/make-quote-template.ts`.
 */
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'templates', 'quote-template.docx');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, await buildSampleQuoteTemplate());
console.log(`Wrote ${target}`);
