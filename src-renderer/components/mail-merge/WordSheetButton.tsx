import { FileText } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { Button } from '../Button';
import { saveWordSheet } from './mail-merge-actions';

/** "Fiche Word": the contact's or company's sheet as a Word document, saved where the user chooses. */
export function WordSheetButton({ kind, id }: { kind: 'contact' | 'company'; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    await saveWordSheet(kind, id, language);
    setBusy(false);
  };
  return (
    <Button icon={<FileText size={14} />} busy={busy} onClick={() => void save()} data-testid="word-sheet">
      {t('mailMerge.wordSheet.button')}
    </Button>
  );
}
