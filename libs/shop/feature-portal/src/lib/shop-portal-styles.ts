/** Plain CSS shared by the points-shop pages of the portal (works at 360 px; touch targets ≥ 44 px). */
export const SHOP_PORTAL_STYLES = `
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
    margin: 16px 0 6px;
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
    overflow-wrap: anywhere;
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
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 8px 6px;
    border-top: 1px solid #f0f0f0;
    text-align: left;
  }
  th {
    color: #666;
    font-weight: 500;
  }
  .stats {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
    gap: 4px 8px;
    margin: 4px 0 0;
  }
  .stats dt {
    color: #888;
    font-size: 13px;
  }
  .stats dd {
    margin: 0;
    font-size: 15px;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .wide {
    display: none;
  }
  @media (min-width: 600px) {
    .wide {
      display: table;
    }
    .compact {
      display: none;
    }
  }
`;
