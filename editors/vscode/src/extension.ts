// The Readout extension: starts `readout lsp` for .readout files, shows its state in the status
// bar, and offers "Readout: Restart Server" and "Readout: Show Output".
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { checkServer, chooseServer } from './server';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
// docs/editors.md, shipped in the extension as its README.md.
let setupGuide: vscode.Uri;

// The settings the server reads (docs/lsp.md, "Settings"), from the `readout` section.
function serverSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('readout');
  return {
    registry: config.get<string[]>('registry', []),
    rules: config.get<Record<string, string>>('rules', {}),
    diagnosticsDelay: config.get<number>('diagnosticsDelay', 200),
    insertTitles: config.get<boolean>('insertTitles', true),
  };
}

function showStatus(text: string, tooltip: string, error = false): void {
  status.text = text;
  status.tooltip = tooltip;
  status.backgroundColor = error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  status.show();
}

// Tells the user the server cannot run, and what to do about it.
async function reportServerProblem(problem: string): Promise<void> {
  showStatus('$(error) Readout', problem, true);
  output.appendLine(`${problem} See ${setupGuide.toString()}`);
  const choice = await vscode.window.showErrorMessage(`Readout: ${problem}`, 'Open set-up guide',
    'Open settings');
  if (choice === 'Open set-up guide') {
    await vscode.commands.executeCommand('markdown.showPreview', setupGuide);
  } else if (choice === 'Open settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'readout.server.path');
  }
}

async function start(extensionDir: string): Promise<void> {
  const setting = vscode.workspace.getConfiguration('readout').inspect<string>('server.path');
  const userSetting = setting?.workspaceFolderValue ?? setting?.workspaceValue ?? setting?.globalValue;
  const choice = chooseServer(userSetting, extensionDir, process.env.PATH ?? '');
  if (!choice.command) {
    await reportServerProblem(choice.origin === 'setting'
      ? `the language server "${choice.wanted}" set in "readout.server.path" was not found or is ` +
        'not executable. Correct the setting, or remove it to use the server that comes with ' +
        'the extension.'
      : 'this extension carries no language server for this platform and "readout" is not on ' +
        'the PATH. Install Readout (a release package or a build from source) or set ' +
        '"readout.server.path".');
    return;
  }
  const command = choice.command;
  const problem = checkServer(command);
  if (problem) {
    await reportServerProblem(`the language server ${command} does not run: ${problem}. ` +
      (choice.origin === 'bundled'
        ? 'Install Readout for this machine and set "readout.server.path" to it.'
        : 'Rebuild or reinstall it, or correct "readout.server.path".'));
    return;
  }
  output.appendLine(`Using the ${choice.origin === 'bundled' ? 'bundled' : 'configured'} server ${command}`);
  const serverOptions: ServerOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'readout' }],
    initializationOptions: serverSettings(),
    outputChannel: output,
    synchronize: { configurationSection: 'readout' },
  };
  client = new LanguageClient('readout', 'Readout', serverOptions, clientOptions);
  client.onDidChangeState((event) => {
    if (event.newState === State.Running) {
      showStatus('$(check) Readout', `readout lsp (${command}) is running`);
    } else if (event.newState === State.Starting) {
      showStatus('$(sync~spin) Readout', 'readout lsp is starting');
    } else {
      showStatus('$(circle-slash) Readout', 'readout lsp has stopped', true);
    }
  });
  try {
    await client.start();
  } catch (error) {
    showStatus('$(error) Readout', String(error), true);
    output.appendLine(`readout lsp failed to start: ${String(error)}`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop().catch(() => undefined);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // vsce stores the README as readme.md; a development checkout has README.md.
  const readme = ['readme.md', 'README.md'].find((name) =>
    fs.existsSync(vscode.Uri.joinPath(context.extensionUri, name).fsPath)) ?? 'README.md';
  setupGuide = vscode.Uri.joinPath(context.extensionUri, readme);
  output = vscode.window.createOutputChannel('Readout');
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = 'readout.showOutput';
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('readout.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('readout.restartServer', async () => {
      await stop();
      await start(context.extensionPath);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('readout.server.path')) {
        await stop();
        await start(context.extensionPath);
      }
    }),
  );
  await start(context.extensionPath);
}

export async function deactivate(): Promise<void> {
  await stop();
}
