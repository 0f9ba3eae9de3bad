import { useState } from 'react'
import {
  API_TYPES,
  LAMBDA_ARCHITECTURES,
  PRICE_BOOK_IDS,
  calculateApiGateway,
  calculateLambda,
  type LambdaComparisonRow,
} from '../pricing/calculators'
import { formatQuantity as q, formatUsd } from '../pricing/lineItem'
import {
  parse,
  useTexts,
  errorOf,
  Section,
  numberInputs,
  Select,
  Checkbox,
  Figure,
  Formulas,
  Unplaced,
  lineFormulas,
} from './calculatorFields'

/** Cost calculators: a Lambda month and an API Gateway month, with their line formulas. */

const LAMBDA_LABELS = {
  requestsPerMonth: 'Requests a month',
  durationMs: 'Average duration',
  memoryMb: 'Memory',
}
const BOOK_LABELS = { current: 'current (1 ms billing)', '2018': '2018 (100 ms billing)' }

export function LambdaSection() {
  const s = 'lambda'
  const [texts, set] = useTexts({ requests: '1000000', durationMs: '120', memoryMb: '512' })
  const [architecture, setArchitecture] = useState<(typeof LAMBDA_ARCHITECTURES)[number]>('x86_64')
  const [book, setBook] = useState<(typeof PRICE_BOOK_IDS)[number]>('current')
  const [freeTier, setFreeTier] = useState(false)
  const result = calculateLambda({
    requestsPerMonth: parse(texts.requests),
    durationMs: parse(texts.durationMs),
    memoryMb: parse(texts.memoryMb),
    architecture,
    freeTier,
    book,
  })
  const error = errorOf(result, LAMBDA_LABELS)
  const f = result.ok ? result.value : null
  const input = numberInputs(s, texts, set, LAMBDA_LABELS, error)
  return (
    <Section name={s} title="Lambda">
      {input('requests', 'requestsPerMonth', 'requests')}
      {input('durationMs', 'durationMs', 'ms')}
      {input('memoryMb', 'memoryMb', 'MB')}
      <Select
        section={s}
        name="architecture"
        label="Architecture"
        value={architecture}
        options={LAMBDA_ARCHITECTURES}
        onChange={setArchitecture}
      />
      <Select
        section={s}
        name="book"
        label="Price book"
        value={book}
        options={PRICE_BOOK_IDS}
        describe={(id) => BOOK_LABELS[id]}
        onChange={setBook}
      />
      <Checkbox
        section={s}
        name="freeTier"
        label="Free tier (1M requests, 400,000 GB-s)"
        checked={freeTier}
        onChange={setFreeTier}
      />
      <Unplaced section={s} error={error} fields={Object.keys(LAMBDA_LABELS)} />
      <dl className="calc__figures">
        <Figure
          section={s}
          name="billedMs"
          label="Billed per call"
          value={f && `${q(f.billedMs.value)} ms`}
        />
        <Figure
          section={s}
          name="gbSeconds"
          label="GB-seconds"
          value={f && `${q(f.gbSeconds.value)} GB-s`}
        />
        <Figure section={s} name="total" label="Monthly" value={f && formatUsd(f.total.value)} />
      </dl>
      <Formulas
        section={s}
        lines={
          f && [
            f.billedMs.formula,
            f.gbSeconds.formula,
            ...lineFormulas(f.lines),
            `Total: ${f.total.formula}`,
            ...f.notes,
          ]
        }
      />
      <LambdaComparison rows={f?.comparison ?? []} />
    </Section>
  )
}

function LambdaComparison({ rows }: { rows: readonly LambdaComparisonRow[] }) {
  const notes = [...new Set(rows.flatMap((row) => (row.ok && row.note ? [row.note] : [])))]
  return (
    <>
      <ComparisonTable rows={rows} />
      {notes.map((note) => (
        <p key={note} className="calc__hint">
          * {note}
        </p>
      ))}
    </>
  )
}

function ComparisonTable({ rows }: { rows: readonly LambdaComparisonRow[] }) {
  return (
    <table className="calc__table" data-testid="lessons.calc.lambda.comparison">
      <caption>Same workload, other architecture and rounding</caption>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col">Arch</th>
          <th scope="col">Billed</th>
          <th scope="col">GB-s</th>
          <th scope="col">Monthly</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.book}-${row.architecture}`}
            className={row.selected ? 'calc__row--selected' : undefined}
            aria-current={row.selected ? 'true' : undefined}
            title={row.ok ? row.note : row.problem}
          >
            <td>
              {row.book} ({q(row.roundingMs)} ms)
            </td>
            <td>{row.architecture}</td>
            {row.ok ? (
              <>
                <td>{q(row.billedMs)} ms</td>
                <td>{q(row.gbSeconds)}</td>
                <td>
                  {formatUsd(row.totalUsd)}
                  {row.note && <span className="calc__note"> *</span>}
                </td>
              </>
            ) : (
              <td colSpan={3} className="calc__problem">
                {row.problem}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

// ── API Gateway ───────────────────────────────────────────────────────────────────────────

const API_LABELS = {
  requestsPerMonth: 'Requests a month',
  avgRequestKb: 'Average request',
  messagesPerMonth: 'Messages a month',
  connectionMinutes: 'Connection minutes',
}
const TYPE_LABELS = { rest: 'REST API', http: 'HTTP API', websocket: 'WebSocket API' }

export function ApiGatewaySection() {
  const s = 'apiGateway'
  const [texts, set] = useTexts({
    requests: '1000000',
    avgRequestKb: '1',
    messages: '0',
    connectionMinutes: '0',
  })
  const [type, setType] = useState<(typeof API_TYPES)[number]>('http')
  const [freeTier, setFreeTier] = useState(false)
  const result = calculateApiGateway({
    type,
    requestsPerMonth: parse(texts.requests),
    avgRequestKb: parse(texts.avgRequestKb),
    messagesPerMonth: parse(texts.messages),
    connectionMinutes: parse(texts.connectionMinutes),
    freeTier,
  })
  const error = errorOf(result, API_LABELS)
  const f = result.ok ? result.value : null
  const websocket = type === 'websocket'
  const numberInput = numberInputs(s, texts, set, API_LABELS, error)
  const input = (
    name: keyof typeof texts,
    field: keyof typeof API_LABELS,
    unit: string,
    billed: boolean,
  ) =>
    numberInput(name, field, unit, billed ? {} : { hint: `Not billed for a ${TYPE_LABELS[type]}.` })
  return (
    <Section name={s} title="API Gateway">
      <Select
        section={s}
        name="type"
        label="API type"
        value={type}
        options={API_TYPES}
        describe={(t) => TYPE_LABELS[t]}
        onChange={setType}
      />
      {input('requests', 'requestsPerMonth', 'requests', !websocket)}
      {input('avgRequestKb', 'avgRequestKb', 'KB', type === 'http')}
      {input('messages', 'messagesPerMonth', 'messages', websocket)}
      {input('connectionMinutes', 'connectionMinutes', 'min', websocket)}
      <Checkbox
        section={s}
        name="freeTier"
        label="12-month free tier"
        checked={freeTier}
        onChange={setFreeTier}
      />
      <Unplaced section={s} error={error} fields={Object.keys(API_LABELS)} />
      <dl className="calc__figures">
        <Figure section={s} name="total" label="Monthly" value={f && formatUsd(f.total.value)} />
      </dl>
      <Formulas section={s} lines={f && [...lineFormulas(f.lines), `Total: ${f.total.formula}`]} />
    </Section>
  )
}
