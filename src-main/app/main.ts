import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import type { AppCommand } from '../../src-shared/contract/events';
import type { DueReminder } from '../../src-shared/domain/activities';
import { closeCore, openCore, type Core } from '../core/core';
import { APP_FOLDER, defaultDataDir } from '../core/paths';
import { attachPdfPrinter } from '../documents/printer';
import { handlers } from '../domains/handlers';
import { getProfile } from '../domains/profile/service';
import { startBackgroundJobs, type BackgroundJobs } from '../jobs/background';
import { useParseProcessSpawner } from '../jobs/parse/process-spawn';
import { log } from '../log';
import { appEntryUrl } from './app-origin';
import { appPaths } from './app-paths';
import { forwardCoreEvents, registerInvokeHandler, sendEvent } from './ipc';
import { buildMenuTemplate, menuLanguage } from './menu';
import { lockDownPermissions } from './permissions';
import { createElectronPdfPrinter } from './print-to-pdf';
import { utilityParseProcess } from './parse-process';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createReminderNotifier, electronNotifications, showRemindersOnDesktop, type ReminderNotifier } from './reminder-notifications';
import { safeStorageSecretStore } from './secret-store';
import { startupFailure } from './startup-error';
import { guardWebContents, mainWindowOptions, showWhenReady } from './window';
import { loadWindowState, saveWindowState } from './window-state';

/*
 * The Electron main process: wiring only. Each piece it wires is a small module tested in plain
 * Node; this file is what cannot run without the Electron binary.
 */

// Before 'ready': the privileged scheme, the sandbox for every renderer, and the data folder —
// the same one the CLI and browser mode use, and the key of the single-instance lock.
registerAppScheme(protocol);
app.enableSandbox();
app.setName(APP_FOLDER);
app.setPath('userData', defaultDataDir());
if (process.platform === 'win32') app.setAppUserModelId('fr.crm.desktop');

let core: Core | null = null;
let jobs: BackgroundJobs | null = null;
let mainWindow: BrowserWindow | null = null;
let reminderNotifier: ReminderNotifier | null = null;

const openExternal = (url: string): Promise<void> => shell.openExternal(url);

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** Menu commands go to the window the user is looking at. */
function sendCommand(command: AppCommand): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
  if (target) sendEvent([target.webContents], 'app.command', { command });
}

/** The save dialog for a document the core made, starting in the user's Documents folder. */
async function askSavePath(suggestedName: string): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName) };
  const owner = BrowserWindow.getFocusedWindow() ?? mainWindow;
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

function createMainWindow(preload: string): BrowserWindow {
  const userData = app.getPath('userData');
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = loadWindowState(userData, workAreas, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow(mainWindowOptions(preload, state.bounds));
  showWhenReady(window, state.maximized);
  window.on('close', () => {
    saveWindowState(userData, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(appEntryUrl).catch((error: unknown) => {
    log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'the window could not load the UI');
  });
  return window;
}

/** A reminder's notification was clicked: the window comes forward and opens what it is about. */
function openReminder(preload: string, reminder: DueReminder | null): void {
  if (!mainWindow) {
    // A new window shows the reminder's card as it opens.
    mainWindow = createMainWindow(preload);
    return;
  }
  if (!mainWindow.isVisible()) mainWindow.show();
  focusMainWindow();
  if (reminder) sendEvent([mainWindow.webContents], 'reminder.open', reminder);
}

function openCoreOrExplain(migrationsDir: string): Core | null {
  try {
    // The integrity check runs beside the first window (core/integrity.ts); a damaged base stops the app below.
    return openCore({ dataDir: app.getPath('userData'), migrationsDir, appVersion: app.getVersion(), integrityCheck: 'after-open' });
  } catch (error) {
    explainStartupFailure(error);
    return null;
  }
}

function explainStartupFailure(error: unknown): void {
  const failure = startupFailure(error);
  log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message, stack: (error as Error)?.stack } }, 'the core could not open');
  dialog.showErrorBox(failure.title, failure.message);
}

function start(): void {
  lockDownPermissions(session.defaultSession);
  const paths = appPaths({ appPath: app.getAppPath(), resourcesPath: process.resourcesPath, isPackaged: app.isPackaged });
  handleAppProtocol(protocol, paths.rendererDir);
  // Files being imported are read in a utility process of their own (jobs/parse/runner.ts).
  useParseProcessSpawner(utilityParseProcess);
  core = openCoreOrExplain(paths.migrationsDir);
  if (!core) {
    app.exit(1);
    return;
  }
  const dataDir = core.paths.dataDir;
  registerInvokeHandler(ipcMain, { handlers, context: { core } }, { dataDir, askSavePath });
  // Same daily backups, idle-time maintenance and sync as browser mode (a laptop may stay open
  // for weeks); the sync token is kept encrypted by the OS key store.
  // Quotes print to PDF in a hidden, sandboxed window (closed with the background jobs).
  attachPdfPrinter(core, createElectronPdfPrinter((options) => new BrowserWindow(options)));
  // Reminders show as desktop notifications too (from the first ones, missed while the app was
  // closed); the scheduler looks again when the computer wakes or the session is unlocked.
  const opened = core;
  reminderNotifier = createReminderNotifier({
    notifications: electronNotifications(Notification),
    language: () => getProfile(opened).settings.language,
    windowFocused: () => mainWindow?.isFocused() ?? false,
    open: (reminder) => openReminder(paths.preload, reminder),
  });
  showRemindersOnDesktop(core.events, reminderNotifier);
  // Sync, backups and maintenance start once the base is known sound; a damaged one is said as a
  // failed open says it, and the app stops before anything more is written to it.
  opened.integrity.then(
    () => {
      if (core === opened) jobs = startBackgroundJobs(opened, { sync: { secrets: safeStorageSecretStore(app.getPath('userData'), safeStorage) } });
    },
    (error: unknown) => {
      explainStartupFailure(error);
      if (core === opened) {
        core = null;
        reminderNotifier?.closeAll();
        closeCore(opened);
      }
      app.exit(1);
    },
  );
  powerMonitor.on('resume', () => jobs?.rearmReminders());
  powerMonitor.on('unlock-screen', () => jobs?.rearmReminders());
  forwardCoreEvents(core.events, () => BrowserWindow.getAllWindows().map((window) => window.webContents));
  const template = buildMenuTemplate(menuLanguage(app.getLocale()), sendCommand, { devTools: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  mainWindow = createMainWindow(paths.preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(paths.preload);
  });
  log.info({ version: app.getVersion(), packaged: app.isPackaged }, 'app started');
}

if (!app.requestSingleInstanceLock()) {
  // Two processes on one SQLite file would fight over it: the second one hands over and leaves.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  // Every web contents, including ones created later, gets the navigation and window guards.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (!core) return;
    // A sync under way finishes and the shared office server closes before the database does.
    event.preventDefault();
    const open = core;
    core = null;
    reminderNotifier?.closeAll();
    const stopping = jobs?.stop() ?? Promise.resolve();
    jobs = null;
    stopping
      .catch((error: unknown) => log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'background jobs did not stop cleanly'))
      .finally(() => {
        closeCore(open);
        app.quit();
      });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error({ err: { name: (error as Error)?.name, message: (error as Error)?.message } }, 'startup failed');
      const failure = startupFailure(error);
      dialog.showErrorBox(failure.title, failure.message);
      app.exit(1);
    });
}
