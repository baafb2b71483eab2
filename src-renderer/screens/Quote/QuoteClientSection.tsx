import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../src-shared/domain/money';
import { Card, Fact, Facts } from '../../components/detail/Card';
import { SelectField, TextField } from '../../components/Field';
import { RecordPicker } from '../../components/RecordPicker';
import { searchCompanies, searchContacts } from '../../components/record-search';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate } from '../../lib/format';
import { routeHash } from '../../lib/routes';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { useIssueText } from './use-issue-text';

/** Who the quote is for, its subject, currency and dates. */
export function QuoteClientSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const draft = useQuoteEditorStore((state) => state.draft);
  const change = useQuoteEditorStore((state) => state.change);
  const issueText = useIssueText();
  if (!draft) return null;
  if (!editable) {
    return (
      <Card title={t('quotes.sections.client')} testId="quote-client">
        <Facts>
          <Fact label={t('quotes.fields.title')} wide>
            {draft.title}
          </Fact>
          <Fact label={t('quotes.fields.company')}>{draft.company && <a href={routeHash({ name: 'company', id: draft.company.id })}>{draft.company.name}</a>}</Fact>
          <Fact label={t('quotes.fields.contact')}>{draft.contact && <a href={routeHash({ name: 'contact', id: draft.contact.id })}>{draft.contact.name}</a>}</Fact>
          <Fact label={t('quotes.fields.currency')}>{draft.currency}</Fact>
          <Fact label={t('quotes.fields.issueDate')}>{formatCalendarDate(lang, draft.issueDate)}</Fact>
          <Fact label={t('quotes.fields.validUntil')}>{formatCalendarDate(lang, draft.validUntil || null)}</Fact>
        </Facts>
      </Card>
    );
  }
  return (
    <Card title={t('quotes.sections.client')} testId="quote-client">
      <TextField label={t('quotes.fields.title')} value={draft.title} onChange={(title) => change({ title })} path="title" error={issueText('title')} maxLength={200} data-testid="quote-subject" />
      <div className="form-grid">
        <RecordPicker
          label={t('quotes.fields.company')}
          placeholder={t('form.chooseCompany')}
          value={draft.company}
          onChange={(company) => change({ company })}
          search={searchCompanies}
          path="companyId"
          error={issueText('companyId')}
        />
        <RecordPicker
          label={t('quotes.fields.contact')}
          placeholder={t('form.chooseContact')}
          value={draft.contact}
          onChange={(contact) => change({ contact })}
          search={searchContacts}
          path="contactId"
          error={issueText('contactId')}
        />
      </div>
      <div className="form-grid form-grid-3">
        <SelectField
          label={t('quotes.fields.currency')}
          value={draft.currency}
          options={currencyCodes.map((code) => ({ value: code, label: code }))}
          onChange={(currency) => currency && change({ currency })}
          path="currency"
          error={issueText('currency')}
        />
        <TextField label={t('quotes.fields.issueDate')} type="date" value={draft.issueDate} onChange={(issueDate) => change({ issueDate })} path="issueDate" error={issueText('issueDate')} required />
        <TextField label={t('quotes.fields.validUntil')} type="date" value={draft.validUntil} onChange={(validUntil) => change({ validUntil })} path="validUntil" error={issueText('validUntil')} data-testid="quote-valid-until" />
      </div>
    </Card>
  );
}
