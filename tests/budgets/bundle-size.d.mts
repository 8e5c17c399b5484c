export type BundleSize = { rawBytes: number; gzipBytes: number; files: string[] };
export function buildWorkerBundle(outdir: string, configPath?: string): string;
export function bundleSize(outdir: string): BundleSize;
export function measureWorkerBundle(): BundleSize;
