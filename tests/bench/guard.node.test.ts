import { describe, expect, it } from 'vitest';
import { projectWranglerToml, runBench } from './cli.mjs';
import { refusalReason } from './guard.mjs';

const config = projectWranglerToml();

describe('npm run bench refuses anything but its own local database', () => {
  it('runs with no arguments, --quick or --load, against the local-only wrangler.toml', () => {
    expect(refusalReason([], {}, config)).toBeNull();
    expect(refusalReason(['--quick'], { ENVIRONMENT: 'development' }, config)).toBeNull();
    expect(refusalReason(['--load'], {}, config)).toBeNull();
    expect(refusalReason(['--sizes=1000,100000', '--routes=activities,days'], {}, config)).toBeNull();
  });

  it.each([['--remote'], ['-r'], ['--env=production'], ['--persist-to', '.wrangler/state'], ['--database=partnerportaal']])(
    'refuses %s',
    (...argv) => {
      expect(refusalReason(argv, {}, config)).toMatch(/alleen tegen een eigen lokale database/);
    },
  );

  it('refuses a production environment and unknown options', () => {
    expect(refusalReason([], { ENVIRONMENT: 'production' }, config)).toMatch(/nooit tegen productie/);
    expect(refusalReason([], { CLOUDFLARE_ENV: 'production' }, config)).toMatch(/CLOUDFLARE_ENV=production/);
    expect(refusalReason(['--sneller'], {}, config)).toMatch(/onbekende optie '--sneller'/);
    expect(refusalReason(['--sizes=veel'], {}, config)).toMatch(/onbekende optie '--sizes=veel'/);
    expect(refusalReason(['--routes=/etc'], {}, config)).toMatch(/onbekende optie/);
  });

  it('refuses a config that binds the database remotely', () => {
    const remote = config.replace('migrations_dir = "migrations"', 'migrations_dir = "migrations"\nremote = true');
    expect(remote).not.toBe(config);
    expect(refusalReason([], {}, remote)).toMatch(/remote = true/);
  });

  it('exits with status 2 and says why, before it builds or starts anything', () => {
    const result = runBench(['--remote']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm run bench weigert');
    expect(result.stderr).toContain('lokale database');
    expect(result.stdout).not.toContain('building');
  });
});
