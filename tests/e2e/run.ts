// `tsx tests/e2e/run.ts [--no-build]`: builds the extension for Chromium and Firefox (wxt build), then runs the e2e specs with
// node's test runner. The specs build the fixture sites themselves.
// Env: E2E_HEADED=1 shows the browser, E2E_VERBOSE=1 logs the fixture server, CHROMIUM_PATH and
// FIREFOX_PATH override the browsers.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(e2eDir, '../..');

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const started = Date.now();
if (!process.argv.includes('--no-build')) {
  const status = run(process.execPath, [
    path.join(repoRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs'),
    'build',
  ]);
  if (status !== 0) process.exit(status);
  // The Firefox build, for firefox.spec.ts.
  const firefox = run(process.execPath, [
    path.join(repoRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs'),
    'build',
    '-b',
    'firefox',
    '--mv3',
  ]);
  if (firefox !== 0) process.exit(firefox);
}
const specs = readdirSync(e2eDir)
  .filter((name) => name.endsWith('.spec.ts'))
  .map((name) => path.join(e2eDir, name));
const status = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...specs]);
process.stderr.write(`e2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
process.exit(status);
