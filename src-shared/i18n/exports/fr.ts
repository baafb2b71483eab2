/** exports (French, the reference for en.ts). */
export const exportsFr = {
} as const;
