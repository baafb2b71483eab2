/** Pipelines, deals and currencies (French, the reference catalogue for en.ts). */
export const salesFr = {
  nav: 'Affaires',
} as const;
