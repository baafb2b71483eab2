/** imports (French, the reference for en.ts). */
export const importsFr = {
} as const;
