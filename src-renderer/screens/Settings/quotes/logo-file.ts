import { logoProblem, logoType } from '../../../../src-shared/domain/logo';
import { MAX_LOGO_BYTES, type QuoteSettings } from '../../../../src-shared/domain/quotes';
import { localeOf, type Language } from '../../../../src-shared/i18n';

export type Logo = NonNullable<QuoteSettings['logo']>;

/** Why an image cannot be the logo, found before anything is sent. */
export type LogoRefusal = { problem: 'tooLarge' | 'wrongType' | 'unreadable'; size: number };

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a 150 kB array into one call overflows the argument stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/**
 * The picked image as the logo the core takes (PNG or JPEG, told by its first bytes, at most
 * MAX_LOGO_BYTES), or why not: the same rule as the core's, so a refusal is said at once.
 */
export async function readLogoFile(file: File): Promise<Logo | LogoRefusal> {
  try {
    const head = base64Of(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
    if (!logoType(head)) return { problem: 'wrongType', size: file.size };
    if (file.size > MAX_LOGO_BYTES) return { problem: 'tooLarge', size: file.size };
    const base64 = base64Of(new Uint8Array(await file.arrayBuffer()));
    const type = logoType(base64);
    if (!type || logoProblem(base64)) return { problem: 'wrongType', size: file.size };
    return { base64, type };
  } catch {
    return { problem: 'unreadable', size: file.size };
  }
}

export const isRefusal = (value: Logo | LogoRefusal): value is LogoRefusal => 'problem' in value;

/** The image as a data URL for the preview. */
export const logoSource = (logo: Logo): string => `data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${logo.base64}`;

/** "150 ko" / "150 kB": decimal kilobytes, as the limit is written. */
export function formatKilobytes(lang: Language, bytes: number): string {
  return new Intl.NumberFormat(localeOf[lang], { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.ceil(bytes / 1000));
}
