import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest, longest first. */
const longest = ['accessibility', 'meetings', 'steering', 'fund', 'map', 'referral-paths', 'volunteering'];

/**
 * Starts the longest files first, so that both workers finish at about the
 * same time: a clean checkout has no timings from an earlier run to go by.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = longest.findIndex((name) => file.moduleId.endsWith(`/${name}.e2e.ts`));
      return index === -1 ? longest.length : index;
    };
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    // One server and one browser per file, two files at a time: the machine has two cores, and one
    // file alone leaves a quarter of them idle while its browser and server wait on each other.
    fileParallelism: true,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
