/** The replies page's stylesheet, over the timetable's: one sheet on screen, A4 portrait in print, no filters on paper. */
export const REPLIES_CSS = `
@page { size: A4 portrait; margin: 12mm 12mm; }
:root { --yes: #2e7d32; --maybe: #a86a00; --no: #b3261e; --none: #8c96a3; }
.replies.sheet { width: 190mm; }
.replies h2 { margin: 0; font-size: 18px; }
.replies h3 { margin: 0 0 4px; font-size: 14px; }
.replies h3 time { font-variant-numeric: tabular-nums; margin-right: 6px; }
.filters { margin: 10px 0 4px; padding: 8px 10px; background: #f5f7fa; border: 1px solid var(--rule); border-radius: 3px; }
.filter-row { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; margin: 3px 0; }
.filter-name { font-weight: 600; min-width: 5.5em; }
.chip { display: inline-block; padding: 1px 9px; border: 1px solid var(--rule); border-radius: 11px; background: #fff; color: var(--ink); text-decoration: none; }
.chip[aria-current="true"] { background: var(--ink); border-color: var(--ink); color: #fff; font-weight: 600; }
.filters select, .filters button { font: inherit; padding: 1px 6px; }
.active { margin: 8px 0; }
.filter-on { white-space: nowrap; }
.active .remove { margin-left: 3px; text-decoration: none; font-weight: 700; color: var(--no); }
.progress { margin: 6px 0 10px; }
.progress-label { margin: 0 0 3px; }
.bar { display: flex; height: 18px; border: 1px solid var(--rule); border-radius: 3px; overflow: hidden; background: #fff; }
.seg { display: block; overflow: hidden; white-space: nowrap; color: #fff; font-size: 11px; font-weight: 600; line-height: 16px; text-align: center; }
.seg-yes { background: var(--yes); } .seg-maybe { background: var(--maybe); } .seg-no { background: var(--no); }
.seg-none { background: repeating-linear-gradient(135deg, #e4e8ee 0 5px, #f4f6f9 5px 10px); color: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 3px 0 0; padding: 0; list-style: none; font-size: 12px; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.day { margin-top: 14px; }
.day-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; border-bottom: 1px solid var(--ink); padding-bottom: 3px; }
.day-head .day-meta { white-space: normal; }
.slot { margin: 12px 0 0; break-inside: avoid; page-break-inside: avoid; }
.slot-tally { margin: 0 0 3px; font-size: 11.5px; color: var(--muted); }
.answers col.person { width: 34%; } .answers col.answer { width: 14%; }
.answers a { color: inherit; }
.answer { font-weight: 600; white-space: nowrap; }
.answer-yes { color: var(--yes); } .answer-maybe { color: var(--maybe); } .answer-no { color: var(--no); } .answer-none { color: var(--muted); }
.answer-yes::before { content: "✓ "; } .answer-maybe::before { content: "? "; } .answer-no::before { content: "✗ "; } .answer-none::before { content: "– "; }
@media print {
  .replies.sheet { width: auto; }
  .no-print { display: none !important; }
  .answers a { text-decoration: none; }
  .replies h2 { font-size: 14pt; }
  .replies h3 { font-size: 11pt; }
  .answers th, .answers td { padding: 2px 5px; font-size: 9.5pt; }
}
`;
