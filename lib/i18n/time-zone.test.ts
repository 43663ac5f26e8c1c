import { afterEach, describe, expect, it } from "vitest";
import { timeZone } from "./time-zone";

describe("the UI's time zone", () => {
  afterEach(() => {
    delete process.env.SANAD_TIME_ZONE;
  });
  it("is SANAD_TIME_ZONE when it names a zone, else UTC", () => {
    expect(timeZone()).toBe("UTC");
    process.env.SANAD_TIME_ZONE = "Asia/Baghdad";
    expect(timeZone()).toBe("Asia/Baghdad");
    process.env.SANAD_TIME_ZONE = "Mars/Olympus";
    expect(timeZone()).toBe("UTC");
  });
});
