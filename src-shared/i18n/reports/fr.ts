/** reports (French, the reference for en.ts). */
export const reportsFr = {
  title: 'Rapports',
} as const;
