import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

const resolve = {
  alias: {
    '@': root,
    // Outside Next's "react-server" condition the real module throws on import.
    'server-only': path.join(root, 'node_modules/server-only/empty.js'),
  },
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/helpers/setup-env.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['tests/integration/**/*.test.ts'],
          setupFiles: ['tests/helpers/setup-env.ts'],
          // PGlite takes ~600 MB and 3–4 s per instance: one per file, two files at a time.
          pool: 'forks',
          maxWorkers: 2,
          fileParallelism: true,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Unit tests first, then these with their own worker cap.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
