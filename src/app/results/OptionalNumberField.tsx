import { NumberField } from './NumberField'

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
  return <NumberField {...props} optional />
}
