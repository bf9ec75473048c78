import { appendFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { SESSION_COOKIE } from '../../../src/http/server.js';
import { User, UserRole } from '../../../src/modules/user/user.entity.js';
import { Random } from '../../../src/seed/random.js';
import { changedTables, databaseFingerprint } from '../fingerprint.js';
import { PASSWORD } from '../fixture.js';
import type { Harness } from '../harness.js';
import { SocketConnection } from '../ws-client.js';
import { type FuzzOperation, OperationGenerator, type RootKind } from './generator.js';
import { errorProblems, leakProblems, type Problem } from './oracle.js';
import { FuzzWorld } from './world.js';

export type Role = 'visitor' | 'admin';
export type Transport = 'http' | 'websocket';

export interface FuzzRunOptions {
  role: Role;
  transport: Transport;
  seed: number;
  operations: number;
  /** Operations between fixture resets (and health checks). */
  batchSize: number;
}

/** One broken rule, with what it takes to replay it. */
export interface FuzzFailure extends Problem {
  seed: number;
  /** Position in the run's sequence, from 0. */
  index: number;
  role: Role;
  transport: Transport;
  field: string;
  text: string;
  variables: Record<string, unknown>;
}

export interface FuzzRunResult {
  failures: FuzzFailure[];
  counts: Record<RootKind, number> & { total: number; withErrors: number; refusedWrites: number; resets: number; relogins: number };
}

/** What came back for one operation, whatever the transport. */
interface Answer {
  problems: Problem[];
  errors: unknown[];
  data?: unknown;
  /** The server refused the operation itself: errors, no data, and an error at the root field or outside execution. */
  refused: boolean;
}

const operationTimeoutMs = 15_000;
/** A subscription without events is left after this long; that is not a failure. */
const subscriptionWindowMs = 300;

/**
 * Sends generated operations as one role over one transport against the
 * harness's server and checks every answer: typed errors only, no database or
 * runtime text, no change to the database by a refused write, and a server
 * that still answers after each batch.
 */
export class FuzzRun {
  private readonly world = new FuzzWorld();
  private readonly generator: OperationGenerator;
  private readonly failures: FuzzFailure[] = [];
  private readonly counts: FuzzRunResult['counts'] = {
    query: 0,
    mutation: 0,
    subscription: 0,
    total: 0,
    withErrors: 0,
    refusedWrites: 0,
    resets: 0,
    relogins: 0,
  };
  private adminId = '';
  private token: string | undefined;
  private socket: SocketConnection | undefined;
  /** A read of what the last successful write returned, to run next. */
  private readBack: FuzzOperation | undefined;

  constructor(
    private readonly h: Harness,
    schema: GraphQLSchema,
    private readonly options: FuzzRunOptions,
  ) {
    this.generator = new OperationGenerator(schema, new Random(options.seed), this.world, { password: PASSWORD });
  }

  private get cookie() {
    return this.token ? `${SESSION_COOKIE}=${this.token}` : undefined;
  }

  async run(): Promise<FuzzRunResult> {
    try {
      for (let index = 0; index < this.options.operations; index++) {
        if (index % this.options.batchSize === 0) {
          if (index > 0) await this.checkHealth(index - 1);
          await this.reset();
        }
        await this.step(index);
      }
      await this.checkHealth(this.options.operations - 1);
    } finally {
      await this.socket?.dispose();
    }
    return { failures: this.failures, counts: this.counts };
  }

  private async step(index: number) {
    const op = this.readBack ?? this.generator.next();
    this.readBack = undefined;
    this.counts[op.kind]++;
    this.counts.total++;
    const em = () => this.h.orm.em.fork();
    const started = performance.now();
    const before = op.kind === 'mutation' ? await databaseFingerprint(em()) : undefined;
    const answer = this.options.transport === 'http' ? await this.overHttp(op) : await this.overSocket(op);
    const problems = [...answer.problems];
    if (answer.errors.length) this.counts.withErrors++;
    if (before) {
      if (answer.refused) {
        this.counts.refusedWrites++;
        const after = await databaseFingerprint(em());
        if (after.digest !== before.digest) {
          problems.push({ kind: 'refused write changed the database', detail: changedTables(before, after).join(', ') });
        }
      } else {
        await this.world.refresh(em());
        const id = writtenId(answer.data) ?? op.recordId;
        if (op.returns && id && answer.errors.length === 0) this.readBack = this.generator.readBack(op.returns, id);
      }
    }
    for (const problem of problems) this.fail(index, op, problem);
    if (process.env.FUZZ_TRACE) await this.trace(index, op, answer, problems, performance.now() - started);
    if (this.options.role === 'admin') await this.keepAdminSession();
  }

  /** One line per operation (`FUZZ_TRACE=<file>`): what came back, to see which paths the generator reaches. */
  private async trace(index: number, op: FuzzOperation, answer: Answer, problems: Problem[], ms: number) {
    const codes = answer.errors.map((e) => (e as { extensions?: { code?: string } } | null)?.extensions?.code ?? 'none');
    const messages = answer.errors.map((e) => String((e as { message?: string } | null)?.message).slice(0, 160));
    const { role, transport } = this.options;
    const text = op.text.slice(0, 600);
    const line = {
      role,
      transport,
      index,
      ms: Math.round(ms),
      field: op.field,
      refused: answer.refused,
      codes,
      messages,
      problems: problems.map((p) => p.kind),
      text,
    };
    await appendFile(process.env.FUZZ_TRACE!, `${JSON.stringify(line)}\n`);
  }

  private fail(index: number, op: FuzzOperation, problem: Problem) {
    const { role, transport, seed } = this.options;
    this.failures.push({ ...problem, seed, index, role, transport, field: op.field, text: op.text, variables: op.variables });
  }

  /** Loads the structure fixture, reads its ids, and (as admin) starts a session. */
  private async reset() {
    this.counts.resets++;
    const fx = await this.h.resetStructure();
    this.adminId = fx.users.admin.id;
    this.world.clear();
    await this.world.refresh(this.h.orm.em.fork());
    this.token = undefined;
    if (this.options.role === 'admin') await this.startAdminSession();
    await this.reconnect();
  }

  /**
   * A fresh admin session, started the way `login` does but without the
   * password: fuzzed logins legitimately change the password and fill the
   * login throttle, which must not stop the run.
   */
  private async startAdminSession(): Promise<boolean> {
    const em = this.h.orm.em.fork();
    const admin = await em.findOne(User, { id: this.adminId });
    if (!admin || admin.role !== UserRole.ADMIN || admin.disabledAt) return false;
    this.token = (await this.h.services.sessions.start(em, admin)).token;
    return true;
  }

  /** Operations like `logout`, `changePassword`, `revokeUserSessions` or `updateUser` may end or demote the admin: log in again, or reset. */
  private async keepAdminSession() {
    const actor = await this.h.services.sessions.authenticate(this.h.orm.em.fork(), this.token);
    if (actor?.role === UserRole.ADMIN) return;
    this.counts.relogins++;
    if (!(await this.startAdminSession())) await this.reset();
    else await this.reconnect();
  }

  private async reconnect() {
    if (this.options.transport !== 'websocket') return;
    await this.socket?.dispose();
    this.socket = undefined;
    this.socket = await SocketConnection.open({ url: this.h.url, cookie: this.cookie }).catch(() => undefined);
  }

  /** Plain fetch, not the tests' GraphQLClient: its cookie jar would take on the sessions that fuzzed logins start. */
  private async overHttp(op: FuzzOperation): Promise<Answer> {
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${this.h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
        body: JSON.stringify({ query: op.text, variables: op.variables }),
        signal: AbortSignal.timeout(operationTimeoutMs),
      });
      text = await res.text();
    } catch (error) {
      return { problems: [{ kind: 'no answer over HTTP', detail: String(error) }], errors: [], refused: true };
    }
    const problems: Problem[] = [];
    if (res.status >= 500) problems.push({ kind: `HTTP ${res.status}`, detail: text.slice(0, 300) });
    let body: { data?: unknown; errors?: unknown[] };
    try {
      body = JSON.parse(text);
    } catch {
      problems.push({ kind: 'answer is not JSON', detail: `${res.status} ${text.slice(0, 300)}` });
      return { problems, errors: [text], refused: true };
    }
    const errors = Array.isArray(body.errors) ? body.errors : [];
    problems.push(...errorProblems(errors), ...leakProblems(body));
    return { problems, errors, data: body.data, refused: isRefusal(body.data, errors) };
  }

  private async overSocket(op: FuzzOperation): Promise<Answer> {
    if (!this.socket || this.socket.closed) await this.reconnect();
    const socket = this.socket;
    if (!socket) return { problems: [{ kind: 'cannot connect over WebSocket', detail: 'no connection_ack' }], errors: [], refused: true };
    const subscription = op.kind === 'subscription';
    const outcome = await socket.run({ query: op.text, variables: op.variables }, subscription ? subscriptionWindowMs : operationTimeoutMs);
    const problems: Problem[] = [];
    const errors: unknown[] = [...(outcome.errors ?? []), ...outcome.results.flatMap((r) => r.errors ?? [])];
    problems.push(...errorProblems(errors), ...leakProblems(outcome));
    if (outcome.close) {
      problems.push({ kind: `socket closed with ${outcome.close.code}`, detail: outcome.close.reason });
      await this.reconnect();
    }
    if (outcome.failure) problems.push({ kind: 'client failure over WebSocket', detail: outcome.failure });
    if (outcome.timedOut && !subscription) {
      problems.push({ kind: 'no answer over WebSocket', detail: `nothing within ${operationTimeoutMs} ms` });
      await this.reconnect();
    }
    const first = outcome.results[0];
    const refused = outcome.errors !== undefined || !!outcome.close || !first || isRefusal(first.data, first.errors ?? []);
    return { problems, errors, data: first?.data, refused };
  }

  /** After each batch: the process is up, answers a plain query, and (for sockets) still accepts connections. */
  private async checkHealth(index: number) {
    const op: FuzzOperation = { kind: 'query', field: 'health check', text: '{ __typename }', variables: {} };
    try {
      const health = await fetch(`${this.h.url}/healthz`, { signal: AbortSignal.timeout(5000) });
      if (health.status !== 200)
        this.fail(index, { ...op, text: 'GET /healthz' }, { kind: 'server unhealthy', detail: `/healthz ${health.status}` });
      const res = await fetch(`${this.h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: op.text }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as { data?: { __typename?: string } };
      if (body.data?.__typename !== 'Query') this.fail(index, op, { kind: 'server unhealthy', detail: JSON.stringify(body).slice(0, 300) });
      if (this.options.transport === 'websocket') {
        const probe = await SocketConnection.open({ url: this.h.url }).catch((error: unknown) => String(error));
        if (typeof probe === 'string')
          this.fail(index, { ...op, text: 'connect over WebSocket' }, { kind: 'server unhealthy', detail: probe });
        else await probe.dispose();
      }
    } catch (error) {
      this.fail(index, op, { kind: 'server unhealthy', detail: String(error) });
      throw new Error(`the server stopped answering after operation #${index} (seed ${this.options.seed}): ${String(error)}`);
    }
  }
}

/** The `id` of the record a mutation returned, whatever alias its root field had. */
function writtenId(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const root = Object.values(data)[0] as { id?: unknown } | null | undefined;
  return typeof root?.id === 'string' ? root.id : undefined;
}

/** Errors and no data, with at least one error about the root field itself (or about the whole document). */
function isRefusal(data: unknown, errors: readonly unknown[]): boolean {
  if (errors.length === 0) return false;
  const hasData = data !== null && data !== undefined && Object.values(data).some((v) => v !== null);
  if (hasData) return false;
  return errors.some((e) => {
    const path = (e as { path?: unknown[] } | null)?.path;
    return !Array.isArray(path) || path.length <= 1;
  });
}
