// Where a secretary's data lives. Shared by the Electron shell and the command line so both open
// the same file: the per-user application data folder, unless BIENBAN_DATA_DIR (tests, a second
// profile) or an explicit folder says otherwise.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'BienBan';
export const DATA_DIR_ENV = 'BIENBAN_DATA_DIR';

/**
 * The per-user data folder, as Electron's app.getPath('userData') gives it for productName
 * "BienBan": %APPDATA%\BienBan on Windows, ~/Library/Application Support/BienBan on macOS,
 * $XDG_CONFIG_HOME/BienBan (or ~/.config/BienBan) elsewhere.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

/**
 * The folder to use: an explicit choice, else BIENBAN_DATA_DIR, else the per-user folder; a relative
 * path is taken from `base` (the folder the user typed the command in). Always absolute.
 */
export function resolveDataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env, base = process.cwd()): string {
  const chosen = explicit || env[DATA_DIR_ENV] || userDataDir(process.platform, env);
  return path.resolve(base, chosen);
}
