// Measures one route: a single probe for its figures (D1 round trips, HTML size), then autocannon at fixed concurrency.
import autocannon from 'autocannon';
import { gzipSync } from 'node:zlib';

export async function probe(url, headers = {}) {
  const res = await fetch(url, { headers: { ...headers, 'Accept-Encoding': 'identity' }, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  const trips = res.headers.get('x-d1-round-trips');
  return {
    status: res.status,
    trips: trips === null ? null : Number(trips),
    cache: res.headers.get('x-cache'),
    rawBytes: body.length,
    gzipBytes: gzipSync(body).length,
  };
}

export async function load(url, headers, { connections, duration, warmup }) {
  const options = { url, headers, connections, pipelining: 1, timeout: 10 };
  await autocannon({ ...options, duration: warmup });
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
