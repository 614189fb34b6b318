/**
 * Builds a module-level zod schema so that bundlers can drop it when it is unused. Write
 * `export const XSchema = defineSchema(() => z.object({ ... }))` with a pure annotation before the
 * call: the call has one side-effect-free argument (a function), so the whole statement goes, nested
 * `z.*()` calls included, whereas an annotated `z.object({ a: z.string() })` keeps its nested calls.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSchema<T>(build: () => T): T {
  return build();
}
