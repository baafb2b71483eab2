export { seedDataset, DEFAULT_REFERENCE_DATE, DEFAULT_SEED, type SeedOptions, type SeedResult } from './seed-dataset';
export { datasetSizes, datasetSizeNames, isDatasetSize, type DatasetCounts, type DatasetSize } from './sizes';
