import type { SimulationResult } from '../../sim/simulationWorker'

/** Counts per bucket as rates per second. */
export function perSecond(values: Float64Array, bucketS: number): Float64Array {
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = (values[i] ?? 0) / bucketS
  return out
}

/**
 * A table's consumed capacity, stored bucket by bucket (`b × partitions + p`), turned partition
 * by partition (`p × buckets + b`), as the heat map draws rows.
 */
export function byPartition(values: Float64Array, partitions: number): Float64Array {
  const buckets = partitions > 0 ? Math.floor(values.length / partitions) : 0
  const out = new Float64Array(buckets * partitions)
  for (let b = 0; b < buckets; b++) {
    for (let p = 0; p < partitions; p++) out[p * buckets + b] = values[b * partitions + p] ?? 0
  }
  return out
}

/** The layer whose traffic the design's entry points see first: the API's, else Lambda's. */
export function entryLayer(result: SimulationResult): 'api' | 'lambda' {
  const offered = result.layers.api.offered
  for (let i = 0; i < offered.length; i++) if ((offered[i] ?? 0) > 0) return 'api'
  return 'lambda'
}

/** `fraction` of each value: free tier left as a share of the allowance. */
export function shareOf(values: Float64Array, whole: number): Float64Array {
  const out = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) out[i] = whole > 0 ? (values[i] ?? 0) / whole : 0
  return out
}
