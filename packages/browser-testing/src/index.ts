export { artifactPath, browserTest, launchChromium } from "./chromium.ts";
