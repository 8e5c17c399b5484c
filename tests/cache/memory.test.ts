import { describe, expect, it } from 'vitest';
import { GENERATION_MEMO_MS, PageMemory, type MemoryPage } from '../../src/cache/memory';

const page = (body: string, expiresAt = 60_000): MemoryPage => ({ body, headers: [['Content-Type', 'text/html']], expiresAt });
const A = 'https://a.test';
const B = 'https://b.test';

describe('the in-memory page layer', () => {
  it('remembers a generation only for a moment, so another isolate’s invalidation is seen soon', () => {
    const memory = new PageMemory();
    memory.rememberGeneration(A, 'g1', 0);
    expect(memory.currentGeneration(A, GENERATION_MEMO_MS - 1)).toBe('g1');
    expect(memory.currentGeneration(A, GENERATION_MEMO_MS)).toBeNull();
    expect(memory.currentGeneration(B, 0)).toBeNull();
  });

  it('forgets the pages of an origin when its generation changes, and only those', () => {
    const memory = new PageMemory();
    memory.rememberGeneration(A, 'g1', 0);
    memory.rememberGeneration(B, 'h1', 0);
    memory.put(`${A}/__page-cache/g1/nl/lijst`, page('a'));
    memory.put(`${B}/__page-cache/h1/nl/lijst`, page('b'));
    memory.rememberGeneration(A, 'g1', 10); // the same generation again: nothing is lost
    expect(memory.get(`${A}/__page-cache/g1/nl/lijst`, 10)?.body).toBe('a');
    memory.rememberGeneration(A, 'g2', 20);
    expect(memory.get(`${A}/__page-cache/g1/nl/lijst`, 20)).toBeNull();
    expect(memory.get(`${B}/__page-cache/h1/nl/lijst`, 20)?.body).toBe('b');
    expect(memory.size).toEqual({ entries: 1, bytes: 1 });
  });

  it('drops a page at its expiry', () => {
    const memory = new PageMemory();
    memory.put('k', page('x', 100));
    expect(memory.get('k', 99)?.body).toBe('x');
    expect(memory.get('k', 100)).toBeNull();
    expect(memory.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('stays within its entry and byte limits, evicting the least recently used page first', () => {
    const memory = new PageMemory({ entries: 3, bytes: 40 });
    memory.put('one', page('1111'));
    memory.put('two', page('2222'));
    memory.put('three', page('3333'));
    memory.get('one', 0); // used: now the most recent
    memory.put('four', page('4444'));
    expect(memory.get('two', 0)).toBeNull();
    expect(['one', 'three', 'four'].map((k) => memory.get(k, 0)?.body)).toEqual(['1111', '3333', '4444']);

    memory.put('big', page('x'.repeat(10)));
    expect(memory.size.entries).toBeLessThanOrEqual(3);
    expect(memory.size.bytes).toBeLessThanOrEqual(40);
    // A page larger than a quarter of the memory is never kept.
    memory.put('huge', page('x'.repeat(11)));
    expect(memory.get('huge', 0)).toBeNull();
  });

  it('counts bytes right when a page is replaced', () => {
    const memory = new PageMemory();
    memory.put('k', page('abc'));
    memory.put('k', page('abcdef'));
    expect(memory.size).toEqual({ entries: 1, bytes: 6 });
  });
});
