import { useState } from 'react'

interface OptionalNumberFieldProps {
  readonly label: string
  /** Absent: the default applies, shown as the placeholder. */
  readonly value: number | undefined
  readonly placeholder: string
  /** Returns an error message to show, or null when the value was taken. */
  readonly onCommit: (value: number | undefined) => string | null
  readonly testId: string
  readonly unit?: string
}

/** A number that may be left empty to keep the default, committed on every valid change. */
export function OptionalNumberField(props: OptionalNumberFieldProps) {
  const { label, value, placeholder, onCommit, testId, unit } = props
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const change = (text: string) => {
    setDraft(text)
    if (text.trim() === '') return setError(onCommit(undefined))
    const number = Number(text)
    setError(Number.isFinite(number) ? onCommit(number) : 'Enter a number, or leave it empty.')
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
