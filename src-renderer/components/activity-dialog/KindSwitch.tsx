import { CalendarClock, CheckSquare, Mail, MapPin, Phone, StickyNote, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type ActivityKind } from '../../../src-shared/domain/activities';

export const kindIcons: Record<ActivityKind, LucideIcon> = {
  task: CheckSquare,
  call: Phone,
  meeting: CalendarClock,
  visit: MapPin,
  note: StickyNote,
  email: Mail,
};

type KindSwitchProps = { kind: ActivityKind; onChange: (kind: ActivityKind) => void; locked: boolean };

/** The kind of activity: chosen when it is created, shown afterwards. */
export function KindSwitch({ kind, onChange, locked }: KindSwitchProps) {
  const { t } = useTranslation();
  const name = useId();
  const label = t('agenda.activity.fields.kind');
  if (locked) {
    const Icon = kindIcons[kind];
    return (
      <div className="field">
        <span className="field-label">{label}</span>
        <span className={`activity-kind-badge kind-${kind}`} data-testid="activity-kind">
          <Icon size={14} aria-hidden="true" />
          {t(`agenda.activity.kinds.${kind}`)}
        </span>
      </div>
    );
  }
  return (
    <fieldset className="field segmented-field" data-field="kind">
      <legend className="field-label">{label}</legend>
      <div className="segmented activity-kinds" role="radiogroup" aria-label={label}>
        {activityKinds.map((option) => {
          const Icon = kindIcons[option];
          return (
            <label key={option} className={`segment ${option === kind ? 'segment-on' : ''}`} data-testid={`activity-kind-${option}`}>
              <input type="radio" name={name} value={option} checked={option === kind} onChange={() => onChange(option)} />
              <Icon size={14} aria-hidden="true" />
              <span>{t(`agenda.activity.kinds.${option}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
