import { getJestProjectsAsync } from '@nx/jest';

/** Every unit and integration test of the workspace (the e2e suite runs separately with `npm run e2e`). */
export default async () => ({
  // a global option: project configs cannot set it when Jest runs several projects
  testTimeout: 60000,
  projects: (await getJestProjectsAsync()).filter((p: string) => !p.includes('apps/e2e')),
});
