// Small waiting assertions on top of playwright-core (which has no `expect`): they poll until true or time out.
import assert from 'node:assert/strict';

export async function eventually(check, { timeoutMs = 10_000, message = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result;
      last = new Error(`${message} is still false`);
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${message}: ${last?.message}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the locator's visible text contains `expected` (a string or RegExp). */
export async function expectText(locator, expected, timeoutMs = 10_000) {
  await eventually(
    async () => {
      const text = (await locator.innerText()).replace(/\s+/g, ' ');
      if (typeof expected === 'string' ? !text.includes(expected) : !expected.test(text)) {
        throw new Error(`text was "${text.slice(0, 300)}"`);
      }
    },
    { timeoutMs, message: `text ${expected}` },
  );
}

export async function expectVisible(locator, timeoutMs = 10_000) {
  await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
}

export async function expectCount(locator, expected) {
  await eventually(async () => (await locator.count()) === expected, { message: `${expected} matching elements` });
}

export async function expectFocused(locator, message = 'the element to have focus') {
  await eventually(() => locator.evaluate((el) => el === document.activeElement), { message });
}

export { assert };
