import type { CSSProperties } from 'react';
import { initials } from '../lib/text-match';

const hues = [215, 260, 190, 150, 25, 330, 45, 280];

function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hues[Math.abs(hash) % hues.length] ?? 215;
}

/** Initials on a colour derived from the name: a quick visual anchor in lists and headers. */
export function Avatar({ name, size = 'md', square = false }: { name: string; size?: 'sm' | 'md' | 'lg'; square?: boolean }) {
  return (
    <span
      className={`avatar avatar-${size} ${square ? 'avatar-square' : ''}`}
      style={{ '--avatar-hue': String(hueOf(name)) } as CSSProperties}
      aria-hidden="true"
    >
      {initials(name)}
    </span>
  );
}
