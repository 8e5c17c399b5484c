export function runBench(args: string[], timeout?: number): { status: number | null; stdout: string; stderr: string };
export function projectWranglerToml(): string;
