/**
 * The first cache layer: recent public pages kept in this isolate's memory, in front of the Workers Cache API. A hit
 * here costs no I/O at all, where the Cache API costs two lookups (generation, then page).
 *
 * Freshness: page keys carry the generation, as in the Cache API. The generation itself is remembered for at most
 * GENERATION_MEMO_MS; an invalidation in this isolate replaces it at once, one in another isolate is seen here within
 * that time (the Cache API is per data centre anyway, so other data centres already follow only by PAGE_TTL_SECONDS).
 */
export const GENERATION_MEMO_MS = 1_000;
export const MAX_ENTRIES = 200;
export const MAX_BYTES = 8 * 1024 * 1024;

export type MemoryPage = { body: string; headers: [string, string][]; expiresAt: number };

export class PageMemory {
  private readonly generations = new Map<string, { value: string; until: number }>();
  // A Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used.
  private readonly pages = new Map<string, MemoryPage>();
  private bytes = 0;

  constructor(private readonly limits = { entries: MAX_ENTRIES, bytes: MAX_BYTES }) {}

  /** The generation of the pages of `origin` (the base of their keys), while it is remembered. */
  currentGeneration(origin: string, now: number): string | null {
    const generation = this.generations.get(origin);
    return generation && now < generation.until ? generation.value : null;
  }

  rememberGeneration(origin: string, value: string, now: number): void {
    if (this.generations.get(origin)?.value !== value) this.forget(`${origin}/`);
    this.generations.set(origin, { value, until: now + GENERATION_MEMO_MS });
  }

  get(key: string, now: number): MemoryPage | null {
    const page = this.pages.get(key);
    if (!page) return null;
    this.pages.delete(key);
    if (now >= page.expiresAt) {
      this.bytes -= page.body.length;
      return null;
    }
    this.pages.set(key, page);
    return page;
  }

  put(key: string, page: MemoryPage): void {
    if (page.body.length > this.limits.bytes / 4) return;
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.bytes -= old.body.length;
    }
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, entry] of this.pages) {
      if (this.pages.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.pages.delete(oldest);
      this.bytes -= entry.body.length;
    }
  }

  /** Pages of an older generation can never be asked for again: free them. */
  private forget(prefix: string): void {
    for (const [key, page] of this.pages) {
      if (!key.startsWith(prefix)) continue;
      this.pages.delete(key);
      this.bytes -= page.body.length;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.pages.size, bytes: this.bytes };
  }
}

/** The one memory of this isolate (module state lives as long as the isolate). */
export const pageMemory = new PageMemory();
