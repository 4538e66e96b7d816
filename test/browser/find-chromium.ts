import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** A Chromium for playwright-core to launch, with the command-line flags that suit it. */
export interface FoundChromium {
  executablePath: string;
  args: string[];
  /** Where it came from, for the test's log line and its error messages. */
  source: string;
}

/**
 * The machine's network is closed to everything but the package registries: no update checks,
 * no sync, no field trials. (playwright-core adds most of these itself; saying them here keeps the
 * test quiet whatever playwright-core version is installed.)
 */
const OFFLINE = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Finds the Chromium that the browser test drives.
 *
 * Why: the README's `npm ci && npm test` must pass on a fresh machine, and without root, so the
 * test cannot count on `apt-get install chromium`. A system Chromium stays the first choice
 * (`CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when it is there), because it is the
 * browser a person has. Without one, the headless Chromium that the `@sparticuz/chromium`
 * devDependency ships inside its npm package (so `npm ci` brings it, no browser download) is
 * unpacked into the temp folder, once (about 2 s; later runs reuse it), and launched with that
 * package's own flags. That build is `chrome-headless-shell`; playwright-core's `--headless` suits it.
 * See `unpackSparticuz` for where it goes.
 *
 * A `CHROMIUM_PATH` that names no file is an error, not a reason to fall back: it was asked for.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  const system = ['--headless', '--no-sandbox', '--disable-gpu', ...OFFLINE];
  const asked = env.CHROMIUM_PATH;
  if (asked !== undefined && asked !== '') {
    if (!existsSync(asked)) throw new Error(`CHROMIUM_PATH=${asked} names no file`);
    return { executablePath: asked, args: system, source: `CHROMIUM_PATH (${asked})` };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: system, source: SYSTEM_CHROMIUM };

  const { default: chromium } = await import('@sparticuz/chromium');
  // No WebGL: the dashboard draws none, and it spares SwiftShader's flags.
  chromium.setGraphicsMode = false;
  const executablePath = await unpackSparticuz(() => chromium.executablePath());
  return { executablePath, args: [...chromium.args, ...OFFLINE], source: `@sparticuz/chromium (${executablePath})` };
}

/**
 * `executablePath()` unpacks into the temp folder itself (`/tmp/chromium`, `/tmp/fonts` and
 * SwiftShader's libraries loose in `/tmp`), and takes any `/tmp/chromium` that exists as done: a
 * second test run that starts while the first is still writing it would launch half a binary, and
 * another user's `/tmp/chromium` (mode 0700) cannot be run at all. So it unpacks into a new folder
 * of its own (TMPDIR pointed there for the call), which is then renamed, in one step, to a folder
 * named by the package version and the user; a run that finds that folder uses it.
 */
async function unpackSparticuz(unpack: () => Promise<string>): Promise<string> {
  // Its package.json is not among the package's exports; it sits two folders above the entry point.
  const entry = createRequire(__filename).resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), '..', '..', 'package.json'), 'utf8')) as { version: string };
  const home = path.join(tmpdir(), `grow-coach-chromium-${version}-${userInfo().username}`);
  const binary = path.join(home, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = mkdtempSync(`${home}.partial-`);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await unpack();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  }
  try {
    renameSync(staging, home);
  } catch (error) {
    // Another run got there first: use its folder.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}
