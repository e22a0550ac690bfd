/** Plain CSS of the shop counter (the phone app stays small and works at 360 px; touch targets ≥ 44 px). */
export const REDEEM_STYLES = `
  :host { display: block; }
  h1 { margin: 8px 0 4px; font-size: 20px; }
  h2 { margin: 16px 0 8px; font-size: 17px; }
  .muted { color: #666; }
  .card { margin: 12px 0; padding: 12px; border: 1px solid #eee; border-radius: 8px; background: #fff; }
  .list { margin: 0; padding: 0; list-style: none; }
  .list > li { padding: 8px 0; border-top: 1px solid #f0f0f0; }
  .list > li:first-child { border-top: 0; }
  .row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 8px; }
  .inline { display: flex; gap: 8px; }
  .inline > input { flex: 1; min-width: 0; }
  .plus { color: #237804; font-weight: 600; }
  .minus { color: #a8071a; font-weight: 600; }
  label { display: block; margin: 14px 0 4px; font-weight: 600; }
  input, select {
    box-sizing: border-box; width: 100%; min-height: 44px; padding: 8px 10px; border: 1px solid #ccc;
    border-radius: 6px; background: #fff; font: inherit; font-size: 16px;
  }
  .field-error { margin: 4px 0 0; color: #a8071a; }
  button {
    display: inline-block; box-sizing: border-box; min-height: 44px; padding: 8px 16px; border: 1px solid #c41d7f;
    border-radius: 6px; background: #c41d7f; color: #fff; font: inherit; font-size: 16px; text-align: center;
    cursor: pointer;
  }
  button.secondary { background: #fff; color: #c41d7f; }
  button:disabled { opacity: 0.55; cursor: default; }
  .block { display: block; width: 100%; }
  .notice-ok { padding: 8px 12px; border: 1px solid #b7eb8f; border-radius: 6px; background: #f6ffed; color: #135200; }
  .notice-warn { padding: 8px 12px; border: 1px solid #ffccc7; border-radius: 6px; background: #fff2f0; color: #a8071a; }
  .figures { display: grid; grid-template-columns: repeat(2, 1fr); gap: 8px; margin: 8px 0; }
  .figures div { padding: 6px 8px; border-radius: 6px; background: #fafafa; }
  .figures dt { color: #666; font-size: 13px; }
  .figures dd { margin: 0; font-size: 18px; font-weight: 600; }
  .figures .strong dd { color: #c41d7f; font-size: 22px; }
  dl { margin: 0; }
`;
