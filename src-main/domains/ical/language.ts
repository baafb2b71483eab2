import type { Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { getMeta } from '../../core/meta';

/** The interface language chosen on this PC: the words written into files and refusals. */
export function appLanguage(core: Core): Language {
  return getMeta(core.db, 'settings.language') === 'en' ? 'en' : 'fr';
}
