export function refusalReason(argv: string[], env: Record<string, string | undefined>, wranglerToml: string): string | null;
