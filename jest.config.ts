import { getJestProjectsAsync } from '@nx/jest';

/** Every unit and integration test of the workspace (the e2e suite runs separately with `npm run e2e`). */
export default async () => ({
  projects: (await getJestProjectsAsync()).filter((p: string) => !p.includes('apps/e2e')),
});
