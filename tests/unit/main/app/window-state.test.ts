import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultWindowState,
  isReachable,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  windowStateFileName,
} from '../../../../src-main/app/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const leftMonitor = { x: -2560, y: 0, width: 2560, height: 1400 };
const saved = { bounds: { x: 100, y: 80, width: 1400, height: 900 }, maximized: true };

describe('parseWindowState: validated on read', () => {
  it('restores a valid state that is on a screen', () => {
    expect(parseWindowState(JSON.stringify(saved), [laptop], laptop)).toEqual(saved);
  });

  it('restores a window on a second screen while that screen is connected', () => {
    const onLeft = { bounds: { x: -2000, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(parseWindowState(JSON.stringify(onLeft), [laptop, leftMonitor], laptop)).toEqual(onLeft);
  });

  it.each([
    ['no file', null],
    ['bad JSON', '{"bounds":'],
    ['an empty file', ''],
    ['JSON of the wrong shape', '[1,2,3]'],
    ['a string where a number is expected', JSON.stringify({ bounds: { ...saved.bounds, width: '1400' }, maximized: false })],
    ['fractional sizes', JSON.stringify({ bounds: { ...saved.bounds, width: 1400.5 }, maximized: false })],
    ['a window smaller than the minimum', JSON.stringify({ bounds: { x: 0, y: 0, width: 200, height: 100 }, maximized: false })],
    ['absurd coordinates', JSON.stringify({ bounds: { ...saved.bounds, x: 1e12 }, maximized: false })],
    ['a missing maximized flag', JSON.stringify({ bounds: saved.bounds })],
  ])('gives the defaults for %s', (_label, raw) => {
    expect(parseWindowState(raw, [laptop], laptop)).toEqual(defaultWindowState(laptop));
  });

  it('moves a window whose screen was unplugged back to the primary screen', () => {
    const onLeft = { bounds: { x: -2000, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(parseWindowState(JSON.stringify(onLeft), [laptop], laptop).bounds).toEqual(defaultWindowState(laptop).bounds);
  });
});

describe('isReachable', () => {
  it.each([
    ['fully on screen', { x: 100, y: 100, width: 1000, height: 700 }, true],
    ['title bar above the screen', { x: 100, y: -500, width: 1000, height: 700 }, false],
    ['only a sliver on the right edge', { x: 1900, y: 100, width: 1000, height: 700 }, false],
    ['far off to the right', { x: 5000, y: 100, width: 1000, height: 700 }, false],
    ['mostly off the left but title bar grabbable', { x: -800, y: 100, width: 1000, height: 700 }, true],
  ])('%s → %s', (_label, bounds, reachable) => {
    expect(isReachable(bounds, [laptop])).toBe(reachable);
  });
});

describe('defaultWindowState', () => {
  it('is centred and fits a small screen', () => {
    const small = { x: 0, y: 0, width: 1366, height: 728 };
    const state = defaultWindowState(small);
    expect(state.bounds.width).toBeLessThanOrEqual(1366);
    expect(state.bounds.height).toBeLessThanOrEqual(728);
    expect(state.bounds.x).toBe(Math.round((1366 - state.bounds.width) / 2));
    expect(isReachable(state.bounds, [small])).toBe(true);
  });
});

describe('loadWindowState / saveWindowState: a JSON file in the data folder', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the state and survives a corrupted file', () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-window-state-'));
    expect(loadWindowState(dir, [laptop], laptop)).toEqual(defaultWindowState(laptop));
    saveWindowState(dir, saved);
    expect(JSON.parse(readFileSync(join(dir, windowStateFileName), 'utf8'))).toEqual(saved);
    expect(loadWindowState(dir, [laptop], laptop)).toEqual(saved);
    writeFileSync(join(dir, windowStateFileName), '\u0000garbage');
    expect(loadWindowState(dir, [laptop], laptop)).toEqual(defaultWindowState(laptop));
  });

  it('does not throw when the folder cannot be written', () => {
    expect(() => saveWindowState(join(tmpdir(), 'crm-no-such-dir', 'nested'), saved)).not.toThrow();
  });
});
