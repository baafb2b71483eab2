import { Document, Footer, Header, Packer, Paragraph, TextRun } from 'docx';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { ApiInput } from '../../../../../src-shared/contract/api';
import type { IncomingFile, OutgoingFile } from '../../../../../src-shared/domain/files';
import { findFile, receiveFile } from '../../../../../src-main/files/store';
import { call, type TestCore } from '../../../../helpers/core';

export type People = {
  acme: { id: string };
  helene: { id: string };
  jean: { id: string };
  marc: { id: string };
  zoe: { id: string };
  anne: { id: string };
};

const contact = (core: TestCore, input: ApiInput<'contacts.create'>) => call(core, 'contacts.create', input);

/**
 * An office's contacts: Hélène with her own address at ACME, Jean at ACME without one of his own,
 * Marc who refused mailings, Zoé without any address, and Anne whose name holds `<&>` and `{{`.
 */
export async function seedPeople(core: TestCore): Promise<People> {
  const acme = await call(core, 'companies.create', {
    name: 'ACME & Fils',
    website: 'https://acme.fr',
    addresses: [{ kind: 'head_office', street: '5 avenue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' }],
  });
  const helene = await contact(core, {
    civility: 'mrs',
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    jobTitle: 'Acheteuse',
    emails: [{ label: 'work', address: 'helene@acme.fr' }],
    phones: [{ label: 'mobile', number: '06 12 34 56 78' }],
    address: '12 rue de la Paix\nBâtiment B',
    postcode: '69002',
    city: 'Lyon',
    country: 'FR',
    consentMail: 'granted',
    company: { companyId: acme.id, role: 'Acheteuse' },
  });
  const jean = await contact(core, { civility: 'mr', firstName: 'Jean', lastName: 'Dupont', company: { companyId: acme.id } });
  const marc = await contact(core, { civility: 'mr', firstName: 'Marc', lastName: 'Martin', address: '1 place Bellecour', postcode: '69002', city: 'Lyon', consentMail: 'refused' });
  const zoe = await contact(core, { firstName: 'Zoé', lastName: 'Bernard', city: 'Nantes' });
  const anne = await contact(core, {
    firstName: 'Anne',
    lastName: 'Rivière <&> {{contact.first_name}}',
    address: 'Rue Neuve 3',
    postcode: '1000',
    city: 'Bruxelles',
    country: 'BE',
  });
  return { acme, helene, jean, marc, zoe, anne };
}

/** A .docx the page would have uploaded, as an incoming file. */
export function upload(core: TestCore, name: string, bytes: Uint8Array): Promise<IncomingFile> {
  return receiveFile(core.paths.dataDir, name, bytes, 200 * 1024 * 1024);
}

/**
 * A user's letter as Word saves one after editing: a field split across runs of different
 * formatting, spaces inside braces, a field unknown to the CRM, a date in the header and a
 * recipient's field in the footer.
 */
export async function userLetter(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Lyon, le {{today}}')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Pour {{contact.full_name}}')] }) },
        children: [
          new Paragraph({ children: [new TextRun('Bonjour {{contact.'), new TextRun({ text: 'first_', bold: true }), new TextRun({ text: 'name}} !', italics: true })] }),
          new Paragraph('Société : {{ company.name }} — Ville : {{contact.city}}'),
          new Paragraph('Référence : {{dossier.numero}}'),
          new Paragraph('{{contact.address_block}}'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A real .docx without a single merge field. */
export async function letterWithoutFields(): Promise<Uint8Array> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Madame, Monsieur, {{inconnu}} veuillez trouver ci-joint notre offre.')] }] }));
}

/** A zip archive that is not a Word document. */
export function zipWithoutDocument(): Promise<Uint8Array> {
  return new JSZip().file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'uint8array' });
}

/** The files of a .zip, by name, as bytes. */
export async function zipFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) files.set(name, await (zip.file(name)?.async('uint8array') ?? Promise.resolve(new Uint8Array())));
  return files;
}

/** The bytes of a file the core made for the page to save. */
export async function outgoingBytes(core: TestCore, file: OutgoingFile): Promise<Uint8Array> {
  const stored = await findFile(core.paths.dataDir, 'outgoing', file.fileId);
  if (!stored) throw new Error(`no outgoing file ${file.fileId}`);
  return new Uint8Array(await readFile(stored.path));
}

/**
 * Whether XML is well formed as far as its tags go: every element closed in order, one root, and
 * no raw `<` or `&` outside markup and entities. Throws naming the first fault.
 */
export function assertBalancedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const tag of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = tag;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at ${tag.index}`);
    } else if (!selfClosing) {
      if (stack.length === 0) roots += 1;
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  const text = body.replace(/<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>/g, '');
  if (/</.test(text)) throw new Error('a raw < outside a tag');
  if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) throw new Error('a raw & outside an entity');
}
