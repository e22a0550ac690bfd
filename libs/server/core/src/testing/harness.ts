/* eslint-disable @nx/enforce-module-boundaries */
// The platform's own integration specs boot it through the shared harness, which is built on this library. That
// cycle exists for tests only (nothing under src/lib imports this file), so it is kept out of the project graph
// (nx-ignore-next-line) and allowed here, in this one place.
// nx-ignore-next-line
export { createTestApp, type GqlResult, type TestApp } from '@xiangzhi/server/testing';
