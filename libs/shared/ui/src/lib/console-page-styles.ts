/**
 * The layout rules the console's pages share (title row, toolbar, hints, numbers, form rows, field errors, the
 * description list of a record). A component adds them with `styles: [CONSOLE_PAGE_STYLES]` beside its own sheet.
 */
export const CONSOLE_PAGE_STYLES = `
.title-row {
  display: flex;
  flex-wrap: wrap;
  gap: 12px;
  align-items: baseline;
  justify-content: space-between;
}
.toolbar {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  align-items: center;
  margin: 12px 0;
}
.toolbar .filter {
  min-width: 180px;
}
.spacer {
  flex: 1;
}
.hint {
  color: rgba(0, 0, 0, 0.55);
  margin: 8px 0;
}
.mono {
  white-space: nowrap;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12px;
}
.num {
  text-align: right;
  font-variant-numeric: tabular-nums;
}
.form-row {
  display: flex;
  flex-direction: column;
  gap: 4px;
  margin-bottom: 12px;
}
.form-row .control {
  width: 100%;
}
.field-error {
  color: #a8071a;
  font-size: 12px;
}
.meta {
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: 4px 16px;
  margin: 12px 0;
}
.meta dt {
  color: rgba(0, 0, 0, 0.55);
}
.meta dd {
  margin: 0;
}
`;
