import { cacheOrigin, generationKey } from './keys';
import { pageMemory } from './memory';

const GENERATION_TTL_SECONDS = 30 * 24 * 60 * 60;

function generationResponse(generation: string): Response {
  return new Response(generation, { headers: { 'Cache-Control': `max-age=${GENERATION_TTL_SECONDS}` } });
}

function newGeneration(): string {
  return crypto.randomUUID();
}

/**
 * The current generation of the public pages in this data centre. Page keys contain it, so writing a new generation
 * makes every stored page unreachable at once (the Cache API has no purge by prefix). When the entry is missing
 * (first use, evicted) a fresh one is written, so pages stored under an older generation can never come back.
 */
export async function currentGeneration(cache: Cache, origin: string): Promise<string> {
  const stored = await cache.match(generationKey(origin));
  if (stored) return stored.text();
  const generation = newGeneration();
  await cache.put(generationKey(origin), generationResponse(generation));
  return generation;
}

/**
 * Makes every cached public page stale in this data centre, so the next visitor sees the change at once. Call it
 * after a command published, changed or archived anything the public site shows. Never throws: the change itself is
 * already saved, and at worst pages are stale for PAGE_TTL_SECONDS.
 */
export async function invalidatePublicPages(from: { env: Pick<Env, 'PUBLIC_ORIGIN'> } | Pick<Env, 'PUBLIC_ORIGIN'>): Promise<void> {
  const env = 'env' in from ? from.env : from;
  const origin = cacheOrigin(env.PUBLIC_ORIGIN);
  const generation = newGeneration();
  // This isolate sees the change at once; others within GENERATION_MEMO_MS (see memory.ts).
  pageMemory.rememberGeneration(origin, generation, Date.now());
  try {
    await caches.default.put(generationKey(origin), generationResponse(generation));
  } catch (err) {
    console.error('invalidatePublicPages failed', err);
  }
}
