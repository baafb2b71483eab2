/** The reference datasets of performance.md. Deals and activities are generated once they exist. */
export type DatasetSize = 'demo' | 'large' | 'huge';

export type DatasetCounts = {
  contacts: number;
  companies: number;
  deals: number;
  activities: number;
};

export const datasetSizes: Record<DatasetSize, DatasetCounts> = {
  demo: { contacts: 200, companies: 40, deals: 60, activities: 600 },
  large: { contacts: 100_000, companies: 20_000, deals: 30_000, activities: 300_000 },
  huge: { contacts: 1_000_000, companies: 200_000, deals: 300_000, activities: 3_000_000 },
};

export const datasetSizeNames = Object.keys(datasetSizes) as DatasetSize[];

export function isDatasetSize(value: unknown): value is DatasetSize {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(datasetSizes, value);
}
