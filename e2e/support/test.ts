import { test as base, expect, type BrowserContext, type ConsoleMessage } from "@playwright/test";

// Every spec imports `test` and `expect` from here. The console guard watches every page of every
// context a test opens (its own `page` and those of `browser.newContext()`) for what must never happen:
// missing messages, next-intl's environment fallback, hydration errors and uncaught exceptions.
const FORBIDDEN = [/MISSING_MESSAGE/, /ENVIRONMENT_FALLBACK/, /[Hh]ydration/, /did not match/];

function watch(context: BrowserContext, problems: string[]) {
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    const text = message.text();
    if (FORBIDDEN.some((pattern) => pattern.test(text))) problems.push(`console ${message.type()}: ${text}`);
  };
  context.on("console", onConsole);
  context.on("weberror", (error) => problems.push(`uncaught: ${error.error().message}`));
}

export const test = base.extend<{ consoleGuard: void }>({
  consoleGuard: [
    async ({ context, browser }, use) => {
      const problems: string[] = [];
      watch(context, problems);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watch(created, problems);
        return created;
      };
      await use();
      browser.newContext = newContext;
      // Any of these fails the test: the page showed a raw key, formatted in the wrong time zone, or broke.
      expect([...new Set(problems)], "the console guard saw problems").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
