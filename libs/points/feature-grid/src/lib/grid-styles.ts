/** Plain CSS of the grid app's points pages (the phone app stays small and works at 360 px; targets ≥ 44 px). */
export const POINTS_GRID_STYLES = `
  :host {
    display: block;
  }
  h1 {
    margin: 8px 0 4px;
    font-size: 20px;
  }
  h2 {
    margin: 16px 0 8px;
    font-size: 17px;
  }
  .muted {
    color: #666;
  }
  .card {
    margin: 12px 0;
    padding: 12px;
    border: 1px solid #eee;
    border-radius: 8px;
    background: #fff;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    padding: 8px 0;
    border-top: 1px solid #f0f0f0;
  }
  .list > li:first-child {
    border-top: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
  }
  .plus {
    color: #237804;
    font-weight: 600;
  }
  .minus {
    color: #a8071a;
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    padding: 0 6px;
    border-radius: 4px;
    background: #f5f5f5;
    color: #555;
    font-size: 13px;
  }
  label {
    display: block;
    margin: 14px 0 4px;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    border: 1px solid #ccc;
    border-radius: 6px;
    background: #fff;
    font: inherit;
    font-size: 16px;
  }
  .hint {
    margin: 2px 0 0;
    color: #888;
    font-size: 13px;
  }
  .field-error {
    margin: 4px 0 0;
    color: #a8071a;
  }
  button,
  .button {
    display: inline-block;
    box-sizing: border-box;
    min-height: 44px;
    padding: 8px 16px;
    border: 1px solid #c41d7f;
    border-radius: 6px;
    background: #c41d7f;
    color: #fff;
    font: inherit;
    font-size: 16px;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: #fff;
    color: #c41d7f;
  }
  .block {
    display: block;
    width: 100%;
  }
  button:disabled {
    opacity: 0.55;
  }
  .notice-ok {
    padding: 8px 12px;
    border: 1px solid #b7eb8f;
    border-radius: 6px;
    background: #f6ffed;
    color: #135200;
  }
  .notice-warn {
    padding: 8px 12px;
    border: 1px solid #ffccc7;
    border-radius: 6px;
    background: #fff2f0;
    color: #a8071a;
  }
`;
