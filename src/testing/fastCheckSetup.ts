import fc from 'fast-check'

/**
 * Property tests explore new random inputs on every local run, but CI runs them from a fixed
 * seed so that a landing never depends on luck. `FC_SEED=<n>` replays a failure reported with
 * that seed, anywhere.
 */
const seed = process.env.FC_SEED ?? (process.env.CI ? '20261127' : undefined)
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) })
