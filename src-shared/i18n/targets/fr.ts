/** targets (French, the reference for en.ts). */
export const targetsFr = {
  title: 'Objectifs',
} as const;
