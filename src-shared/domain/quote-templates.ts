/**
 * Which layout quotes are printed with on this PC: the built-in one, or the office's own Word
 * template (its name as chosen, size, when it was saved, and the placeholders it holds).
 */
export type QuoteTemplateState = {
  custom: boolean;
  fileName: string | null;
  size: number | null;
  /** ISO date-time. */
  savedAt: string | null;
  placeholders: {
    /** Quote placeholders the template holds, in its order. */
    found: string[];
    /** Placeholders it holds that are not quote fields: left as typed, worth a warning. */
    unknown: string[];
  };
};
