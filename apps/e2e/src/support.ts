import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, withIdCheckChar } from '@xiangzhi/registry/util';
import { Page } from 'playwright-core';
import { BASE_URL } from './browser';

export const PASSWORD = 'Xiangzhi@2026';

/** Calls the API directly (set-up and look-ups the UI flow does not need to show). */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function apiToken(username: string): Promise<string> {
  const d = await api<{ login: { accessToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
    { i: { username, password: PASSWORD } },
  );
  return d.login.accessToken;
}

/** Signs in through a login form (console or grid). */
export async function signIn(page: Page, path: string, username: string): Promise<void> {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((u) => !u.pathname.endsWith('/login'));
}

/** A valid ID number from its first 17 digits (the product's own GB 11643 helper). */
export const withCheck = withIdCheckChar;

/** The import layout's columns, as the product defines them. */
export const HEADERS = IMPORT_COLUMNS;

/** An import workbook with the product's column layout. */
export async function rosterWorkbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('户籍');
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
