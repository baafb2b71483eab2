import { UserRound, Users, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../../src-shared/domain/activities';
import { useReferenceStore } from '../../stores/reference-store';
import { FieldMessage } from '../Field';
import { RecordPicker } from '../RecordPicker';
import { searchContacts } from '../record-search';

type AttendeesFieldProps = { attendees: Attendee[]; onChange: (attendees: Attendee[]) => void; error?: string | null };

/** Who is expected: contacts of the base and users of the office. */
export function AttendeesField({ attendees, onChange, error }: AttendeesFieldProps) {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  const add = (attendee: Attendee) => {
    if (!attendees.some((other) => other.kind === attendee.kind && other.id === attendee.id)) onChange([...attendees, attendee]);
  };
  const others = users.filter((user) => !attendees.some((attendee) => attendee.kind === 'user' && attendee.id === user.id));
  return (
    <div className="attendees-field" data-field="attendees">
      {attendees.length === 0 ? (
        <p className="faint small">{t('agenda.activity.attendees.none')}</p>
      ) : (
        <ul className="attendee-list" aria-label={t('agenda.activity.sections.attendees')} data-testid="attendee-list">
          {attendees.map((attendee) => {
            const Icon = attendee.kind === 'user' ? Users : UserRound;
            return (
              <li key={`${attendee.kind}:${attendee.id}`} className="attendee-chip">
                <Icon size={12} aria-label={t(`agenda.activity.attendees.${attendee.kind}`)} />
                <span className="truncate">{attendee.name}</span>
                <button
                  type="button"
                  className="attendee-remove"
                  aria-label={t('agenda.activity.attendees.remove', { name: attendee.name })}
                  title={t('agenda.activity.attendees.remove', { name: attendee.name })}
                  onClick={() => onChange(attendees.filter((other) => other !== attendee))}
                >
                  <X size={12} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-grid">
        <RecordPicker
          label={t('agenda.activity.attendees.addContact')}
          placeholder={t('agenda.activity.attendees.addContact')}
          value={null}
          onChange={(picked) => picked && add({ kind: 'contact', id: picked.id, name: picked.name })}
          search={searchContacts}
          excludeIds={attendees.filter((attendee) => attendee.kind === 'contact').map((attendee) => attendee.id)}
          hideLabel
        />
        {others.length > 0 && (
          <select
            className="input select attendee-user-select"
            value=""
            aria-label={t('agenda.activity.attendees.addUser')}
            onChange={(event) => {
              const user = others.find((candidate) => candidate.id === event.target.value);
              if (user) add({ kind: 'user', id: user.id, name: user.displayName });
            }}
          >
            <option value="">{t('agenda.activity.attendees.addUser')}</option>
            {others.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName}
              </option>
            ))}
          </select>
        )}
      </div>
      <FieldMessage id="attendees" error={error} />
    </div>
  );
}
