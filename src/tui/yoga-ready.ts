/**
 * Resolves once Ink's layout engine (yoga, WebAssembly) is ready. Run from source, as the
 * tests do, importing yoga-layout has already done that, with a top-level await. The
 * built CLI is CommonJS, which has no top-level await, so scripts/build.mjs gives Ink a
 * yoga that loads here instead, and puts its own yogaReady in place of this one.
 */
export async function yogaReady(): Promise<void> {}
