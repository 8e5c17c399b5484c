// Turns what a visitor types into a safe SQLite FTS5 query. Only letters, digits and combining marks survive; every
// word becomes a quoted prefix term, so FTS syntax (quotes, *, NEAR, AND/OR/NOT, column filters, parentheses),
// SQL and HTML in the search box are plain words or disappear, and can never change the query's meaning.

export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_MAX_TERMS = 8;

export type SearchInput = { terms: string[]; truncated: boolean; tooManyWords: boolean };

export function searchTerms(input: string): SearchInput {
  const truncated = input.length > SEARCH_MAX_LENGTH;
  const words = input
    .slice(0, SEARCH_MAX_LENGTH)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((word) => word !== '');
  const unique = [...new Set(words)];
  return { terms: unique.slice(0, SEARCH_MAX_TERMS), truncated, tooManyWords: unique.length > SEARCH_MAX_TERMS };
}

/** `"taal"* "cafe"*`: all words must occur, each as the start of a word. Null when there is nothing to search for. */
export function toFtsQuery(terms: string[]): string | null {
  if (!terms.length) return null;
  return terms.map((term) => `"${term.replaceAll('"', '')}"*`).join(' ');
}
