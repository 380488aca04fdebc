// Finds the `readout` program: an absolute or relative path as given, or a name on the PATH.
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
