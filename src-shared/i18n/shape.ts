/** A catalogue with the same keys as `T`, any wording: what every other language must provide. */
export type CatalogueShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };

/** A nested catalogue of messages. */
export type CatalogueTree = { readonly [key: string]: string | CatalogueTree };
