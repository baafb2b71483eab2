/**
 * The few globals src-shared uses that every runtime it runs in (Node, Chromium, Electron)
 * provides, declared here because src-shared compiles without DOM or Node types on purpose.
 */
declare class URL {
  constructor(input: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
}
