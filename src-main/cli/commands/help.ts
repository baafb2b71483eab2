import { apiNames } from '../../../src-shared/contract/api';
import { importFields } from '../../../src-shared/domain/import-fields';
import { labelSizeIds } from '../../../src-shared/domain/mail-merge';
import type { CommandName } from '../args';
import type { CommandContext } from '../io';

const usage: Record<CommandName, string> = {
  seed: 'seed --size demo|large|huge [--seed N]   fill the database with a realistic, deterministic dataset',
  backup: 'backup                                   write a verified backup and print its path',
  restore: 'restore <file>                           restore a backup (name from the backups folder, or a path)',
  check: 'check [--json]                           integrity, schema version and record counts',
  api: "api <name> ['<json input>']              call an API endpoint, print its JSON output",
  connect: 'connect <url> --user <e-mail> [--device-name N]  log this device in to an office server',
  sync: 'sync                                     push pending changes, pull new ones, print what happened',
  server: 'server users add|list|disable|enable|reset-password|role · server teams|territories add|list|add-member|remove-member [--server-data DIR] [--email E] [--name N] [--role R] [--team T] [--territory T]',
  import: 'import <file> [--entity contacts|companies|deals] [--mapping m.json] [--on-match skip|update|create] [--dry-run]   import a CSV, Excel or vCard file',
  export: 'export contacts|companies|deals|activities [--format xlsx|csv|vcf] --out F [--view NAME] [--vcard-version 4.0|3.0]   export a list',
  mailmerge: 'mailmerge [--template T.docx] [--view NAME] --out F.docx [--per-recipient] [--labels SIZE]   letters (or address labels) for contacts',
  duplicates: 'duplicates --scan [--entity contacts|companies] [--json]   list likely duplicates across the whole base',
  help: 'help [command]                           this help',
};

const details: Partial<Record<CommandName, string>> = {
  seed: 'Sizes: demo = 200 contacts / 40 companies, large = 100,000 / 20,000, huge = 1,000,000 / 200,000.\nThe same seed always gives the same records (default seed 42). Progress goes to stderr.',
  restore:
    'The backup is verified first; the current database is kept as a safety copy in the backups folder\n(moved aside as it is when it cannot be opened); then the backup replaces it atomically. Close the app first.',
  connect:
    'The password is read from CRM_PASSWORD, else from the first line of standard input. The session token is kept\nbeside the database (sync-session.token, readable only by you), never inside it.',
  server:
    'Administers the office server\'s accounts directly in its data folder (default ./server-data), or in its\nPostgreSQL database when DATABASE_URL is set. Passwords come from CRM_PASSWORD, else the first line of standard input. Roles: administrator, manager, salesperson.',
  check: 'Exits with status 1 and says why when the database is damaged or was written by a newer version.',
  import: `Reads CSV (, ; tab or | separators; UTF-8, UTF-16 or Windows-1252), Excel .xlsx (first sheet) and vCard .vcf files.
Without --mapping, the columns are guessed from their names and the guess is printed. Rows are checked
first: when any is in error, the problems are printed (line, column, reason) and nothing is written
(status 1). --dry-run checks and writes nothing. Rows matching an existing record (same CRM id from an
export, same personal e-mail for contacts, same SIREN/SIRET or name for companies; deals by CRM id only) are skipped, updated or created
again per --on-match (default: update for a file exported with record ids, else skip). Missing companies
named by contacts or deals are created. The whole import is one transaction, and can be undone.

Mapping file (--mapping m.json): a JSON object from column names (or "#N" for the Nth column) to fields;
columns not named are left out, null leaves one out explicitly:
  { "Nom": "lastName", "Prénom": "firstName", "Société": "company", "#7": "phoneMobile", "Divers": null }
Fields of contacts: ${importFields.contact.map((field) => field.key).join(', ')}
Fields of companies: ${importFields.company.map((field) => field.key).join(', ')}
Fields of deals: ${importFields.deal.map((field) => field.key).join(', ')}`,
  mailmerge: `Without --template, the letter shipped with the CRM (resources/templates/letter-<language>.docx); without
--view, every contact, by name. Contacts who refused mailings are left out, and for --labels those without a
postal address; both are counted. --per-recipient writes a .zip with one .docx per contact. Label sizes:
${labelSizeIds.join(', ')} (A4 sheets). Merge fields: see resources/templates/README.md.`,
  api: `Example: api contacts.list '{"limit":5}'. A refusal prints the typed error as JSON on stderr (status 1).\nNames:\n${apiNames.map((name) => `  ${name}`).join('\n')}`,
};

export function helpText(topic: CommandName | undefined): string {
  if (topic) return [`usage: npm run crm -- ${usage[topic]}`, details[topic]].filter(Boolean).join('\n\n') + '\n';
  return [
    'usage: npm run crm -- [--data-dir DIR] <command> [options]',
    '',
    'Commands:',
    ...Object.values(usage).map((line) => `  ${line}`),
    '',
    'The data folder defaults to CRM_DATA_DIR, else the app\'s own folder. Exit status: 0 ok, 1 failure, 2 usage error.',
    'Diagnostics: set CRM_LOG_LEVEL=info (or debug) to see the log on stderr.',
  ].join('\n') + '\n';
}

export async function runHelp(ctx: CommandContext, command: { topic: CommandName | undefined }): Promise<void> {
  ctx.io.out(helpText(command.topic));
}
