import { useId, useState, type ReactNode } from 'react'
import { type CalcResult } from '../pricing/calculators'
import { type LineItem } from '../pricing/lineItem'

// The pieces every calculator section is built of: typed inputs, figures, formulas, errors.

/** Typed text of a number input: empty or unparsable is NaN, so the calculator names it. */
export function parse(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text)
}

/** An optional number: empty means "not given". */
export function parseOptional(text: string): number | undefined {
  return text.trim() === '' ? undefined : parse(text)
}

/** The section's texts, and a setter per field. */
export function useTexts<T extends Record<string, string>>(initial: T) {
  const [texts, setTexts] = useState(initial)
  const set = (field: keyof T) => (text: string) => setTexts((t) => ({ ...t, [field]: text }))
  return [texts, set] as const
}

/** The refusal of `result` in the user's words: the field's label instead of its code name. */
export function errorOf(
  result: CalcResult<unknown>,
  labels: Readonly<Record<string, string>>,
): { readonly field: string; readonly message: string } | undefined {
  if (result.ok) return undefined
  const label = labels[result.field]
  const prefix = `${result.field}: `
  const message =
    label !== undefined && result.error.startsWith(prefix)
      ? `${label}: ${result.error.slice(prefix.length)}`
      : result.error
  return { field: result.field, message }
}

export type SectionError = ReturnType<typeof errorOf>

export interface SectionProps {
  readonly name: string
  readonly title: string
  readonly children: ReactNode
}

export function Section({ name, title, children }: SectionProps) {
  return (
    <details open className="calc__section" data-testid={`lessons.calc.${name}`}>
      <summary className="calc__title">{title}</summary>
      {children}
    </details>
  )
}

/** The section's one error message, shown under the field at fault (or the section's foot). */
export function ErrorMessage({ section, error }: { section: string; error: SectionError }) {
  if (error === undefined) return null
  return (
    <p className="calc__error" role="alert" data-testid={`lessons.calc.${section}.error`}>
      {error.message}
    </p>
  )
}

export interface NumberInputProps {
  readonly section: string
  /** The field's test id suffix: `lessons.calc.<section>.<name>`. */
  readonly name: string
  /** The calculator's field this input feeds, to place its error. */
  readonly field: string
  readonly label: string
  readonly unit?: string
  readonly text: string
  readonly placeholder?: string
  readonly onChange: (text: string) => void
  readonly error: SectionError
  readonly hint?: string | undefined
}

export function NumberInput(props: NumberInputProps) {
  const id = useId()
  const { section, name, error } = props
  const own = error?.field === props.field
  return (
    <div className="calc__field">
      <label htmlFor={id}>{props.label}</label>
      <span className="calc__control">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          value={props.text}
          placeholder={props.placeholder}
          aria-invalid={own}
          data-testid={`lessons.calc.${section}.${name}`}
          onChange={(event) => props.onChange(event.target.value)}
        />
        {props.unit && <span className="calc__unit">{props.unit}</span>}
      </span>
      {props.hint && <p className="calc__hint">{props.hint}</p>}
      {own && <ErrorMessage section={section} error={error} />}
    </div>
  )
}

/**
 * A section's number inputs, built alike: each names its text (and test id), the calculator
 * field it feeds (its label, and where its error shows) and its unit.
 */
export function numberInputs<N extends string, F extends string>(
  section: string,
  texts: Readonly<Record<N, string>>,
  set: (name: N) => (text: string) => void,
  labels: Readonly<Record<F, string>>,
  error: SectionError,
) {
  return (
    name: N,
    field: F,
    unit: string,
    extra: Pick<NumberInputProps, 'placeholder' | 'hint'> = {},
  ) => (
    <NumberInput
      section={section}
      name={name}
      field={field}
      label={labels[field]}
      unit={unit}
      text={texts[name]}
      onChange={set(name)}
      error={error}
      {...extra}
    />
  )
}

export interface SelectProps<T extends string> {
  readonly section: string
  readonly name: string
  readonly label: string
  readonly value: T
  readonly options: readonly T[]
  readonly describe?: (option: T) => string
  readonly onChange: (value: T) => void
}

export function Select<T extends string>(props: SelectProps<T>) {
  const id = useId()
  return (
    <div className="calc__field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        data-testid={`lessons.calc.${props.section}.${props.name}`}
        onChange={(event) => {
          const chosen = props.options.find((o) => o === event.target.value)
          if (chosen !== undefined) props.onChange(chosen)
        }}
      >
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.describe?.(option) ?? option}
          </option>
        ))}
      </select>
    </div>
  )
}

export interface CheckboxProps {
  readonly section: string
  readonly name: string
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
}

export function Checkbox({ section, name, label, checked, onChange }: CheckboxProps) {
  return (
    <label className="calc__check">
      <input
        type="checkbox"
        checked={checked}
        data-testid={`lessons.calc.${section}.${name}`}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {label}
    </label>
  )
}

/** A result figure; `—` while the input is refused. */
export function Figure(props: {
  section: string
  name: string
  label: string
  value: string | null
}) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd data-testid={`lessons.calc.${props.section}.${props.name}`}>{props.value ?? '—'}</dd>
    </>
  )
}

/** The formulas behind the figures, one per line. */
export function Formulas({ section, lines }: { section: string; lines: readonly string[] | null }) {
  return (
    <div className="calc__formula" data-testid={`lessons.calc.${section}.formula`}>
      {lines === null ? (
        <p className="calc__hint">Fix the input above to see the formulas.</p>
      ) : (
        lines.map((line, index) => <p key={index}>{line}</p>)
      )}
    </div>
  )
}

/** The section's error when its field is not one of the inputs shown (kept visible anyway). */
export function Unplaced(props: {
  section: string
  error: SectionError
  fields: readonly string[]
}) {
  const { error } = props
  if (error === undefined || props.fields.includes(error.field)) return null
  return <ErrorMessage section={props.section} error={error} />
}

export const lineFormulas = (lines: readonly LineItem[]) =>
  lines.map((l) => `${l.item}: ${l.formula}`)

// ── Capacity units ────────────────────────────────────────────────────────────────────────
