import { formatUsd, ServiceName } from '../../pricing/lineItem'
import { serviceLabel } from '../results/costBreakdown'
import type { SimulationRun } from './simulationSession'
import { formatMs, formatShare } from './nodeFigures'

/** "API Gateway $12.00, Lambda $3.10": where the money goes, dearest first. */
function byService(costs: Readonly<Record<string, number>>): string {
  return Object.entries(costs)
    .sort(([, a], [, b]) => b - a)
    .map(
      ([service, usd]) =>
        `${isService(service) ? serviceLabel(service) : service} ${formatUsd(usd)}`,
    )
    .join(', ')
}

const isService = (name: string): name is ServiceName =>
  Object.values<string>(ServiceName).includes(name)

const nameOf = (id: string) => id.slice(id.indexOf(':') + 1) || id
const count = (n: number) => Math.round(n).toLocaleString('en-US')
const mean = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

/** The runs' summaries side by side: per function, per API, per table, and the month's cost. */
export function SummaryTables({ runs }: { runs: readonly SimulationRun[] }) {
  const labelled = runs.length > 1
  const first = runs[0]
  if (!first) return null
  return (
    <div className="simulation__summary" data-testid="simulation.summary">
      <table className="simulation__table">
        <caption>Functions, after the warm-up</caption>
        <thead>
          <tr>
            {labelled && <th>Run</th>}
            <th>Function</th>
            <th>Invocations</th>
            <th>Cold starts</th>
            <th>Throttled</th>
            <th title="Mean environments: busy + idle">Instances</th>
            <th>Busy</th>
            <th>Peak</th>
            <th>p50</th>
            <th>p95</th>
            <th>p99</th>
          </tr>
        </thead>
        <tbody>
          {runs.flatMap((run) =>
            Object.entries(run.result.summary.functions).map(([id, f]) => (
              <tr
                key={`${run.label}:${id}`}
                data-testid="simulation.summary.function"
                data-id={id}
                className={f.throttled > 0 ? 'is-alert' : undefined}
              >
                {labelled && <td>{run.label}</td>}
                <td>{nameOf(id)}</td>
                <td>{count(f.invocations)}</td>
                <td title={`${f.coldStartMs} ms each (${f.coldStartBasis})`}>
                  {count(f.coldStarts)} ({formatShare(f.coldStartProbability)})
                </td>
                <td>
                  {count(f.throttled)} ({formatShare(f.throttleProbability)})
                </td>
                <td>{mean(f.avgInstances)}</td>
                <td>{mean(f.avgBusy)}</td>
                <td>{count(f.peakConcurrency)}</td>
                <td>{formatMs(f.latencyMs.p50)}</td>
                <td>{formatMs(f.latencyMs.p95)}</td>
                <td>{formatMs(f.latencyMs.p99)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {Object.keys(first.result.summary.apis).length > 0 && (
        <table className="simulation__table">
          <caption>APIs</caption>
          <thead>
            <tr>
              {labelled && <th>Run</th>}
              <th>API</th>
              <th>Requests</th>
              <th>Served</th>
              <th title="Refused with 429 by any token bucket">Throttled (429)</th>
              <th title="The part of the 429s refused by the stage's or a route's limit">
                By stage or route
              </th>
              <th title="Refused because the function it invokes was throttled">
                Function throttled
              </th>
              <th>Timed out (504)</th>
            </tr>
          </thead>
          <tbody>
            {runs.flatMap((run) =>
              Object.entries(run.result.summary.apis).map(([id, a]) => (
                <tr key={`${run.label}:${id}`} className={a.throttled > 0 ? 'is-alert' : undefined}>
                  {labelled && <td>{run.label}</td>}
                  <td>{id}</td>
                  <td>{count(a.offered)}</td>
                  <td>{count(a.served)}</td>
                  <td>{count(a.throttled)}</td>
                  <td>{count(a.stageThrottled)}</td>
                  <td>{count(a.functionThrottled)}</td>
                  <td>{count(a.timedOut)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {Object.keys(first.result.summary.tables).length > 0 && (
        <table className="simulation__table">
          <caption>DynamoDB tables</caption>
          <thead>
            <tr>
              {labelled && <th>Run</th>}
              <th>Table</th>
              <th>Partitions</th>
              <th>RCU consumed</th>
              <th>WCU consumed</th>
              <th title="Throttled attempts, including those a retry got through">Throttles</th>
              <th>Failed reads</th>
              <th>Failed writes</th>
            </tr>
          </thead>
          <tbody>
            {runs.flatMap((run) =>
              Object.entries(run.result.summary.tables).map(([id, t]) => (
                <tr
                  key={`${run.label}:${id}`}
                  data-testid="simulation.summary.table"
                  className={t.throttleEvents > 0 ? 'is-alert' : undefined}
                >
                  {labelled && <td>{run.label}</td>}
                  <td>{nameOf(id)}</td>
                  <td>{t.partitions}</td>
                  <td>{count(t.consumedRcu)}</td>
                  <td>{count(t.consumedWcu)}</td>
                  <td>{count(t.throttleEvents)}</td>
                  <td>{count(t.throttledReads)}</td>
                  <td>{count(t.throttledWrites)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      <p className="results__muted" data-testid="simulation.summary.cost">
        {runs
          .map(
            (run) =>
              `${labelled ? `${run.label}: ` : ''}${
                run.result.summary.cost === null
                  ? 'not priced'
                  : `${formatUsd(run.result.summary.cost)} a month at this traffic (${byService(
                      run.result.summary.costByService,
                    )})`
              }`,
          )
          .join(' · ')}
      </p>
    </div>
  )
}
