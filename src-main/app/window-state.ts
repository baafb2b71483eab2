import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { log } from '../log';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };

export const windowStateFileName = 'window-state.json';
export const minWindowSize = { width: 900, height: 560 } as const;
const preferredSize = { width: 1280, height: 800 } as const;

/** How much of the window's top edge must be on a screen for the user to grab and move it. */
const minVisible = { width: 120, height: 40 } as const;

const stateSchema = z.object({
  bounds: z.object({
    x: z.number().int().min(-100_000).max(100_000),
    y: z.number().int().min(-100_000).max(100_000),
    width: z.number().int().min(minWindowSize.width).max(20_000),
    height: z.number().int().min(minWindowSize.height).max(20_000),
  }),
  maximized: z.boolean(),
});

/** A window centred on the primary screen's work area, as large as preferred and as fits. */
export function defaultWindowState(workArea: Rect): WindowState {
  const width = Math.max(minWindowSize.width, Math.min(preferredSize.width, workArea.width));
  const height = Math.max(minWindowSize.height, Math.min(preferredSize.height, workArea.height));
  return {
    bounds: {
      x: Math.round(workArea.x + (workArea.width - width) / 2),
      y: Math.round(workArea.y + (workArea.height - height) / 2),
      width,
      height,
    },
    maximized: false,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * True when the window's title bar is on some screen. Screens get unplugged (a laptop leaves its
 * docking station); restoring a window where no screen is would leave the app invisible.
 */
export function isReachable(bounds: Rect, workAreas: readonly Rect[]): boolean {
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: minVisible.height };
  return workAreas.some((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= minVisible.width && seen.height >= Math.min(minVisible.height, titleBar.height);
  });
}

/**
 * The state to restore from the saved file's text: anything unreadable, malformed or off-screen
 * gives the defaults, never an error (a broken state file must not stop the app from starting).
 */
export function parseWindowState(raw: string | null, workAreas: readonly Rect[], primary: Rect): WindowState {
  const fallback = defaultWindowState(primary);
  if (raw === null) return fallback;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return fallback;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return fallback;
  if (!isReachable(parsed.data.bounds, workAreas)) return { ...fallback, maximized: parsed.data.maximized };
  return parsed.data;
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

export function loadWindowState(dir: string, workAreas: readonly Rect[], primary: Rect): WindowState {
  let raw: string | null = null;
  try {
    raw = readFileSync(join(dir, windowStateFileName), 'utf8');
  } catch {
    raw = null; // first start: no file yet
  }
  return parseWindowState(raw, workAreas, primary);
}

/** Written to a temporary file and renamed, so a crash mid-write leaves the old state intact. */
export function saveWindowState(dir: string, state: WindowState): void {
  const file = join(dir, windowStateFileName);
  try {
    writeFileSync(`${file}.tmp`, serializeWindowState(state), 'utf8');
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    log.warn({ err: { code: (error as NodeJS.ErrnoException)?.code } }, 'could not save the window state');
  }
}
