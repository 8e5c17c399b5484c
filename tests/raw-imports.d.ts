// Vite's `?raw` imports (a file's text), e.g. public/_headers in tests/security/probe-defects.test.ts.
declare module '*?raw' {
  const text: string;
  export default text;
}
