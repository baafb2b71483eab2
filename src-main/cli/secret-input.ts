import { createInterface } from 'node:readline';

/** A password for a command: CRM_PASSWORD, else the first line of standard input (never an argument: it would show in `ps`). */
export async function readPassword(prompt: string, err: (text: string) => void): Promise<string> {
  const fromEnv = process.env.CRM_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) err(prompt);
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) return line;
  } finally {
    lines.close();
  }
  return '';
}
