// Stops the embedded PostgreSQL once the last project of the run has finished.
export default async function globalTeardown() {
  globalThis.__xzSetups = (globalThis.__xzSetups ?? 1) - 1;
  if (globalThis.__xzSetups > 0) return;
  if (globalThis.__xzPg) {
    await globalThis.__xzPg.stop();
    globalThis.__xzPg = undefined;
    delete process.env.XZ_TEST_ADMIN_URL;
  }
}
