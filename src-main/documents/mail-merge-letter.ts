import { AlignmentType, convertMillimetersToTwip, Document, Packer, Paragraph } from 'docx';
import type { Language } from '../../src-shared/i18n';
import { sellerName } from './docx-sections';
import { contentWidth, page, runs, sideBySide, size } from './docx-style';
import { fontFamily } from './look';

/** The letter's text size, in half-points: a little larger than a quote's. */
const letterSize = size.body + 3;

type Spacing = { before?: number; after?: number; line?: number };

function line(text: string, spacing: Spacing = {}, options: { bold?: boolean; right?: boolean; indent?: number } = {}): Paragraph {
  return new Paragraph({
    children: runs(text, { size: letterSize, bold: options.bold }),
    spacing,
    alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: options.indent ? { left: options.indent } : undefined,
  });
}

/**
 * The shipped letters' own words, with their merge fields: French letters close with a formula
 * that repeats the greeting; English ones do not.
 */
const letterWords: Readonly<Record<Language, { title: string; date: string; subject: string; closing: string }>> = {
  fr: {
    title: 'Lettre type',
    date: 'Le {{today}}',
    subject: 'Objet\u00a0: {{letter.subject}}',
    closing: 'Je vous prie d’agréer, {{contact.salutation}}, l’expression de mes salutations distinguées.',
  },
  en: { title: 'Letter', date: '{{today}}', subject: 'Subject: {{letter.subject}}', closing: 'Yours sincerely,' },
};

/**
 * The letter shipped with the CRM, resources/templates/letter-<language>.docx (written by
 * scripts/make-letter-template.ts): the sender on the left, the recipient's address block on
 * the right where a window envelope shows it, the date, the subject, the greeting, the text
 * typed in the mail merge dialog, the closing and the signature.
 */
export async function buildShippedLetter(language: Language): Promise<Uint8Array> {
  const words = letterWords[language];
  const document = new Document({
    creator: 'CRM',
    title: words.title,
    styles: { default: { document: { run: { font: fontFamily, size: letterSize } } } },
    sections: [
      {
        properties: { page: { size: { width: page.width, height: page.height }, margin: { ...page.margin, header: page.headerFooter, footer: page.headerFooter } } },
        children: [
          sideBySide(
            [sellerName('{{owner.name}}'), line('{{owner.email}}')],
            // A window envelope (DL, window on the right) shows the block about 45 mm from the top of the page.
            [line('{{contact.address_block}}', { before: convertMillimetersToTwip(22) })],
          ),
          line(words.date, { before: 600 }, { right: true }),
          line(words.subject, { before: 480, after: 360 }, { bold: true }),
          line('{{contact.salutation}},', { after: 240 }),
          line('{{letter.body}}', { after: 240, line: 300 }),
          line(words.closing, { after: 600 }),
          line('{{owner.name}}', {}, { indent: Math.floor(contentWidth * 0.55) }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
