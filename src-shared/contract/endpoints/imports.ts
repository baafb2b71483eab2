/** Filled by the issue 6 work on imports. */
export const importEndpoints = {} as const;
