import type { Session } from 'electron';
import { log } from '../log';

/**
 * A CRM needs no camera, microphone, location, MIDI, USB or notifications permission from web
 * content (desktop notifications are sent by the main process). Every request and every check
 * is answered "no", whoever asks.
 */
export function lockDownPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.info({ permission }, 'permission request denied');
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
