/** Filled by the issue 6 work on exports. */
export const exportEndpoints = {} as const;
