// CPU time per request, read from workerd's own CPU profiler through the inspector `wrangler dev` exposes.
// Timers inside a Worker do not advance during computation (Spectre mitigation), so the handler cannot time itself;
// the V8 sampling profiler can. Only the portal's isolate is profiled: local D1 runs in a Durable Object of its own,
// as D1 does in production, so its SQLite work is not counted, the worker's JavaScript (routing, JSX, queries' JS) is.
import WebSocket from 'ws';

const SAMPLING_INTERVAL_US = 100;
const NOT_CPU = new Set(['(idle)', '(program)']);

async function connect(inspectorPort) {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json();
  const target = targets.find((t) => t.webSocketDebuggerUrl) ?? targets[0];
  if (!target?.webSocketDebuggerUrl) throw new Error(`no inspector target on port ${inspectorPort}`);
  const socket = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = message.id !== undefined && pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
    else waiter.resolve(message.result);
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  return { send, close: () => socket.close() };
}

/** Milliseconds per kind of sample: running JavaScript (GC included), `(program)` (native), `(idle)`. */
export function profileMilliseconds(profile) {
  const kind = new Map(profile.nodes.map((n) => [n.id, NOT_CPU.has(n.callFrame.functionName) ? n.callFrame.functionName : 'js']));
  const totals = { js: 0, '(program)': 0, '(idle)': 0 };
  for (let i = 0; i < profile.samples.length; i++) totals[kind.get(profile.samples[i])] += (profile.timeDeltas[i] ?? 0) / 1000;
  return totals;
}

/**
 * Sends `count` requests one after another to `url` while the profiler runs, and returns the median CPU time of a
 * request (profiled one by one, so a median, not a mean) in milliseconds.
 */
export async function cpuPerRequest(inspectorPort, url, headers, count = 15) {
  const inspector = await connect(inspectorPort);
  try {
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    const perRequest = [];
    for (let i = 0; i < count; i++) {
      await inspector.send('Profiler.start');
      const res = await fetch(url, { headers, redirect: 'manual' });
      await res.arrayBuffer();
      const { profile } = await inspector.send('Profiler.stop');
      perRequest.push(profileMilliseconds(profile));
    }
    const median = (key) => perRequest.map((p) => p[key]).sort((a, b) => a - b)[Math.floor(perRequest.length / 2)];
    return { js: median('js'), program: median('(program)'), idle: median('(idle)'), samples: perRequest.length };
  } finally {
    inspector.close();
  }
}
