import { describe, expect, it } from 'vitest';
import { errorCode, type GraphQLClient } from './graphql-client.js';

/** One row of a permission matrix: what is tried, and by whom it must succeed. */
export interface MatrixCase<F, R extends string> {
  name: string;
  allowed: R[];
  /** Prepares, as an admin, what the case acts on. */
  setup?: (admin: GraphQLClient, fx: F) => Promise<string>;
  run: (c: GraphQLClient, fx: F, prepared: string) => Promise<{ errors?: any[]; data?: any }>;
  /** Reads, as an admin, what the case would have changed; must be unchanged when refused. */
  probe?: (admin: GraphQLClient, fx: F) => Promise<unknown>;
}

/**
 * Runs every case for every role: allowed roles must succeed; the others must
 * get UNAUTHENTICATED (visitors) or FORBIDDEN (users) — or NOT_FOUND where a
 * read hides that something exists — and nothing may change.
 */
export function permissionMatrix<F, R extends string>(options: {
  title: string;
  roles: R[];
  cases: MatrixCase<F, R>[];
  fixture: () => F;
  clientFor: (role: R) => Promise<GraphQLClient>;
  admin: () => Promise<GraphQLClient>;
  /** Reads may hide existence (NOT_FOUND); mutations must say why they refuse. */
  reads?: boolean;
}) {
  describe(options.title, () => {
    for (const testCase of options.cases) {
      for (const role of options.roles) {
        const allowed = testCase.allowed.includes(role);
        it(`${testCase.name}: ${role} is ${allowed ? 'allowed' : 'refused'}`, async () => {
          const fx = options.fixture();
          const admin = await options.admin();
          const prepared = testCase.setup ? await testCase.setup(admin, fx) : '';
          const before = testCase.probe ? await testCase.probe(admin, fx) : undefined;
          const res = await testCase.run(await options.clientFor(role), fx, prepared);
          if (allowed) {
            expect(res.errors).toBeUndefined();
            return;
          }
          const anonymous = role === 'anonymous';
          const code = errorCode(res as any);
          if (options.reads) expect(anonymous ? ['UNAUTHENTICATED', 'NOT_FOUND'] : ['FORBIDDEN', 'NOT_FOUND']).toContain(code);
          else expect(code).toBe(anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          if (testCase.probe) expect(await testCase.probe(admin, fx)).toEqual(before);
        });
      }
    }
  });
}
