import type { SimulationResult } from '../../sim/simulationWorker'
import type { NodeFigures } from '../../store/designerStore'

/** `240 ms`, `1.2 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–'
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`
}

/** `3.1 %`, `0 %`, `< 0.1 %`. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return '0 %'
  if (share < 0.001) return '< 0.1 %'
  return `${(100 * share).toFixed(share < 0.1 ? 1 : 0)} %`
}

/**
 * What a run says about each resource, in a few words for its node on the canvas: a function's
 * p99 latency, cold starts and throttles; an API's rate and throttles; a table's partitions and
 * throttles. Red (`alert`) wherever anything was throttled or timed out.
 */
export function figuresOf(result: SimulationResult): NodeFigures {
  const { summary } = result
  const figures: Record<string, { text: string; alert: boolean }> = {}
  for (const [id, f] of Object.entries(summary.functions)) {
    const parts = [
      `p99 ${formatMs(f.latencyMs.p99)}`,
      `${formatShare(f.coldStartProbability)} cold`,
    ]
    if (f.throttled > 0) parts.push(`${formatShare(f.throttleProbability)} throttled`)
    if (f.timedOut > 0) parts.push(`${f.timedOut.toLocaleString('en-US')} timed out`)
    figures[id] = { text: parts.join(' · '), alert: f.throttled > 0 || f.timedOut > 0 }
  }
  for (const [id, a] of Object.entries(summary.apis)) {
    const rps = summary.windowS > 0 ? a.offered / summary.windowS : 0
    const parts = [`${rps.toFixed(rps < 10 ? 1 : 0)} rps`]
    if (a.throttled > 0) parts.push(`${formatShare(a.throttled / a.offered)} throttled`)
    if (a.timedOut > 0) parts.push(`${a.timedOut.toLocaleString('en-US')} timed out`)
    figures[id] = { text: parts.join(' · '), alert: a.throttled > 0 || a.timedOut > 0 }
  }
  for (const [id, t] of Object.entries(summary.tables)) {
    const failed = t.throttledReads + t.throttledWrites
    const parts = [`${t.partitions} partition${t.partitions === 1 ? '' : 's'}`]
    if (t.throttleEvents > 0) parts.push(`${t.throttleEvents.toLocaleString('en-US')} throttles`)
    if (failed > 0) parts.push(`${failed.toLocaleString('en-US')} failed`)
    figures[id] = { text: parts.join(' · '), alert: t.throttleEvents > 0 }
  }
  return figures
}
