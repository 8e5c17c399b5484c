// Measures one route: a single probe for its figures (D1 round trips, HTML size, latency of one request on an idle
// server), then autocannon at fixed concurrency.
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

const PROBE_TIMEOUT_MS = 180_000;

export async function probe(url, headers = {}) {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      headers: { ...headers, 'Accept-Encoding': 'identity' },
      redirect: 'manual',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    const body = Buffer.from(await res.arrayBuffer());
    const trips = res.headers.get('x-d1-round-trips');
    return {
      status: res.status,
      ms: performance.now() - started,
      trips: trips === null ? null : Number(trips),
      cache: res.headers.get('x-cache'),
      rawBytes: body.length,
      gzipBytes: gzipSync(body).length,
    };
  } catch (err) {
    return {
      status: `no answer (${err.cause?.code ?? err.name})`,
      ms: performance.now() - started,
      trips: null,
      cache: null,
      rawBytes: 0,
      gzipBytes: 0,
    };
  }
}

/**
 * Requests a load run leaves unanswered keep running in the worker (and queue on the one local D1) after autocannon
 * stops; waits until a one-row D1 page answers quickly again, so the next route starts on an idle server.
 */
export async function settle(url, alive, { quickMs = 1_000, maxMs = 240_000 } = {}) {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline && alive()) {
    const { ms, status } = await probe(url, { Cookie: 'bench=uncached' });
    if (status === 200 && ms < quickMs) return;
    await sleep(500);
  }
}

export async function load(url, headers, { connections, duration, warmup }) {
  const options = { url, headers, connections, pipelining: 1, timeout: 30 };
  // One connection: warms the code paths without leaving a queue of slow requests behind for the measured run.
  await autocannon({ ...options, connections: 1, duration: warmup });
  const result = await autocannon({ ...options, duration });
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
