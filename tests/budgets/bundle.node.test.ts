import { describe, expect, it } from 'vitest';
import { measureWorkerBundle } from './bundle-size.mjs';
import { BUDGETS, kb } from './budgets';

describe('worker bundle budget', () => {
  it(`stays within ${kb(BUDGETS.bundleGzipBytes)} gzip as wrangler would upload it`, () => {
    const { rawBytes, gzipBytes, files } = measureWorkerBundle();
    expect(files.length).toBeGreaterThan(0);
    expect(rawBytes).toBeGreaterThan(gzipBytes);
    expect(gzipBytes, `worker bundle is ${kb(gzipBytes)} gzip (${kb(rawBytes)} raw), budget ${kb(BUDGETS.bundleGzipBytes)}`).toBeLessThanOrEqual(
      BUDGETS.bundleGzipBytes,
    );
  });
});
