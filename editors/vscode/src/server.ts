// Finds the `readout` program that runs the language server, and checks that it runs.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// An absolute or relative path as given, or a name looked up on the PATH.
export function findServer(configured: string, searchPath: string): string | undefined {
  if (configured.includes(path.sep) || configured.includes('/')) {
    return isExecutable(configured) ? configured : undefined;
  }
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, configured);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface ServerChoice {
  command?: string;  // the program to run, when found
  wanted: string;    // what was looked for, for messages
  origin: 'setting' | 'bundled' | 'path';
}

// The user's "readout.server.path" when set; else the server inside the extension (the
// platform-specific .vsix carries one in server/readout); else `readout` on the PATH.
export function chooseServer(userSetting: string | undefined, extensionDir: string,
                             searchPath: string): ServerChoice {
  if (userSetting !== undefined && userSetting !== '') {
    return { command: findServer(userSetting, searchPath), wanted: userSetting, origin: 'setting' };
  }
  const bundled = path.join(extensionDir, 'server', 'readout');
  if (isExecutable(bundled)) return { command: bundled, wanted: bundled, origin: 'bundled' };
  return { command: findServer('readout', searchPath), wanted: 'readout', origin: 'path' };
}

// Runs `COMMAND --version`: undefined when it works, else why not (a missing library, a glibc
// too old, a file for another machine...), in the program's own words when it printed any.
export function checkServer(command: string): string | undefined {
  const run = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 10000 });
  if (run.error) return run.error.message;
  if (run.status !== 0) {
    const said = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim();
    return `it exited with status ${run.status ?? run.signal}${said ? `: ${said}` : ''}`;
  }
  return undefined;
}
