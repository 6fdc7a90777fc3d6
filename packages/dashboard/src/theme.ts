/**
 * Series colours: each has a contrast of at least 4.5:1 on white (WCAG 1.4.11 asks 3:1 of graphics), and
 * neighbours differ in lightness as well as hue, for readers who do not tell red from green.
 */
export const SERIES_COLOURS = [
  "#1f5fa8",
  "#c2410c",
  "#15803d",
  "#7e22ce",
  "#a16207",
  "#0e7490",
  "#be185d",
  "#4b5563",
] as const;

/** Text and axis lines in the charts: near-black on white, 15:1. */
export const INK = "#1f2937";

/** Grid lines: light, because they only guide the eye. */
export const GRID_LINE = "#d1d5db";

/** The target line and its label. */
export const TARGET_COLOUR = "#b91c1c";

/** The font of the charts, the page's own, so that SVG text and HTML text match. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
