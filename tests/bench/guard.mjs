// The benchmark fills a database with 100,000 generated rows: it must only ever touch its own local, temporary state.

const KNOWN_FLAGS = new Set(['--quick', '--load']);
/** Options with a value: which dataset sizes and which routes (keys in run.mjs) to measure. */
const VALUE_FLAGS = [/^--sizes=\d+(,\d+)*$/, /^--routes=[a-z0-9-]+(,[a-z0-9-]+)*$/];

/**
 * Returns why the benchmark refuses to run, or null when it may. It never accepts a flag that could point it at a
 * remote database, never runs in a production environment, and refuses a wrangler config that binds a remote resource
 * (`remote = true`), which `wrangler dev` and `getPlatformProxy` would otherwise connect to.
 */
export function refusalReason(argv, env, wranglerToml) {
  const remoteFlag = argv.find((arg) => /^(--remote|-r|--env|-e|--persist-to|--database)(=|$)/.test(arg));
  if (remoteFlag) return `de benchmark draait alleen tegen een eigen lokale database; '${remoteFlag}' is niet toegestaan`;
  const unknown = argv.find((arg) => !KNOWN_FLAGS.has(arg) && !VALUE_FLAGS.some((flag) => flag.test(arg)));
  if (unknown) return `onbekende optie '${unknown}' (toegestaan: ${[...KNOWN_FLAGS].join(', ')}, --sizes=1000,100000, --routes=activities,days)`;
  for (const name of ['ENVIRONMENT', 'CLOUDFLARE_ENV', 'NODE_ENV']) {
    if (env[name] === 'production') return `${name}=production: de benchmark draait nooit tegen productie`;
  }
  if (/^\s*(experimental_)?remote\s*=\s*true/m.test(wranglerToml)) {
    return 'wrangler.toml koppelt een binding aan een remote resource (remote = true); de benchmark vult alleen een lokale database';
  }
  return null;
}
