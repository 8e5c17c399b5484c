/** Counting stops here: beyond it the pages say "more than 200" — nobody pages through more, and it keeps counts cheap. */
export const COUNT_CAP = 200;
