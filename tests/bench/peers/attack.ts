import { benchConnections, loadRequests, watchMemory } from '../../support/bench.ts';
import { aliasAttack, deepAttack, graphqlRequest } from './queries.ts';
import { alive, type Running, settle } from './servers.ts';

/** How the answers to one kind of attack request came back, counted by status and GraphQL error code. */
function tally() {
  const counts: Record<string, number> = {};
  return {
    counts,
    onResponse(status: number, body: string) {
      let key = `HTTP ${status}`;
      // Big answers are data: parsing them here would slow the load generator down.
      if (body.length <= 1_000_000) {
        try {
          const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
          const codes = [...new Set((parsed.errors ?? []).map((e) => e.extensions?.code ?? 'no code'))];
          key += codes.length ? ` ${codes.join(' + ')}` : '';
          key += parsed.data ? ' with data' : '';
        } catch {
          key += ' (not JSON)';
        }
      } else {
        key += body.slice(0, 200).includes('"errors"') ? ' with errors, over 1 MB' : ' with data, over 1 MB';
      }
      counts[key] = (counts[key] ?? 0) + 1;
    },
  };
}

/** Median milliseconds of `times` requests sent one after another to an otherwise idle server, and the last status. */
async function sequential(url: string, body: string, times = 21): Promise<{ medianMs: number; status: number }> {
  const durations: number[] = [];
  let status = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    durations.push(performance.now() - started);
    status = res.status;
  }
  durations.sort((a, b) => a - b);
  return { medianMs: Math.round((durations[Math.floor(times / 2)] ?? 0) * 10) / 10, status };
}

/**
 * The directory under `benchConnections` clients, first alone and then while
 * as many clients again send attack queries (half a 20-level nesting, half
 * 500 aliases of a 100-organisation page); Verbund's peak memory meanwhile, and
 * whether it is still up afterwards. Verbund runs as it ships (default limits).
 */
export async function attackUnderLoad(verbund: Running, warmUpSeconds: number) {
  const directory = verbund.request('directory');
  // How fast a refusal is on its own, before anything else loads the server.
  const idle = {
    deep: await sequential(verbund.url, graphqlRequest(deepAttack(20)).body),
    aliases: await sequential(verbund.url, graphqlRequest(aliasAttack(500)).body),
  };
  await loadRequests(verbund.url, [directory], { seconds: warmUpSeconds });
  await settle(verbund, directory);
  const aloneMemory = watchMemory(verbund.pid);
  const alone = await loadRequests(verbund.url, [directory]);
  const { peakMiB: aloneRssMiB } = await aloneMemory.stop();
  await settle(verbund, directory);
  const deep = tally();
  const aliases = tally();
  const memory = watchMemory(verbund.pid);
  const [underAttack, deepRun, aliasRun] = await Promise.all([
    loadRequests(verbund.url, [directory]),
    loadRequests(verbund.url, [{ ...graphqlRequest(deepAttack(20)), onResponse: deep.onResponse }], {
      connections: benchConnections / 2,
    }),
    loadRequests(verbund.url, [{ ...graphqlRequest(aliasAttack(500)), onResponse: aliases.onResponse }], {
      connections: benchConnections / 2,
    }),
  ]);
  const afterwards = await alive(verbund);
  const { peakMiB, highWaterMiB } = await memory.stop();
  return {
    directoryAlone: alone,
    directoryUnderAttack: underAttack,
    deep: { ...deepRun, answers: deep.counts, idle: idle.deep },
    aliases: { ...aliasRun, answers: aliases.counts, idle: idle.aliases },
    /** Largest RSS sampled while the directory ran alone, and under attack; the high-water mark since the server started. */
    aloneRssMiB,
    peakRssMiB: peakMiB,
    highWaterRssMiB: highWaterMiB,
    afterwards,
  };
}
