/** duplicates (French, the reference for en.ts). */
export const duplicatesFr = {
} as const;
