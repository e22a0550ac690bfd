/**
 * Plain CSS shared by the grid app pages (no UI library: the phone app must stay small and work at 360 px).
 * Touch targets are at least 44 px high.
 */
export const PAGE_STYLES = `
  :host {
    display: block;
  }
  h1 {
    margin: 8px 0 12px;
    font-size: 20px;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li + li {
    border-top: 1px solid #eee;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-height: 44px;
    padding: 10px 4px;
    color: inherit;
    text-decoration: none;
  }
  .item strong {
    font-size: 16px;
  }
  .item small,
  .muted {
    color: #666;
  }
  .row {
    display: flex;
    gap: 8px;
  }
  .row > input {
    flex: 1;
    min-width: 0;
  }
  label {
    display: block;
    margin: 12px 0 4px;
    font-weight: 600;
  }
  input {
    min-height: 44px;
    padding: 8px 12px;
    border: 1px solid #ccc;
    border-radius: 6px;
    font-size: 16px;
  }
  button,
  .button {
    min-height: 44px;
    padding: 8px 16px;
    border: 0;
    border-radius: 6px;
    background: #c41d7f;
    color: #fff;
    font-size: 16px;
    text-decoration: none;
    cursor: pointer;
  }
  button.secondary {
    border: 1px solid #c41d7f;
    background: #fff;
    color: #c41d7f;
  }
  button.block {
    width: 100%;
  }
  button:disabled {
    opacity: 0.6;
  }
  .field-error {
    color: #a8071a;
  }
  .loading {
    color: #666;
  }
`;
