/** importWizard (French, the reference for en.ts). */
export const importWizardFr = {
} as const;
