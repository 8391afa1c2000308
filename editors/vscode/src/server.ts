// How the extension finds and starts `redflag lsp`. Kept free of the `vscode` module so it
// can be unit-tested with plain Node (`npm test`).
import * as os from 'node:os';
import * as path from 'node:path';

export interface ServerCommand {
  command: string;
  args: string[];
}

/** The command that starts the server: the `redflag.path` setting, or `redflag` from PATH. */
export function serverCommand(setting: string | undefined, home: string = os.homedir()): ServerCommand {
  const configured = (setting ?? '').trim();
  let command = configured === '' ? 'redflag' : configured;
  // VS Code does not expand `~` in settings; users write it anyway.
  if (command === '~' || command.startsWith('~/')) {
    command = path.join(home, command.slice(1));
  }
  return { command, args: ['lsp'] };
}

/** What the server reads at `initialize` (it may also ask for the `redflag` section later). */
export interface InitializationOptions {
  scanOnStartup: boolean;
}

export function initializationOptions(scanOnStartup: unknown): InitializationOptions {
  return { scanOnStartup: scanOnStartup === true };
}
