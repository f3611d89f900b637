/** The timetable's stylesheet: a sheet per day on screen, a page per day on A4 landscape. */
export const TIMETABLE_CSS = `
@page { size: A4 landscape; margin: 9mm 10mm; }
* { box-sizing: border-box; }
:root {
  --ink: #1b2430; --muted: #5b6675; --rule: #c9d1db; --paper: #ffffff; --desk: #eef1f5;
  --interview: #1f5fa8; --focusGroup: #7a3e9d; --siteVisit: #2e7d32; --teamMeeting: #56606d;
  --feedback: #b35c00; --presentation: #8a6d00; --break: #8c96a3;
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; background: var(--desk); color: var(--ink);
  font: 13px/1.35 "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
}
.sheet {
  background: var(--paper); width: 277mm; max-width: calc(100% - 32px); margin: 16px auto; padding: 7mm 8mm;
  box-shadow: 0 1px 4px rgba(20, 30, 45, 0.18); border-radius: 3px;
}
.sheet-head { display: flex; justify-content: space-between; align-items: flex-end; gap: 12px;
  border-bottom: 2px solid var(--ink); padding-bottom: 5px; margin-bottom: 8px; }
.eyebrow { margin: 0; font-size: 11px; letter-spacing: 0.04em; text-transform: uppercase; color: var(--muted); }
h1 { margin: 2px 0 0; font-size: 22px; line-height: 1.15; }
h2 { margin: 14px 0 6px; font-size: 16px; }
.day-meta { text-align: right; font-size: 11px; color: var(--muted); white-space: nowrap; }
.status { display: inline-block; margin-top: 3px; padding: 1px 7px; border-radius: 9px; font-weight: 600; color: #fff; background: var(--feedback); }
.status-booked { background: var(--siteVisit); }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: var(--ink); color: #fff; font-size: 12px; letter-spacing: 0.02em; }
col.time { width: 7.6em; }
tbody th { font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; background: #f5f7fa; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.session { border-left: 4px solid var(--kind, var(--muted)); background: color-mix(in srgb, var(--kind, var(--muted)) 7%, white); }
.session .title { display: block; font-weight: 600; }
.session .what, .session .note { display: block; font-size: 11.5px; color: var(--muted); }
.session .peers { display: block; font-size: 11.5px; margin-top: 1px; }
.kind-label { font-weight: 600; color: var(--kind, var(--muted)); }
.empty { background: repeating-linear-gradient(135deg, #fafbfc 0 6px, #f2f4f7 6px 12px); }
.fixed td { background: color-mix(in srgb, var(--kind, var(--muted)) 12%, white); border-left: 4px solid var(--kind, var(--muted)); }
.fixed .title { font-weight: 600; }
.fixed .what { color: var(--muted); font-size: 11.5px; }
.kind-interview { --kind: var(--interview); } .kind-focusGroup { --kind: var(--focusGroup); }
.kind-siteVisit { --kind: var(--siteVisit); } .kind-teamMeeting { --kind: var(--teamMeeting); }
.kind-feedback { --kind: var(--feedback); } .kind-presentation { --kind: var(--presentation); }
.kind-break { --kind: var(--break); }
.nothing { color: var(--muted); font-style: italic; }
.summary ul { margin: 4px 0; padding-left: 20px; }
.summary td, .summary th { font-size: 12px; }
.present::before { content: "✓ "; color: var(--siteVisit); font-weight: 700; }
.missing::before { content: "✗ "; color: #b3261e; font-weight: 700; }
.foot { margin-top: 6px; font-size: 10.5px; color: var(--muted); }
.notice { max-width: 640px; }
.notice code { background: #eef1f5; padding: 1px 5px; border-radius: 3px; }
@media print {
  body { background: none; font-size: 11pt; }
  .sheet { width: auto; max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  .sheet:not(:last-child) { break-after: page; page-break-after: always; }
  h1 { font-size: 18pt; }
  thead th { font-size: 10.5pt; }
  .session .what, .session .note, .session .peers, .fixed .what { font-size: 9pt; }
  .dense th, .dense td { padding: 2px 4px; font-size: 9.5pt; line-height: 1.25; }
  .dense .session .what, .dense .session .note, .dense .session .peers, .dense .fixed .what { font-size: 8pt; }
}
`;
