import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../src-shared/contract/errors';
import { DatabaseOpenError } from '../../../../src-main/db/errors';
import { appPaths } from '../../../../src-main/app/app-paths';
import { lockDownPermissions } from '../../../../src-main/app/permissions';
import { startupFailure } from '../../../../src-main/app/startup-error';

describe('startupFailure: what the native dialog says when the core cannot open', () => {
  it.each(['db_newer', 'db_corrupt', 'disk_full'] as const)('shows the message of a %s error', (code) => {
    const failure = startupFailure(new DatabaseOpenError(code, `Explained ${code}.`));
    expect(failure.message).toBe(`Explained ${code}.`);
    expect(failure.title).toBeTruthy();
  });

  it('never shows a stack trace or an internal message', () => {
    const error = new Error('SQLITE_MISUSE at /home/helene/secret');
    const failure = startupFailure(error);
    expect(failure.message).not.toContain('SQLITE_MISUSE');
    expect(failure.message).not.toContain(error.stack?.split('\n')[1] ?? '§');
    expect(startupFailure(new ApiError({ code: 'internal', message: 'boom' })).message).not.toBe('boom');
    expect(startupFailure('a string').message).toBeTruthy();
  });
});

describe('lockDownPermissions', () => {
  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: vi.fn((handler) => (request = handler)),
      setPermissionCheckHandler: vi.fn((handler) => (check = handler)),
    };
    lockDownPermissions(session as unknown as Parameters<typeof lockDownPermissions>[0]);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect(check?.()).toBe(false);
  });
});

describe('appPaths', () => {
  it('reads migrations from the resources folder when packaged', () => {
    const paths = appPaths({ appPath: '/opt/CRM/resources/app.asar', resourcesPath: '/opt/CRM/resources', isPackaged: true });
    expect(paths.migrationsDir).toBe(join('/opt/CRM/resources', 'migrations'));
    expect(paths.preload).toBe(join('/opt/CRM/resources/app.asar', 'dist', 'preload', 'preload.cjs'));
    expect(paths.rendererDir).toBe(join('/opt/CRM/resources/app.asar', 'dist', 'renderer'));
  });

  it('reads migrations from the repository when started from source', () => {
    const paths = appPaths({ appPath: '/work/crm', resourcesPath: '/work/crm/node_modules/electron/dist/resources', isPackaged: false });
    expect(paths.migrationsDir).toBe(join('/work/crm', 'migrations'));
  });
});
