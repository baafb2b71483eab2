import { ensureLargeDataset } from './large-dataset';

/** Prepares what the specs share: the seeded `large` dataset (built once, then cached). */
export default function globalSetup(): void {
  ensureLargeDataset();
}
