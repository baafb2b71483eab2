import { Globe, Mail, Phone } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { EmailEntry } from '../../../src-shared/contract/inputs/common';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { formatPhone } from '../../lib/format';
import { mailtoHref, safeExternalUrl, telHref, websiteLabel } from '../../lib/safe-url';

/** Emails as mailto: links, phones in national format as tel: links, a website as a link. */
export function ContactPoints({ emails, phones, website }: { emails: EmailEntry[]; phones: PhoneNumber[]; website?: string | null }) {
  const { t } = useTranslation();
  const site = safeExternalUrl(website);
  if (emails.length === 0 && phones.length === 0 && !site) return <p className="faint">—</p>;
  return (
    <ul className="contact-points">
      {phones.map((phone, index) => {
        const href = telHref(phone.e164);
        const shown = formatPhone(phone.e164) || phone.raw;
        return (
          <li key={`p${index}`}>
            <Phone size={14} aria-hidden="true" />
            {href ? (
              <a href={href} title={t('detail.call', { number: shown })} data-testid="phone-link">
                {shown}
              </a>
            ) : (
              <span>{phone.raw}</span>
            )}
            <span className="point-label">{t(`enums.phoneLabel.${phone.label}`)}</span>
          </li>
        );
      })}
      {emails.map((email, index) => {
        const href = mailtoHref(email.address);
        return (
          <li key={`e${index}`}>
            <Mail size={14} aria-hidden="true" />
            {href ? (
              <a href={href} title={t('detail.writeTo', { address: email.address })} data-testid="email-link">
                {email.address}
              </a>
            ) : (
              <span>{email.address}</span>
            )}
            <span className="point-label">{t(`enums.emailLabel.${email.label}`)}</span>
          </li>
        );
      })}
      {site && (
        <li>
          <Globe size={14} aria-hidden="true" />
          <a href={site} target="_blank" rel="noopener noreferrer" title={t('detail.openWebsite')}>
            {websiteLabel(site)}
          </a>
        </li>
      )}
    </ul>
  );
}
