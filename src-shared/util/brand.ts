/** A nominal type: a string that the compiler will not confuse with another kind of id. */
export type Brand<T, B extends string> = T & { readonly __brand: B };
