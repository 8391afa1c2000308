// VS Code client for `redflag lsp`: diagnostics, hover and code actions come from the server;
// this file only starts it, passes settings, and exposes the workspace-scan command.
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from 'vscode-languageclient/node';
import { initializationOptions, serverCommand } from './server';

const SCAN_WORKSPACE = 'redflag.scanWorkspace';

let client: LanguageClient | undefined;
// Our own `redflag.scanWorkspace`, registered only when the client did not register it from the
// server's `executeCommandProvider` (registering it twice throws).
let fallbackScan: vscode.Disposable | undefined;
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('redflag', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('redflag.restartServer', () => restart()),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('redflag.path')) {
        await restart();
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration('redflag');
  const { command, args } = serverCommand(config.get<string>('path'));
  const serverOptions: ServerOptions = { command, args };
  const clientOptions: LanguageClientOptions = {
    // Secrets hide in any file, so every file and unsaved buffer goes to the server; it decides
    // what it can analyse.
    documentSelector: [{ scheme: 'file' }, { scheme: 'untitled' }],
    initializationOptions: initializationOptions(config.get('scanOnStartup')),
    synchronize: { configurationSection: 'redflag' },
    outputChannel: output,
  };
  client = new LanguageClient('redflag', 'redflag', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      `redflag: cannot start \`${command} ${args.join(' ')}\` (${message}). Install redflag or set "redflag.path".`,
    );
    return;
  }
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes(SCAN_WORKSPACE)) {
    fallbackScan = vscode.commands.registerCommand(SCAN_WORKSPACE, scanWorkspace);
  }
}

async function stop(): Promise<void> {
  fallbackScan?.dispose();
  fallbackScan = undefined;
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function scanWorkspace(): Promise<void> {
  if (!client) {
    void vscode.window.showErrorMessage('redflag: the language server is not running.');
    return;
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: SCAN_WORKSPACE, arguments: [] });
}
