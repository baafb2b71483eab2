/** Filled by the issue 6 work on mail-merge. */
export const mailMergeEndpoints = {} as const;
