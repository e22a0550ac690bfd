/** Plain CSS shared by the checklist pages of the portal (works at 360 px; touch targets ≥ 44 px). */
export const CHECKLISTS_PORTAL_STYLES = `
  :host {
    display: block;
  }
  h1 {
    margin: 8px 0 4px;
    font-size: 22px;
  }
  h2 {
    margin: 16px 0 6px;
    font-size: 18px;
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
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    color: #c41d7f;
    text-decoration: none;
  }
`;
