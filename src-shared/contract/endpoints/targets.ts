/** Sales targets per salesperson and team, per month or quarter (written by managers). */
export const targetEndpoints = {} as const;
