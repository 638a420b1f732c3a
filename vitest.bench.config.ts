import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
    pool: 'forks',
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
