import { translate, type Language } from '../../src-shared/i18n';

export type QuoteTemplateProblem = 'not_docx' | 'no_placeholders' | 'too_large';

/**
 * A Word template refused before anything is filled or written. `message` is in the user's
 * language, ready to show; `code` says which problem it is.
 */
export class QuoteTemplateError extends Error {
  readonly code: QuoteTemplateProblem;

  constructor(code: QuoteTemplateProblem, language: Language, params?: Record<string, string | number>) {
    super(translate(language, `quoteDocument.templateErrors.${code}`, params));
    this.name = 'QuoteTemplateError';
    this.code = code;
  }
}
