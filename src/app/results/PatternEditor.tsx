import { useState } from 'react'
import { LineSeries } from '../../charts'
import {
  ARRIVALS,
  averageRps,
  PATTERN_TYPES,
  type TrafficPattern,
  type TrafficSource,
} from '../../model/scenario'
import { NumberField } from './NumberField'
import {
  formatSteps,
  parseSeries,
  parseSteps,
  patternOfType,
  patternPreview,
  setArrivals,
  setPattern,
} from './patternEdits'
import { useScenarioEdit } from './useScenarioEdit'

const PATTERN_LABEL: Readonly<Record<TrafficPattern['type'], string>> = {
  constant: 'Constant',
  ramp: 'Ramp',
  spike: 'Spike',
  wave: 'Wave (daily)',
  step: 'Steps',
  series: 'Series',
}

interface PatternEditorProps {
  readonly source: TrafficSource
  readonly index: number
  readonly durationS: number
}

/** One traffic entry's shape over the run: its type, its figures, its arrivals and a preview. */
export function PatternEditor({ source, index, durationS }: PatternEditorProps) {
  const edit = useScenarioEdit()
  const { pattern } = source
  const commit = (next: TrafficPattern) => edit((s) => setPattern(s, index, next))
  const preview = patternPreview(pattern, durationS)
  return (
    <div className="results__pattern" data-testid={`results.scenario.pattern.${index}`}>
      <select
        aria-label={`Shape of traffic entry ${index + 1}`}
        data-testid={`results.scenario.patternType.${index}`}
        value={pattern.type}
        onChange={(event) => {
          const type = PATTERN_TYPES.find((t) => t === event.target.value)
          if (type) commit(patternOfType(type, pattern, durationS))
        }}
      >
        {PATTERN_TYPES.map((type) => (
          <option key={type} value={type}>
            {PATTERN_LABEL[type]}
          </option>
        ))}
      </select>
      <PatternFields pattern={pattern} index={index} commit={commit} />
      <select
        aria-label={`Arrivals of traffic entry ${index + 1}`}
        data-testid={`results.scenario.arrivals.${index}`}
        title="How requests are spaced in the simulation"
        value={source.arrivals}
        onChange={(event) => edit((s) => setArrivals(s, index, event.target.value))}
      >
        {ARRIVALS.map((a) => (
          <option key={a} value={a}>
            {a === 'poisson' ? 'Poisson arrivals' : 'Evenly spaced'}
          </option>
        ))}
      </select>
      {pattern.type !== 'constant' && (
        <div className="results__preview">
          <LineSeries
            title={`Traffic entry ${index + 1} over the run`}
            width={260}
            height={90}
            format={(rps) => `${Number(rps.toPrecision(3))}`}
            data={preview.map((p) => ({ label: `${Math.round(p.tS)} s`, value: p.rps }))}
          />
          <span className="results__muted">
            {averageRps(pattern, durationS).toFixed(2)} rps on average
          </span>
        </div>
      )}
    </div>
  )
}

interface FieldsProps {
  readonly pattern: TrafficPattern
  readonly index: number
  readonly commit: (pattern: TrafficPattern) => string | null
}

function PatternFields({ pattern, index, commit }: FieldsProps) {
  const field = (
    name: string,
    label: string,
    value: number,
    unit: string,
    next: (v: number) => TrafficPattern,
  ) => (
    <NumberField
      key={name}
      label={`${label} of traffic entry ${index + 1}`}
      testId={`results.scenario.${name}.${index}`}
      unit={unit}
      value={value}
      onCommit={(v) => commit(next(v))}
    />
  )
  switch (pattern.type) {
    case 'constant':
      return field('rps', 'Requests per second', pattern.rps, 'rps', (rps) => ({ ...pattern, rps }))
    case 'ramp':
      return (
        <>
          {field('fromRps', 'Starting rate', pattern.fromRps, 'rps →', (fromRps) => ({
            ...pattern,
            fromRps,
          }))}
          {field('toRps', 'Final rate', pattern.toRps, 'rps', (toRps) => ({ ...pattern, toRps }))}
        </>
      )
    case 'spike':
      return (
        <>
          {field('baseRps', 'Base rate', pattern.baseRps, 'rps, peak', (baseRps) => ({
            ...pattern,
            baseRps,
          }))}
          {field('peakRps', 'Peak rate', pattern.peakRps, 'rps at', (peakRps) => ({
            ...pattern,
            peakRps,
          }))}
          {field('atS', 'Peak start', pattern.atS, 's for', (atS) => ({ ...pattern, atS }))}
          {field('forS', 'Peak length', pattern.forS, 's', (forS) => ({ ...pattern, forS }))}
        </>
      )
    case 'wave':
      return (
        <>
          {field('meanRps', 'Mean rate', pattern.meanRps, 'rps ±', (meanRps) => ({
            ...pattern,
            meanRps,
          }))}
          {field(
            'amplitudeRps',
            'Amplitude',
            pattern.amplitudeRps,
            'rps every',
            (amplitudeRps) => ({ ...pattern, amplitudeRps }),
          )}
          {field('periodS', 'Period', pattern.periodS, 's', (periodS) => ({ ...pattern, periodS }))}
        </>
      )
    case 'step':
      return (
        <ListField
          label={`Steps of traffic entry ${index + 1}, as second:rate pairs`}
          testId={`results.scenario.steps.${index}`}
          placeholder="0:10, 600:50"
          value={formatSteps(pattern.steps)}
          onCommit={(text) => {
            const steps = parseSteps(text)
            return steps
              ? commit({ type: 'step', steps })
              : 'Write second:rate pairs, e.g. 0:10, 600:50.'
          }}
        />
      )
    case 'series':
      return (
        <>
          {field('stepS', 'Seconds per value', pattern.stepS, 's each:', (stepS) => ({
            ...pattern,
            stepS,
          }))}
          <ListField
            label={`Rates of traffic entry ${index + 1}, one per step`}
            testId={`results.scenario.series.${index}`}
            placeholder="5, 10, 20"
            value={pattern.rps.join(', ')}
            onCommit={(text) => {
              const rps = parseSeries(text)
              return rps ? commit({ ...pattern, rps }) : 'Write rates ≥ 0 separated by commas.'
            }}
          />
        </>
      )
  }
}

interface ListFieldProps {
  readonly label: string
  readonly testId: string
  readonly placeholder: string
  readonly value: string
  readonly onCommit: (text: string) => string | null
}

/** A text box for a list, committed on every valid change like `NumberField`. */
function ListField({ label, testId, placeholder, value, onCommit }: ListFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  return (
    <span className="results__field">
      <input
        type="text"
        aria-label={label}
        aria-invalid={error !== null}
        data-testid={testId}
        placeholder={placeholder}
        value={draft ?? value}
        onChange={(event) => {
          setDraft(event.target.value)
          setError(onCommit(event.target.value))
        }}
        onBlur={() => {
          if (error === null) setDraft(null)
        }}
      />
      {error && (
        <span className="results__error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </span>
  )
}
