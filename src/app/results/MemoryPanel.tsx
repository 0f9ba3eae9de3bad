import { useMemo, useState } from 'react'
import { LineComparison } from '../../charts'
import { memoryCurve } from '../../pricing/analysis/memoryCurve'
import type { UsageFile } from '../../pricing/flow'
import { lambdaBooks } from '../../pricing/lambda/prices'
import { formatUsd } from '../../pricing/lineItem'
import { NumberField } from './NumberField'

const DEFAULT_CPU_SHARE_PERCENT = 50

const formatMb = (mb: number) =>
  mb >= 1024 ? `${(mb / 1024).toFixed(mb % 1024 ? 1 : 0)} GB` : `${mb} MB`

/**
 * One function's month against its memory size. Lambda gives CPU in proportion to memory, so the
 * CPU-bound share of the measured duration shrinks as memory grows and the rest does not: the
 * user says how CPU-bound the code is, and the chart shows where it is cheapest.
 */
export function MemoryPanel({ usage }: { usage: UsageFile }) {
  const functions = (usage.lambda ?? []).filter((f) => f.requests + f.provisionedRequests > 0)
  const [chosen, setChosen] = useState<string | null>(null)
  const [cpuPercent, setCpuPercent] = useState(DEFAULT_CPU_SHARE_PERCENT)
  const fn = functions.find((f) => f.name === chosen) ?? functions[0]
  const curve = useMemo(() => {
    if (!fn) return null
    try {
      return memoryCurve({
        requests: fn.requests + fn.provisionedRequests,
        durationMs: fn.durationMs,
        referenceMemoryMb: fn.memoryMb,
        cpuBoundShare: cpuPercent / 100,
        architecture: fn.architecture,
        prices: lambdaBooks[usage.priceBook],
        // The free allowance is shared by every function of the account, so one function's
        // curve is its own cost before it: otherwise a small function reads $0 at every size.
        freeTier: false,
        memorySizesMb: [fn.memoryMb, ...sampleSizes],
      })
    } catch (error) {
      return error instanceof RangeError ? error.message : null
    }
  }, [fn, cpuPercent, usage.priceBook])
  if (!fn || curve === null) return null
  return (
    <section
      className="results__memory"
      data-testid="results.memory"
      aria-label="Cost against memory"
    >
      <h3>Cost against memory</h3>
      <div className="results__settings">
        <label>
          Function{' '}
          <select
            data-testid="results.memory.function"
            value={fn.name}
            onChange={(event) => setChosen(event.target.value)}
          >
            {functions.map((f) => (
              <option key={f.name} value={f.name}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          CPU-bound share{' '}
          <NumberField
            label="Share of the duration spent computing, in percent"
            testId="results.memory.cpuShare"
            unit="%"
            value={cpuPercent}
            onCommit={(percent) => {
              if (!(percent >= 0 && percent <= 100)) return 'Between 0 and 100 %.'
              setCpuPercent(percent)
              return null
            }}
          />
        </label>
      </div>
      {typeof curve === 'string' ? (
        <p className="results__error" role="alert">
          {curve}
        </p>
      ) : (
        <>
          <LineComparison
            title={`${fn.name} a month against memory`}
            data={curve.points.map((p) => ({
              x: p.memoryMb,
              cost: p.monthlyCost,
              ms: p.durationMs,
            }))}
            series={[{ key: 'cost', label: 'Monthly cost', color: '#4f6bed' }]}
            formatX={formatMb}
            formatY={formatUsd}
            logX
            marks={[
              {
                kind: 'dot',
                x: curve.cheapest.memoryMb,
                y: curve.cheapest.monthlyCost,
                label: 'cheapest',
              },
            ]}
          />
          <p className="results__muted" data-testid="results.memory.cheapest">
            Now {formatMb(fn.memoryMb)}: {formatUsd(costAt(curve.points, fn.memoryMb))} a month.
            Cheapest at {formatMb(curve.cheapest.memoryMb)}: {formatUsd(curve.cheapest.monthlyCost)}
            , {curve.cheapest.durationMs.toFixed(0)} ms per invocation.
          </p>
          <code className="results__formula">{curve.formula}</code>
        </>
      )}
    </section>
  )
}

/** Powers of two and Lambda's 1-vCPU point; the function's own size is added to them. */
const sampleSizes = [128, 256, 512, 1024, 1769, 2048, 3008, 4096, 6144, 8192, 10240]

function costAt(points: readonly { memoryMb: number; monthlyCost: number }[], memoryMb: number) {
  return points.find((p) => p.memoryMb === memoryMb)?.monthlyCost ?? Number.NaN
}
