import type { ApiHandlers } from '../../core/dispatch';
import { getProduct, listProducts, productCategories } from './queries';
import { createProduct, setProductsDeleted, updateProduct } from './service';

export const productHandlers = {
  'products.list': (input, { core }) => listProducts(core.read, input),
  'products.categories': (_input, { core }) => productCategories(core.read),
  'products.get': (input, { core }) => getProduct(core.read, input.id),
  'products.create': (input, { core }) => createProduct(core, input),
  'products.update': (input, { core }) => updateProduct(core, input),
  'products.delete': (input, { core }) => setProductsDeleted(core, input.ids, true),
  'products.restore': (input, { core }) => setProductsDeleted(core, input.ids, false),
} satisfies Partial<ApiHandlers>;
