/** mailMerge (French, the reference for en.ts). */
export const mailMergeFr = {
} as const;
