import { describe, expect, it } from "vitest";
import { artifactPath, browserTest, launchChromium } from "./chromium.ts";

if (!browserTest.run) console.warn(browserTest.skipNote);

describe.runIf(browserTest.run)("launchChromium", () => {
  it("renders a page and takes a screenshot", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent("<main><h1>mra-circulair</h1><p id='n'>33</p></main>");
      expect(await page.textContent("#n")).toBe("33");
      const path = artifactPath("screenshots/browser-testing.png");
      await page.screenshot({ path });
    } finally {
      await browser.close();
    }
  });
});
