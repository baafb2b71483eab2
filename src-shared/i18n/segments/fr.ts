/** segments (French, the reference for en.ts). */
export const segmentsFr = {
  title: 'Segments',
} as const;
