import { FONT_FAMILY, INK } from "./theme.ts";

/**
 * The report's style sheet, inlined in the page: readable on screen and on paper, badge colours with a contrast
 * above 7:1, and every rule scoped to .mra-dashboard so that the fragment can sit in another page.
 */
export const DASHBOARD_CSS = `
.mra-dashboard { font-family: ${FONT_FAMILY}; color: ${INK}; line-height: 1.45; max-width: 72rem; margin: 0 auto; padding: 0 1rem 2rem; }
.mra-dashboard.mra-header { padding-bottom: 0; }
.mra-dashboard h1 { font-size: 1.8rem; line-height: 1.2; margin: 1.5rem 0 0.25rem; }
.mra-dashboard h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #e5e7eb; padding-bottom: 0.25rem; }
.mra-dashboard h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
.mra-dashboard figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
.mra-dashboard figcaption { font-weight: 600; margin-bottom: 0.25rem; }
.mra-dashboard figure > p { margin: 0 0 0.5rem; color: #4b5563; font-size: 0.9rem; }
.mra-dashboard svg { display: block; width: 100%; max-width: 56rem; height: auto; }
.mra-dashboard table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
.mra-dashboard caption { text-align: left; font-size: 0.85rem; color: #4b5563; padding-bottom: 0.25rem; caption-side: top; }
.mra-dashboard th, .mra-dashboard td { border-bottom: 1px solid #e5e7eb; padding: 0.25rem 0.75rem 0.25rem 0; text-align: left; vertical-align: top; }
.mra-dashboard thead th { border-bottom: 2px solid #9ca3af; }
.mra-dashboard .num { text-align: right; white-space: nowrap; }
.mra-dashboard .badge { display: inline-block; padding: 0 0.5rem; border-radius: 0.75rem; font-size: 0.8rem; font-weight: 600; white-space: nowrap; }
.mra-dashboard .badge-achieved { background: #dcfce7; color: #14532d; }
.mra-dashboard .badge-on-track { background: #dbeafe; color: #1e3a8a; }
.mra-dashboard .badge-behind { background: #ffedd5; color: #7c2d12; }
.mra-dashboard .badge-missed { background: #fee2e2; color: #7f1d1d; }
.mra-dashboard .badge-no-data { background: #f3f4f6; color: #374151; }
.mra-dashboard dl { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; margin: 0.5rem 0 1rem; }
.mra-dashboard dt { font-weight: 600; }
.mra-dashboard dd { margin: 0; }
.mra-dashboard .note { font-size: 0.85rem; color: #4b5563; }
@media print { .mra-dashboard { max-width: none; padding: 0; } .mra-dashboard.mra-header { padding-bottom: 0; }
.mra-dashboard h1 { font-size: 1.8rem; line-height: 1.2; margin: 1.5rem 0 0.25rem; }
.mra-dashboard h2 { break-after: avoid; } }
`;
