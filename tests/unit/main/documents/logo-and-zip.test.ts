import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { logoSize } from '../../../../src-main/documents/logo';
import { zipEntryNames } from '../../../../src-main/documents/zip-entries';
import { solidPng } from '../../../fixtures/documents/png';

/** The smallest JPEG header that says its size: SOI, an APP0 segment, then SOF0 (height, width). */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...new Array<number>(9).fill(0)]);
}

describe('the logo’s size on the letterhead', () => {
  const box = { width: 208, height: 83 };

  it('fits the box and keeps the image’s proportions', () => {
    expect(logoSize({ type: 'png', data: solidPng(300, 150, [0, 0, 0]) }, box)).toEqual({ width: 166, height: 83 });
    expect(logoSize({ type: 'png', data: solidPng(1000, 100, [0, 0, 0]) }, box)).toEqual({ width: 208, height: 21 });
    expect(logoSize({ type: 'jpg', data: jpegHeader(640, 480) }, box)).toEqual({ width: 111, height: 83 });
  });

  it('never enlarges a small logo', () => {
    expect(logoSize({ type: 'png', data: solidPng(40, 20, [0, 0, 0]) }, box)).toEqual({ width: 40, height: 20 });
  });

  it('gives an image whose size cannot be read a square the box’s height', () => {
    expect(logoSize({ type: 'jpg', data: new Uint8Array([1, 2, 3]) }, box)).toEqual({ width: 83, height: 83 });
    expect(logoSize({ type: 'png', data: jpegHeader(10, 10) }, box)).toEqual({ width: 83, height: 83 });
  });
});

describe('the names in a zip archive', () => {
  it('are read from its central directory', async () => {
    const zip = new JSZip().file('word/document.xml', '<w:document/>').file('[Content_Types].xml', '<Types/>').file('docProps/é.xml', 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', comment: 'made by a test' });
    expect(zipEntryNames(bytes)?.sort()).toEqual(['[Content_Types].xml', 'docProps/', 'docProps/é.xml', 'word/', 'word/document.xml']);
  });

  it('are null for bytes that are not a zip, or whose directory is cut off', async () => {
    expect(zipEntryNames(new TextEncoder().encode('%PDF-1.7 word/document.xml'))).toBeNull();
    expect(zipEntryNames(new Uint8Array())).toBeNull();
    const bytes = await new JSZip().file('word/document.xml', 'x').generateAsync({ type: 'uint8array' });
    const truncated = new Uint8Array([...bytes.subarray(0, 10), ...bytes.subarray(bytes.length - 22)]);
    expect(zipEntryNames(truncated)).toBeNull();
  });
});
