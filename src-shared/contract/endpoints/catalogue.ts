import type { PriceList, PriceListSummary, Product, ResolvedPrice } from '../../domain/catalogue';
import type { Page } from '../../domain/records';
import { endpoint } from '../endpoint';
import { priceListAssignInput, priceListListInput, priceListSaveInput, priceResolveInput, productCreateInput, productListInput, productUpdateInput } from '../inputs/catalogue';
import { byId, byIds } from '../inputs/common';
import { noInput } from '../inputs/misc';

/** Products and services, price lists and the price a product has for a company. */
export const catalogueEndpoints = {
  'products.list': endpoint<Page<Product>>()(productListInput),
  'products.categories': endpoint<{ name: string; count: number }[]>()(noInput),
  'products.get': endpoint<Product>()(byId),
  'products.create': endpoint<Product>()(productCreateInput),
  'products.update': endpoint<Product>()(productUpdateInput),
  'products.delete': endpoint<{ ids: string[] }>()(byIds),
  'products.restore': endpoint<{ ids: string[] }>()(byIds),

  'priceLists.list': endpoint<PriceListSummary[]>()(priceListListInput),
  'priceLists.get': endpoint<PriceList>()(byId),
  'priceLists.save': endpoint<PriceList>()(priceListSaveInput),
  'priceLists.delete': endpoint<{ id: string }>()(byId),
  'priceLists.assign': endpoint<PriceList>()(priceListAssignInput),
  'prices.resolve': endpoint<ResolvedPrice>()(priceResolveInput),
} as const;
