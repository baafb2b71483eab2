import type { ApiInput } from '../../../src-shared/contract/api';
import type { Core } from '../../../src-main/core/core';
import type { Metrics } from '../suite';
import { median, round } from '../stats';
import { call } from './call';

const LETTERS = 1_000;
const RUNS = 3;

/** A thousand contacts who accept mail and have a postal address, in name order: a letter (and a label) each. */
function thousandRecipients(core: Core): string[] {
  const ids = core.db
    .prepare(
      `SELECT id FROM contacts WHERE deleted = 0 AND consent_mail <> 'refused' AND coalesce(trim(address), '') <> '' AND (postcode IS NOT NULL OR city IS NOT NULL)
        ORDER BY sort_key LIMIT ${LETTERS}`,
    )
    .pluck()
    .all() as string[];
  if (ids.length < LETTERS) throw new Error(`the dataset holds fewer than ${LETTERS} contacts with a postal address who accept mail`);
  return ids;
}

/** The median seconds of a few runs of one merge (after one untimed run), and the file's size. */
async function timedMerge(core: Core, input: ApiInput<'mailMerge.run'>): Promise<{ seconds: number; kb: number; letters: number }> {
  let kb = 0;
  let letters = 0;
  const samples: number[] = [];
  for (let run = -1; run < RUNS; run += 1) {
    const started = performance.now();
    const result = await call(core, 'mailMerge.run', input);
    if (run >= 0) samples.push((performance.now() - started) / 1000);
    kb = Math.round(result.file.size / 1024);
    letters = result.letters;
  }
  return { seconds: round(median(samples), 2), kb, letters };
}

/**
 * `mailmerge_1000_s`: `mailMerge.run` of the shipped letter to 1,000 selected contacts into one
 * Word document, through the handler — the contacts read with their companies and owners, the
 * template read and compiled once, a thousand bodies filled and joined as sections, the .docx
 * zipped and stored for the page — as the median of a few runs; beside it the same thousand as
 * one file each in a .zip, and as L7160 address labels, with the files' sizes.
 */
export async function measureMailMerge(core: Core): Promise<Metrics> {
  const source = { kind: 'selection' as const, ids: thousandRecipients(core) };
  const body = 'Madame, Monsieur,\nNous avons le plaisir de vous inviter à notre salon.\nBien cordialement.';
  const document = await timedMerge(core, { source, output: { kind: 'document' }, subject: 'Invitation', body });
  const files = await timedMerge(core, { source, output: { kind: 'files' }, subject: 'Invitation', body });
  const labels = await timedMerge(core, { source, output: { kind: 'labels', size: 'L7160' } });
  if (document.letters !== LETTERS) throw new Error(`the merge wrote ${document.letters} letters, not ${LETTERS}`);
  return {
    mailmerge_1000_s: document.seconds,
    mailmerge_1000_kb: document.kb,
    mailmerge_1000_files_s: files.seconds,
    mailmerge_1000_files_kb: files.kb,
    mailmerge_1000_labels_s: labels.seconds,
    mailmerge_1000_labels_kb: labels.kb,
  };
}
