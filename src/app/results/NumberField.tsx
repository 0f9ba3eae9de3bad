import { useState } from 'react'

type NumberFieldProps = {
  readonly label: string
  readonly testId: string
  readonly unit?: string
  readonly placeholder?: string
} & (
  | {
      readonly optional?: false
      readonly value: number
      /** Returns an error message to show, or null when the value was taken. */
      readonly onCommit: (value: number) => string | null
    }
  | {
      /** Empty is a value: `undefined`, the default (shown as the placeholder). */
      readonly optional: true
      readonly value: number | undefined
      readonly onCommit: (value: number | undefined) => string | null
    }
)

/**
 * A number input that keeps what the user typed while it is being edited (so `5.` or an empty
 * box survive), commits every valid value at once, and shows why an invalid one was refused.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, testId, unit, placeholder } = props
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const change = (text: string) => {
    setDraft(text)
    if (text.trim() === '' && props.optional) return setError(props.onCommit(undefined))
    const number = text.trim() === '' ? Number.NaN : Number(text)
    const refusal = props.optional ? 'Enter a number, or leave it empty.' : 'Enter a number.'
    setError(Number.isFinite(number) ? props.onCommit(number) : refusal)
  }

  return (
    <span className="results__field">
      <input
        type="number"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null}
        data-testid={testId}
        placeholder={placeholder}
        value={draft ?? (value === undefined ? '' : String(value))}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          if (error === null) setDraft(null)
        }}
      />
      {unit && <span className="results__unit">{unit}</span>}
      {error && (
        <span className="results__error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </span>
  )
}
