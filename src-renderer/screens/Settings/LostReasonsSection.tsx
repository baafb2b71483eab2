import { Plus, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { rowKey } from '../../lib/field-issues';
import { scheduleRefresh } from '../../stores/live-updates';
import { notifyError } from '../../stores/notify-error';
import { attempt } from '../../stores/record-actions';
import { notify } from '../../stores/toast-store';

type Row = { key: string; id?: string; label: string };

/** Why deals are lost: the list offered when a deal goes to a lost stage. */
export function LostReasonsSection() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => invoke('lostReasons.list', {}).then((reasons) => setRows(reasons.map((reason) => ({ key: reason.id, id: reason.id, label: reason.label }))), notifyError);
  useEffect(() => {
    void load();
  }, []);
  if (!rows) return null;
  const save = async () => {
    setBusy(true);
    const reasons = rows.filter((row) => row.label.trim()).map((row) => ({ ...(row.id ? { id: row.id } : {}), label: row.label }));
    const done = await attempt(() => invoke('lostReasons.save', { reasons }));
    setBusy(false);
    if (done) {
      await load();
      scheduleRefresh('lostReason');
      notify(t('salesSettings.saved'));
    }
  };
  return (
    <Card
      title={t('salesSettings.lostReasons.title')}
      testId="settings-lost-reasons"
      actions={
        <Button size="sm" variant="primary" onClick={() => void save()} busy={busy} data-testid="save-lost-reasons">
          {t('common.save')}
        </Button>
      }
    >
      <ul className="edit-list">
        {rows.map((row, index) => (
          <li key={row.key}>
            <input
              className="input"
              value={row.label}
              maxLength={120}
              aria-label={t('salesSettings.lostReasons.label', { index: index + 1 })}
              onChange={(event) => setRows(rows.map((other) => (other.key === row.key ? { ...other, label: event.target.value } : other)))}
            />
            <IconButton size="sm" label={t('salesSettings.remove')} icon={<X size={14} />} onClick={() => setRows(rows.filter((other) => other.key !== row.key))} />
          </li>
        ))}
      </ul>
      <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setRows([...rows, { key: rowKey(), label: '' }])}>
        {t('salesSettings.lostReasons.add')}
      </Button>
    </Card>
  );
}
