// A deliberately small test runner: journeys run one after another (they share one portal and build on each other's
// data), each with a time limit; the last line is "N passed, N failed" and the exit code says whether all passed.
const journeys = [];

/** Registers a journey; `fn` gets the run's context (browser, baseURL, helpers). */
export function journey(name, fn, { timeoutMs = 180_000 } = {}) {
  journeys.push({ name, fn, timeoutMs });
}

function withTimeout(promise, ms, name) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs every registered journey in order. `verify` runs after a journey and may still fail it; `onFailure` may save
 * evidence (screenshots) and `cleanup` closes what the journey opened before the next one starts.
 */
export async function runJourneys(context, { verify, onFailure, cleanup } = {}) {
  const results = [];
  for (const j of journeys) {
    const started = Date.now();
    try {
      await withTimeout(
        Promise.resolve().then(() => j.fn(context)),
        j.timeoutMs,
        j.name,
      );
      if (verify) await verify();
      results.push({ name: j.name, ok: true });
      console.log(`  ✔ ${j.name} (${seconds(Date.now() - started)})`);
    } catch (error) {
      results.push({ name: j.name, ok: false, error });
      console.log(`  ✘ ${j.name} (${seconds(Date.now() - started)})`);
      console.log(indent(error?.stack ?? String(error)));
      if (onFailure) await onFailure(j.name).catch((e) => console.log(indent(`(evidence not saved: ${e.message})`)));
    }
    if (cleanup) await cleanup();
  }
  return results;
}

export const indent = (text) =>
  String(text)
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
