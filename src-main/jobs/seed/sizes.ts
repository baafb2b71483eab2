/**
 * The reference datasets of performance.md,
 * and the size of the catalogue their quotes are made from.
 */
export type DatasetSize = 'demo' | 'large' | 'huge';

export type DatasetCounts = {
  contacts: number;
  companies: number;
  deals: number;
  activities: number;
  products: number;
};

export const datasetSizes: Record<DatasetSize, DatasetCounts> = {
  demo: { contacts: 200, companies: 40, deals: 60, activities: 600, products: 60 },
  large: { contacts: 100_000, companies: 20_000, deals: 30_000, activities: 300_000, products: 200 },
  huge: { contacts: 1_000_000, companies: 200_000, deals: 300_000, activities: 3_000_000, products: 200 },
};

export const datasetSizeNames = Object.keys(datasetSizes) as DatasetSize[];

export function isDatasetSize(value: unknown): value is DatasetSize {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(datasetSizes, value);
}
