import 'i18next';
import type { fr } from '../../src-shared/i18n/fr';

// Every t('…') key is checked against the French catalogue (en.ts has the same shape).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}
