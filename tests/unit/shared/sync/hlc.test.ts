import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, receiveHlc, tickHlc, type HlcState } from '../../../../src-shared/sync/hlc';

describe('the hybrid logical clock', () => {
  it('encodes so that string order is time order, and decodes back', () => {
    const a = encodeHlc({ wallMs: 999, counter: 5 }, 'aaaa');
    const b = encodeHlc({ wallMs: 1000, counter: 0 }, 'aaaa');
    expect(a < b).toBe(true);
    expect(decodeHlc(b)).toEqual({ wallMs: 1000, counter: 0, node: 'aaaa' });
  });

  it('always moves forward, whatever the wall clock does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (clockReadings) => {
        let state: HlcState = { wallMs: 0, counter: 0 };
        let previous = encodeHlc(state, 'n');
        for (const now of clockReadings) {
          state = tickHlc(state, now);
          const next = encodeHlc(state, 'n');
          expect(next > previous).toBe(true);
          previous = next;
        }
      }),
    );
  });

  it('after receiving a remote stamp, the next local stamp is later than both (property)', () => {
    const stamp = fc.record({ wallMs: fc.integer({ min: 0, max: 4_000_000_000_000 }), counter: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(stamp, stamp, fc.integer({ min: 0, max: 4_000_000_000_000 }), (local, remote, now) => {
        const merged = receiveHlc(local, remote, now);
        const after = encodeHlc(merged, 'n');
        expect(after > encodeHlc(local, 'n')).toBe(true);
        expect(after > encodeHlc(remote, 'n')).toBe(true);
      }),
    );
  });
});
