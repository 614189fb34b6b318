/**
 * Builds a module-level zod schema so that bundlers can drop it when it is unused. Write
 * `export const XSchema = /* @__PURE__ *\/ defineSchema(() => z.object({ ... }))`: the annotated call
 * has one side-effect-free argument (a function), so the whole statement goes, nested `z.*()` calls
 * included. A bare `/* @__PURE__ *\/ z.object({ a: z.string() })` would keep its nested calls.
 *
 * @example
 * defineSchema(() => 42) //=> 42
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSchema<T>(build: () => T): T {
  return build();
}
