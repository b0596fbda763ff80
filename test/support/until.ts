/** Polls until `check` holds; fails the test, naming what it waited for, after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 8000, what = 'a condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
