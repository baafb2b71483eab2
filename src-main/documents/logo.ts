import type { QuoteDocumentModel } from '../../src-shared/domain/quote-document';

export type Logo = NonNullable<QuoteDocumentModel['seller']['logo']>;
export type Size = { width: number; height: number };

/** A PNG's pixel size, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): Size | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 24 || view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A JPEG's pixel size, from its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSize(bytes: Uint8Array): Size | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint16(0) !== 0xffd8) return null;
  let offset = 2;
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

/**
 * The logo's size scaled to fit a box, keeping its proportions (never enlarged). An image whose
 * size cannot be read gets the box's height and a square shape rather than failing the quote.
 */
export function logoSize(logo: Logo, box: Size): Size {
  const natural = (logo.type === 'png' ? pngSize(logo.data) : jpegSize(logo.data)) ?? { width: box.height, height: box.height };
  const scale = Math.min(1, box.width / natural.width, box.height / natural.height);
  return { width: Math.max(1, Math.round(natural.width * scale)), height: Math.max(1, Math.round(natural.height * scale)) };
}
