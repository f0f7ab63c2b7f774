// The extension's own pages in Firefox, read and run through Firefox's remote debugging protocol: the
// one about:debugging's "Inspect" uses. WebDriver BiDi, which puppeteer speaks, leaves every extension
// document out (Firefox's isBrowsingContextCompatible skips them, bug 1755014): it refuses to open
// moz-extension:// pages ("Navigation to … is not allowed in this context"), so the options page is out
// of its reach, and the review dialog's frame is missing from page.frames(). The devtools server lists
// both and runs script in them as its console does.
//
// Firefox starts the server with `--start-debugger-server <path>` (a Unix socket: no port to collide
// on) and DEVTOOLS_PREFS. Packets are `<byte length>:<JSON>`. Each actor answers its requests in order;
// a packet with a `type` is an event (a document appeared or went, a console result), not an answer.
import { writeFile } from 'node:fs/promises';
import net from 'node:net';

/** Firefox starts the server only with the first two; the third stops it asking to allow each client. */
export const DEVTOOLS_PREFS = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

/** How long one answer from Firefox may take before the test says what it was waiting for. */
const ANSWER_MS = 10_000;

interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** What the server says about one document (a "window global target"). */
interface DocumentForm {
  actor: string;
  url: string;
  consoleActor: string;
  browsingContextID: number;
}

/** A console value: strings as they are; long ones (over ~10 kB) by reference. */
type Grip = string | { type: 'longString'; actor: string; length: number } | { type: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function deadline<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`devtools: no answer to ${what} in ${ANSWER_MS} ms`)),
      ANSWER_MS,
    );
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

class Connection {
  private incoming = Buffer.alloc(0);
  private readonly answers = new Map<string, Array<(p: Packet) => void>>();
  private readonly listeners = new Set<(p: Packet) => void>();
  /** Set once an answer failed to come: later answers could be matched to the wrong requests. */
  private broken: string | undefined;

  constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => {
      this.incoming = Buffer.concat([this.incoming, data]);
      this.read();
    });
  }

  private read(): void {
    for (;;) {
      const colon = this.incoming.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.incoming.subarray(0, colon).toString('ascii'));
      const end = colon + 1 + length;
      if (this.incoming.length < end) return;
      const packet = JSON.parse(this.incoming.subarray(colon + 1, end).toString('utf8')) as Packet;
      this.incoming = this.incoming.subarray(end);
      if (packet.type !== undefined) for (const listen of this.listeners) listen(packet);
      else this.answers.get(packet.from)?.shift()?.(packet);
    }
  }

  /** The next answer from `actor` (the server's greeting comes from 'root'). */
  answer(actor: string): Promise<Packet> {
    return new Promise((resolve) => {
      const queue = this.answers.get(actor) ?? [];
      queue.push(resolve);
      this.answers.set(actor, queue);
    });
  }

  async request(to: string, type: string, options: object = {}): Promise<Packet> {
    if (this.broken) throw new Error(`devtools: not asking after ${this.broken}`);
    const answer = this.answer(to);
    const json = JSON.stringify({ to, type, ...options });
    this.socket.write(`${Buffer.byteLength(json)}:${json}`);
    const packet = await deadline(answer, `${type} to ${to}`).catch((error: unknown) => {
      this.broken = String(error);
      throw error;
    });
    if (packet.error) throw new Error(`devtools: ${type} to ${to}: ${packet.error}: ${packet.message}`);
    return packet;
  }

  on(listen: (p: Packet) => void): void {
    this.listeners.add(listen);
  }

  close(): void {
    this.socket.destroy();
  }
}

/** One document: an extension page in its own tab, or the review dialog's frame inside a site's tab. */
export class DevToolsDocument {
  constructor(
    private readonly devtools: FirefoxDevTools,
    readonly form: DocumentForm,
  ) {}

  get url(): string {
    return this.form.url;
  }

  /**
   * Runs `fn(arg)` in the document, as puppeteer's page.evaluate does (and with its limits: `fn` is sent
   * as source, so it may use only its argument and the page's globals, and no named inner functions,
   * which tsx would wrap in a helper the page lacks). Awaits a promise; the value must survive JSON.
   */
  async call<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    // The page's own error comes back as text: a rejected promise would only reach the console.
    const text = `(async () => {
      try { return JSON.stringify({ value: await (${fn.toString()})(${JSON.stringify(arg)}) }); }
      catch (e) { return JSON.stringify({ error: String(e) }); }
    })()`;
    const outcome = JSON.parse(await this.devtools.evaluate(this.form.consoleActor, text)) as {
      value?: T;
      error?: string;
    };
    if (outcome.error !== undefined) throw new Error(`in ${this.url}: ${outcome.error}`);
    return outcome.value as T;
  }

  /** Polls `fn` until it returns true; fails naming `what` after `ms`. Errors count as "not yet". */
  async until<A = undefined>(what: string, fn: (arg: A) => boolean, arg?: A, ms = 10_000): Promise<void> {
    const end = Date.now() + ms;
    let last: unknown;
    for (;;) {
      try {
        if (await this.call(fn, arg)) return;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end)
        throw new Error(`timed out waiting for ${what}${last ? ` (${String(last)})` : ''}`);
      await sleep(50);
    }
  }

  /** A PNG of the whole document, as the devtools' `:screenshot --fullpage` takes it. */
  async screenshot(file: string): Promise<void> {
    const size = await this.call(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    await this.devtools.screenshot(this.form.browsingContextID, { left: 0, top: 0, ...size }, file);
  }
}

export class FirefoxDevTools {
  /**
   * Every document announced, in order. Firefox announces the end of none of them until it quits (not a
   * closed tab, not a removed review frame), so a new one is looked for among those announced since.
   */
  private readonly documents: DocumentForm[] = [];
  /** Console results by id, kept until asked for: one can arrive in the same read as its request's answer. */
  private readonly results = new Map<string, Packet | ((p: Packet) => void)>();

  private constructor(
    private readonly connection: Connection,
    private readonly screenshotActor: string,
  ) {
    connection.on((packet) => {
      if (packet.type === 'target-available-form') this.documents.push(packet.target as DocumentForm);
      if (packet.type === 'evaluationResult') {
        const id = packet.resultID as string;
        const waiting = this.results.get(id);
        if (typeof waiting === 'function') waiting(packet);
        else this.results.set(id, packet);
      }
    });
  }

  /** Connects to the server Firefox opened on `socketPath`, retrying while Firefox starts it. */
  static async connect(socketPath: string, ms = 10_000): Promise<FirefoxDevTools> {
    const end = Date.now() + ms;
    let socket: net.Socket;
    for (;;) {
      try {
        socket = await new Promise<net.Socket>((resolve, reject) => {
          const s = net.createConnection({ path: socketPath }, () => resolve(s));
          s.once('error', reject);
        });
        break;
      } catch (error) {
        if (Date.now() > end) throw error;
        await sleep(100);
      }
    }
    const connection = new Connection(socket);
    try {
      await deadline(connection.answer('root'), 'the greeting');
      const root = await connection.request('root', 'getRoot');
      return new FirefoxDevTools(connection, root.screenshotActor as string);
    } catch (error) {
      connection.close();
      throw error;
    }
  }

  /** Reports the documents of the add-on `addonId` from now on: its background, options page, popup. */
  async watchExtension(addonId: string): Promise<void> {
    const { addons } = (await this.connection.request('root', 'listAddons', {
      iconDataURL: false,
    })) as unknown as {
      addons: Array<{ id: string; actor: string }>;
    };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`devtools: no add-on ${addonId} among ${addons.map((a) => a.id).join(', ')}`);
    await this.watch(addon.actor);
  }

  /**
   * Reports the documents in the tab showing `url` (its origin is enough) from now on, frames included:
   * the review dialog's frame runs in the site's process, where only the tab's watcher sees it.
   */
  async watchTab(url: string): Promise<void> {
    const { origin } = new URL(url);
    const { tabs } = (await this.connection.request('root', 'listTabs')) as unknown as {
      tabs: Array<{ actor: string; url: string }>;
    };
    const tab = tabs.findLast((t) => t.url.startsWith(origin));
    if (!tab) throw new Error(`devtools: no tab on ${origin} among ${tabs.map((t) => t.url).join(', ')}`);
    await this.watch(tab.actor);
  }

  private async watch(descriptor: string): Promise<void> {
    const watcher = await this.connection.request(descriptor, 'getWatcher', {
      isServerTargetSwitchingEnabled: true,
    });
    await this.connection.request(watcher.actor as string, 'watchTargets', { targetType: 'frame' });
  }

  /** Waits for a document whose path is `/${page}` (e.g. 'options.html') and returns the newest. */
  document(page: string, ms = 10_000): Promise<DevToolsDocument> {
    return this.announced(page, 0, ms);
  }

  /** Does `action`, then waits for the document at `/${page}` it opens: one announced after it began. */
  async opened(page: string, action: () => Promise<unknown>, ms = 10_000): Promise<DevToolsDocument> {
    const since = this.documents.length;
    await action();
    return this.announced(page, since, ms);
  }

  private async announced(page: string, since: number, ms: number): Promise<DevToolsDocument> {
    const end = Date.now() + ms;
    for (;;) {
      const form = this.documents
        .slice(since)
        .findLast((d) => URL.canParse(d.url) && new URL(d.url).pathname === `/${page}`);
      if (form) return new DevToolsDocument(this, form);
      if (Date.now() > end) {
        const seen = this.documents.slice(since).map((d) => d.url);
        throw new Error(`devtools: no ${page} among ${seen.join(', ') || 'no new documents'}`);
      }
      await sleep(50);
    }
  }

  async evaluate(consoleActor: string, text: string): Promise<string> {
    const { resultID } = await this.connection.request(consoleActor, 'evaluateJSAsync', {
      text,
      // What the console sends for input with a top-level await: the result waits for the promise.
      mapped: { await: true },
    });
    const id = resultID as string;
    const result = await deadline(
      new Promise<Packet>((resolve) => {
        const arrived = this.results.get(id);
        if (arrived && typeof arrived !== 'function') resolve(arrived);
        else this.results.set(id, resolve);
      }),
      'a console evaluation',
    ).finally(() => this.results.delete(id));
    if (result.hasException) throw new Error(`devtools: ${String(result.exceptionMessage)}`);
    return this.string(result.result as Grip);
  }

  private async string(grip: Grip): Promise<string> {
    if (typeof grip === 'string') return grip;
    if (grip.type === 'longString' && 'actor' in grip) {
      const { substring } = await this.connection.request(grip.actor, 'substring', {
        start: 0,
        end: grip.length,
      });
      return substring as string;
    }
    throw new Error(`devtools: expected a string, got ${JSON.stringify(grip)}`);
  }

  async screenshot(
    browsingContextID: number,
    rect: { left: number; top: number; width: number; height: number },
    file: string,
  ): Promise<void> {
    const { value } = await this.connection.request(this.screenshotActor, 'capture', {
      args: { browsingContextID, rect, snapshotScale: 1, fullpage: true, disableFlash: true },
    });
    const data = (value as { data?: string | null }).data;
    if (!data) throw new Error(`devtools: no screenshot: ${JSON.stringify(value)}`);
    await writeFile(file, Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64'));
  }

  close(): void {
    this.connection.close();
  }
}
