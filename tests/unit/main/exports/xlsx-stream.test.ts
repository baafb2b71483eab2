import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it, vi } from 'vitest';
import type { ExportColumn } from '../../../../src-main/domains/exports/columns/types';
import { xlsxContent } from '../../../../src-main/domains/exports/xlsx';

type Row = { id: string };
const columns: ExportColumn<Row>[] = [{ id: 'id', header: 'Id', label: '', kind: 'text', value: (row) => row.id }];
const options = { language: 'fr' as const, timeZone: 'Europe/Paris', sheetName: 'Contacts', creator: 'CRM' };

describe('the streamed workbook', () => {
  it('stops reading the list when the file cannot be written (a full disk), instead of writing on in memory', async () => {
    let pagesRead = 0;
    let released = false;
    async function* pages(): AsyncGenerator<Row[]> {
      try {
        for (let page = 0; page < 1000; page++) {
          pagesRead += 1;
          yield Array.from({ length: 500 }, (_, index) => ({ id: `row-${page}-${index}-${'x'.repeat(40)}` }));
        }
      } finally {
        released = true;
      }
    }
    const refusing = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('ENOSPC: no space left on device'));
      },
    });
    await expect(pipeline(xlsxContent(pages(), columns, options), refusing)).rejects.toThrow('ENOSPC');
    await vi.waitFor(() => expect(released).toBe(true));
    expect(pagesRead).toBeLessThan(1000);
  });

  it('waits for a slow file: pages are read as the file takes them, not all at once into memory', async () => {
    let pagesRead = 0;
    let released = false;
    async function* pages(): AsyncGenerator<Row[]> {
      try {
        for (let page = 0; page < 1000; page++) {
          pagesRead += 1;
          yield Array.from({ length: 500 }, (_, index) => ({ id: `row-${page}-${index}-${'x'.repeat(40)}` }));
        }
      } finally {
        released = true;
      }
    }
    // Nobody reads the file yet (a disk that does not keep up): the writer stops after a few pages.
    const content = xlsxContent(pages(), columns, options);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pagesRead).toBeLessThan(50);
    content.destroy();
    await vi.waitFor(() => expect(released).toBe(true));
  });

  it('fails with the list’s own error (a cancel) and ends the file there', async () => {
    async function* pages(): AsyncGenerator<Row[]> {
      yield [{ id: 'a' }];
      throw new Error('cancelled');
    }
    const sink = new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    });
    await expect(pipeline(xlsxContent(pages(), columns, options), sink)).rejects.toThrow('cancelled');
  });
});
