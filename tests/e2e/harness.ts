// Real-browser harness: a local HTTPS server that answers for the real host names of the four sites,
// and Debian's Chromium with the built extension loaded, its DNS pinned to that server.
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { generate } from 'selfsigned';
import { FIXTURE_SITES_OUT, type FixtureSite } from '../fixtures/sites/build';

/** The host names each fixture answers for (ClassDojo's teacher app: platforms.md §2). */
export const SITE_HOSTS: Record<FixtureSite, string> = {
  facebook: 'www.facebook.com',
  instagram: 'www.instagram.com',
  x: 'x.com',
  classdojo: 'teach.classdojo.com',
};
export const FIXTURE_HOSTS: readonly string[] = Object.values(SITE_HOSTS);
export const DEFAULT_FIXTURE_PORT = 8443;

const CHROMIUM_CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

// Strict like the real sites' policies: a fixture page may talk to its own origin only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface ServedRequest {
  time: string;
  host: string;
  method: string;
  url: string;
  status: number;
}

export interface FixtureServer {
  port: number;
  /** Every request the server received, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Folder holding one built folder per site (tests/fixtures/sites/build.ts). */
  root?: string;
  /** 0 picks a free port; the browser's host-resolver rules follow whatever port is used. */
  port?: number;
  /** Print each request to stdout as it arrives. */
  verbose?: boolean;
}

export function siteUrl(site: FixtureSite, pathAndHash = '/'): string {
  return `https://${SITE_HOSTS[site]}${pathAndHash}`;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = options.root ?? FIXTURE_SITES_OUT;
  const siteByHost = new Map(Object.entries(SITE_HOSTS).map(([site, host]) => [host, site]));
  const { private: key, cert } = await generate([{ name: 'commonName', value: 'SafeToPost fixtures' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'subjectAltName', altNames: FIXTURE_HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  const requests: ServedRequest[] = [];

  const server = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const send = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void => {
      const entry = {
        time: new Date().toISOString(),
        host,
        method: req.method ?? '',
        url: req.url ?? '',
        status,
      };
      requests.push(entry);
      if (options.verbose)
        console.log(`[fixture-server] ${entry.status} ${entry.method} https://${host}${entry.url}`);
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const site = siteByHost.get(host);
    if (!site) return send(421, `No fixture for host ${host}\n`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');
    void serveFile(path.join(root, site), req.url ?? '/').then(
      (found) => (found ? send(200, found.body, found.type) : send(404, 'Not found\n')),
      (error: unknown) => send(500, `${String(error)}\n`),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_FIXTURE_PORT, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Static files, with index.html for extension-less paths: the sites are single-page apps. */
async function serveFile(siteDir: string, url: string): Promise<{ body: Buffer; type: string } | null> {
  const pathname = decodeURIComponent(new URL(url, 'https://fixture.invalid').pathname);
  const file = path.join(siteDir, path.normalize(pathname));
  if (!file.startsWith(siteDir + path.sep) && file !== siteDir) return null;
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  const target = isFile ? file : path.extname(pathname) === '' ? path.join(siteDir, 'index.html') : null;
  if (!target) return null;
  const type = CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream';
  return { body: await readFile(target), type };
}

export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: run `apt-get update && apt-get install -y chromium`');
  return found;
}

export interface LaunchOptions {
  /** The unpacked extension, e.g. .output/chrome-mv3. */
  extensionPath: string;
  headless: boolean;
  /** The fixture server's port. */
  port?: number;
  /** Visible window size for headed runs and screenshots. */
  viewport?: { width: number; height: number };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Every URL any page, frame or worker of the context requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser> {
  const extensionPath = await realpath(options.extensionPath);
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    key?: string;
    background?: { service_worker?: string };
  };
  const port = options.port ?? DEFAULT_FIXTURE_PORT;
  const hostRules = [...FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(
    ', ',
  );
  const profile = await mkdtemp(path.join(os.tmpdir(), 'safetopost-profile-'));
  const requests: string[] = [];
  let context: BrowserContext | undefined;
  // Playwright closes the browser itself on Ctrl+C and exits; the profile still has to go.
  const removeProfileOnExit = (): void => rmSync(profile, { recursive: true, force: true });
  process.once('exit', removeProfileOnExit);
  const close = async (): Promise<void> => {
    await context?.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
    process.off('exit', removeProfileOnExit);
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: options.headless,
      ignoreHTTPSErrors: true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        `--host-resolver-rules=${hostRules}`,
        '--ignore-certificate-errors',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-sandbox',
      ],
    });
    context.on('request', (request) => requests.push(request.url()));
    const extensionId = manifest.background?.service_worker
      ? await extensionIdFromServiceWorker(context)
      : unpackedExtensionId(extensionPath, manifest.key);
    return { context, extensionId, requests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function extensionIdFromServiceWorker(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 15_000,
    }));
  return new URL(worker.url()).host;
}

/** Chromium's id for an unpacked extension with no background: from its manifest key, else its path. */
export function unpackedExtensionId(absolutePath: string, manifestKey?: string): string {
  const input = manifestKey ? Buffer.from(manifestKey, 'base64') : Buffer.from(absolutePath, 'utf8');
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return Array.from(hex, (c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Requests that would leave the machine: anything but the fixture hosts, loopback and local schemes. */
export function requestsLeavingMachine(urls: readonly string[]): string[] {
  const localSchemes = new Set(['chrome-extension:', 'blob:', 'data:', 'about:', 'chrome:', 'devtools:']);
  const localHosts = new Set([...FIXTURE_HOSTS, '127.0.0.1', 'localhost', '[::1]']);
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (localSchemes.has(url.protocol)) return false;
    return !localHosts.has(url.hostname);
  });
}
