/** The dashboard: indicators of the user, or of a team for managers, over a period. */
export const dashboardEndpoints = {} as const;
