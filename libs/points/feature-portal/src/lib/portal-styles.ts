/** Plain CSS shared by the points pages of the portal (works at 360 px; touch targets ≥ 44 px). */
export const POINTS_PORTAL_STYLES = `
  :host {
    display: block;
  }
  h1 {
    margin: 8px 0 4px;
    font-size: 22px;
  }
  h2 {
    margin: 20px 0 8px;
    font-size: 18px;
  }
  h3 {
    margin: 12px 0 6px;
    font-size: 16px;
  }
  .muted {
    color: #666;
  }
  .card {
    margin: 12px 0;
    padding: 12px 14px;
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
    padding: 10px 0;
    border-top: 1px solid #f0f0f0;
  }
  .list > li:first-child {
    border-top: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
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
    margin: 12px 0 4px;
    font-weight: 600;
  }
  input,
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    border: 1px solid #ccc;
    border-radius: 6px;
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
    padding: 10px 16px;
    border: 1px solid #c41d7f;
    border-radius: 6px;
    background: #c41d7f;
    color: #fff;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary,
  .button.secondary {
    background: #fff;
    color: #c41d7f;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 12px;
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
