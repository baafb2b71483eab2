/** Filled by the issue 6 work on duplicates. */
export const duplicateEndpoints = {} as const;
