/** dashboard (French, the reference for en.ts). */
export const dashboardFr = {
  title: 'Tableau de bord',
} as const;
