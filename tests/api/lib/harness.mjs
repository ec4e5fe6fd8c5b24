// Test harness: one kechuang server per test file, on its own temp data dir and database.
//
// Environment:
//   KC_BIN       path of the kechuang binary (default build/kechuang, relative to the repo root)
//   KC_TEST_DB   "sqlite" (default) or a PostgreSQL base URL such as postgresql://postgres@127.0.0.1:5433;
//                for PostgreSQL a fresh database is created per test file and dropped afterwards.
//   KC_KEEP_TMP  set to 1 to keep the temp dir (logs, db, data) for inspection.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { Client } from './client.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'Kc-Ops#2026-Strong'; // must not contain the username
const STARTUP_TIMEOUT_MS = 20_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

export function binaryPath() {
  return path.resolve(REPO_ROOT, process.env.KC_BIN || 'build/kechuang');
}

export async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Runs a command to completion; resolves {code, signal, stdout, stderr}. */
export function runCommand(cmd, args, { input, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.on('error', () => {}); // a command that does not read stdin may exit first (EPIPE)
    child.stdin.end(input ?? '');
  });
}

async function runOrThrow(cmd, args, options) {
  const r = await runCommand(cmd, args, options);
  if (r.code !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited ${r.code ?? r.signal}\n${r.stdout}${r.stderr}`);
  }
  return r;
}

// ---- database backends -------------------------------------------------------------------------

class SqliteBackend {
  constructor(dir) { this.file = path.join(dir, 'kc.db'); }
  get name() { return 'sqlite'; }
  get url() { return `sqlite:${this.file}`; }
  async create() {}
  async drop() {}
  /** Runs SQL directly against the database, bypassing the server (for tamper tests). */
  async sql(statement) { return (await runOrThrow('sqlite3', [this.file, statement])).stdout; }
}

class PostgresBackend {
  constructor(baseUrl) {
    this.base = new URL(baseUrl);
    this.dbName = `kc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  }
  get name() { return 'postgresql'; }
  urlFor(dbName) {
    const u = new URL(this.base.href);
    u.pathname = `/${dbName}`;
    return u.href;
  }
  get url() { return this.urlFor(this.dbName); }
  psql(dbUrl, statement) {
    return runOrThrow('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', dbUrl, '-c', statement]);
  }
  async create() { await this.psql(this.urlFor('postgres'), `CREATE DATABASE "${this.dbName}"`); }
  async drop() { await this.psql(this.urlFor('postgres'), `DROP DATABASE IF EXISTS "${this.dbName}" WITH (FORCE)`); }
  async sql(statement) { return (await this.psql(this.url, statement)).stdout; }
}

function makeBackend(dir) {
  const spec = process.env.KC_TEST_DB || 'sqlite';
  if (spec === 'sqlite') return new SqliteBackend(dir);
  if (/^postgres(ql)?:\/\//.test(spec)) return new PostgresBackend(spec);
  throw new Error(`KC_TEST_DB must be "sqlite" or a postgresql:// URL, got ${spec}`);
}

// ---- the environment of one test file ----------------------------------------------------------

export class TestEnv {
  constructor({ serveArgs = [] } = {}) {
    this.serveArgs = serveArgs;
    this.tmp = mkdtempSync(path.join(os.tmpdir(), 'kc-api-'));
    this.dataDir = path.join(this.tmp, 'data');
    this.webRoot = path.join(this.tmp, 'web');
    mkdirSync(this.dataDir);
    mkdirSync(this.webRoot);
    this.db = makeBackend(this.tmp);
    this.child = null;
    this.baseUrl = null;
    this.starts = 0;
  }

  /** Runs a kechuang subcommand against this environment's database and data dir. */
  cli(args, options) {
    return runCommand(binaryPath(), [...args, '--db', this.db.url, '--data-dir', this.dataDir], options);
  }

  async cliOrThrow(args, options) {
    const r = await this.cli(args, options);
    if (r.code !== 0) throw new Error(`kechuang ${args.join(' ')} exited ${r.code ?? r.signal}\n${r.stdout}${r.stderr}`);
    return r;
  }

  async setUp() {
    await this.db.create();
    await this.cliOrThrow(['migrate']);
    await this.cliOrThrow(['user', 'add', '--role', 'admin', '--username', ADMIN_USERNAME, '--password-stdin'],
      { input: `${ADMIN_PASSWORD}\n` });
    await this.start();
  }

  async start() {
    const port = await freePort();
    this.starts += 1;
    this.logFile = path.join(this.tmp, `serve-${this.starts}.log`);
    const log = openSync(this.logFile, 'a');
    const args = ['serve', '--db', this.db.url, '--data-dir', this.dataDir, '--listen', `127.0.0.1:${port}`,
      '--web-root', this.webRoot, '--test-clock', ...this.serveArgs];
    const child = spawn(binaryPath(), args, { stdio: ['ignore', log, log] });
    closeSync(log);
    // Never leave a server behind when the test process dies early (runner timeout, Ctrl-C).
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    this.child = child;
    this.exited = once(this.child, 'exit');
    this.baseUrl = `http://127.0.0.1:${port}`;
    await this.waitForHealth();
  }

  async waitForHealth() {
    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`kechuang serve exited during start-up (${this.child.exitCode ?? this.child.signalCode})\n${this.logTail()}`);
      }
      try {
        const res = await fetch(`${this.baseUrl}/api/v1/health`);
        if (res.status === 200) return;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`kechuang serve did not answer /api/v1/health within ${STARTUP_TIMEOUT_MS} ms\n${this.logTail()}`);
  }

  /** Sends SIGTERM and requires a clean exit (status 0) within the timeout. */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS);
    const [code, signal] = await this.exited;
    clearTimeout(timer);
    if (code !== 0) {
      throw new Error(`kechuang serve did not exit cleanly on SIGTERM (code ${code}, signal ${signal})\n${this.logTail()}`);
    }
  }

  async tearDown() {
    try {
      await this.stop();
    } finally {
      await this.db.drop().catch((e) => console.error(`# could not drop test database: ${e.message}`));
      if (process.env.KC_KEEP_TMP === '1') console.error(`# kept ${this.tmp}`);
      else rmSync(this.tmp, { recursive: true, force: true });
    }
  }

  logTail(lines = 40) {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no server log)';
    }
  }

  client() { return new Client(this.baseUrl); }

  /** A fresh client logged in as the administrator created at set-up. */
  async admin() {
    const c = this.client();
    await c.loginOk(ADMIN_USERNAME, ADMIN_PASSWORD);
    return c;
  }

  /**
   * Moves the server clock forward. The endpoint may or may not demand a session, so an unauthenticated
   * attempt is followed by one from a freshly logged-in administrator (old sessions may have expired).
   */
  async advanceClock(seconds) {
    const body = { advance_seconds: seconds };
    let res = await this.client().post('/api/v1/_test/clock', body);
    if (res.status === 401 || res.status === 403) res = await (await this.admin()).post('/api/v1/_test/clock', body);
    if (res.status !== 200 && res.status !== 204) {
      throw new Error(`advancing the test clock failed: ${res.status} ${res.text}`);
    }
  }
}

/**
 * Registers before/after hooks that start a server for the current test file and stop it at the end.
 * The returned object is ready inside tests. `options.setup(env)` runs once the server answers: use it
 * instead of a second top-level before(), because Node 20 runs top-level before hooks concurrently.
 */
export function useServer({ setup, ...options } = {}) {
  const env = new TestEnv(options);
  before(async () => {
    await env.setUp();
    if (setup) await setup(env);
  }, { timeout: 120_000 });
  after(() => env.tearDown(), { timeout: 30_000 });
  return env;
}
