import { useState } from 'react'

interface NumberFieldProps {
  readonly label: string
  readonly value: number
  /** Returns an error message to show, or null when the value was taken. */
  readonly onCommit: (value: number) => string | null
  readonly testId: string
  readonly unit?: string
}

/**
 * A number input that keeps what the user typed while it is being edited (so `5.` or an empty
 * box survive), commits every valid value at once, and shows why an invalid one was refused.
 */
export function NumberField({ label, value, onCommit, testId, unit }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const change = (text: string) => {
    setDraft(text)
    const number = text.trim() === '' ? Number.NaN : Number(text)
    setError(Number.isFinite(number) ? onCommit(number) : 'Enter a number.')
  }

  return (
    <span className="results__field">
      <input
        type="number"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={error !== null}
        data-testid={testId}
        value={draft ?? String(value)}
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
