import { v7 as uuidv7 } from 'uuid';
import { duplicateScanInput } from '../../../src-shared/contract/inputs/duplicates';
import type { DuplicateEvidence, DuplicateGroup, DuplicateReason, DuplicateScanResult } from '../../../src-shared/domain/duplicates';
import { runTask } from '../../core/tasks';
import { scanDuplicates } from '../../domains/duplicates/scan';
import type { CliCommand } from '../args';
import { withCore, type CliIo, type CommandContext } from '../io';

/** The most groups the command lists (the scan's own maximum); the total says when there were more. */
const LISTED_GROUPS = 2_000;

const reasonWords: Record<DuplicateReason, string> = {
  same_email: 'same e-mail',
  same_phone: 'same phone',
  same_legal_id: 'same legal id',
  same_siren: 'same SIREN',
  same_website: 'same website',
  same_name: 'same name',
  similar_name: 'similar name',
  same_company: 'same company',
  same_city: 'same city',
};

function evidenceText(evidence: DuplicateEvidence): string {
  return evidence.reason === 'similar_name' || evidence.reason === 'same_name' ? reasonWords[evidence.reason] : `${reasonWords[evidence.reason]} ${evidence.value}`;
}

function groupLines(group: DuplicateGroup, index: number): string[] {
  const records = group.records.map((record) => {
    const where = [record.companyName, record.city].filter(Boolean).join(', ');
    return `${record.displayName || '(no name)'}${where ? ` (${where})` : ''}`;
  });
  const evidence = [...new Set(group.pairs.flatMap((pair) => pair.evidence.map(evidenceText)))];
  return [`${index + 1}. ${group.score.toFixed(2)}  ${records.join(' · ')}`, `   ${evidence.join(', ')}`];
}

/** Progress on stderr, as the seed shows it: one redrawn line on a terminal, a line per 10% otherwise. */
function progressPrinter(io: CliIo): (done: number, total: number | null) => void {
  let lastTenth = -1;
  return (done, total) => {
    if (!total) return;
    const percent = Math.floor((done / total) * 100);
    if (io.interactive) {
      io.err(`\rscanning: ${percent}%${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      io.err(`scanning: ${percent}%\n`);
    }
  };
}

function summaryLine(result: DuplicateScanResult, label: string): string {
  const seconds = (result.tookMs / 1000).toFixed(1);
  const listed = result.groups.length < result.totalGroups ? `, the best ${result.groups.length} listed` : '';
  const dismissed = result.dismissed > 0 ? `, ${result.dismissed} pairs set aside as not duplicates` : '';
  return `${label}: ${result.totalGroups} groups of possible duplicates among ${result.scanned} records${listed}${dismissed} (${seconds} s)`;
}

/** `crm duplicates --scan [--entity contacts|companies] [--json]`: the whole base scanned for look-alike records, best first. */
export async function runDuplicates(ctx: CommandContext, command: Extract<CliCommand, { name: 'duplicates' }>): Promise<void> {
  const entity = command.entity === 'companies' ? 'company' : 'contact';
  const input = duplicateScanInput.parse({ entity, limit: LISTED_GROUPS, taskId: uuidv7() });
  const result = await withCore(ctx.dataDir, { mustExist: true }, (core) => {
    const show = progressPrinter(ctx.io);
    const stop = core.events.subscribe((name, payload) => {
      if (name === 'task.progress') show((payload as { done: number }).done, (payload as { total: number | null }).total);
    });
    return runTask(core, input.taskId, (task) => scanDuplicates(core, task, input)).finally(stop);
  });
  if (command.json) {
    ctx.io.out(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [summaryLine(result, command.entity === 'companies' ? 'Companies' : 'Contacts'), ...result.groups.flatMap(groupLines)];
  ctx.io.out(`${lines.join('\n')}\n`);
}
