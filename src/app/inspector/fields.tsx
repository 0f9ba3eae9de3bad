import { useId, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Patch } from '../../serverless/patches'
import type { FormChange } from './functionPatches'
import { useApplyChange } from './useInspector'

/**
 * Shared inspector fields. Inputs are controlled from the model: a draft lives only while the
 * user types, and any change of the model's value (undo, an edit in the YAML) replaces it.
 */

interface FieldProps {
  readonly id: string
  /** The dotted test id: `inspector.<field>`; messages get `.error` and `.warning`. */
  readonly testId: string
  readonly label: string
  readonly error?: string | undefined
  readonly warning?: string | undefined
  readonly hint?: ReactNode
  readonly children: ReactNode
}

export function Field({ id, testId, label, error, warning, hint, children }: FieldProps) {
  return (
    <div className="inspector-field">
      <label className="inspector-field__label" htmlFor={id}>
        {label}
      </label>
      <div className="inspector-field__control">{children}</div>
      {hint && <p className="inspector-field__hint">{hint}</p>}
      {error && (
        <p
          className="inspector-field__error"
          role="alert"
          id={`${id}-error`}
          data-testid={`${testId}.error`}
        >
          {error}
        </p>
      )}
      {!error && warning && (
        <p className="inspector-field__warning" data-testid={`${testId}.warning`}>
          {warning}
        </p>
      )}
    </div>
  )
}

interface CommitInputProps {
  readonly testId: string
  readonly label: string
  /** The value the file holds now, as text. */
  readonly value: string
  /** What a committed text means: a patch, nothing, or why it is refused. */
  readonly commit: (raw: string) => FormChange
  readonly numeric?: boolean
  readonly placeholder?: string
  readonly suffix?: string
  readonly warning?: string | undefined
  readonly hint?: ReactNode
  /** A short input, leaving room for controls beside it. */
  readonly narrow?: boolean
  /** Extra controls beside the input (a preset list). */
  readonly children?: ReactNode
}

/** A text or number input that writes on Enter or blur, and reverts on Escape. */
export function CommitInput(props: CommitInputProps) {
  const id = useId()
  const apply = useApplyChange()
  const [draft, setDraft] = useState(props.value)
  const [draftOf, setDraftOf] = useState(props.value)
  const [error, setError] = useState<string>()
  if (draftOf !== props.value) {
    // The file changed under the field (undo, YAML edit, this field's own commit): follow it.
    setDraftOf(props.value)
    setDraft(props.value)
    setError(undefined)
  }

  const commitDraft = () => {
    if (draft === props.value && !error) return
    const refused = apply(props.commit(draft))
    setError(refused)
    if (!refused) setDraft(props.value)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commitDraft()
    } else if (event.key === 'Escape') {
      setDraft(props.value)
      setError(undefined)
    }
  }

  return (
    <Field
      id={id}
      testId={props.testId}
      label={props.label}
      error={error}
      warning={props.warning}
      hint={props.hint}
    >
      <input
        id={id}
        className={props.narrow ? 'inspector-input inspector-input--narrow' : 'inspector-input'}
        data-testid={props.testId}
        type="text"
        inputMode={props.numeric ? 'numeric' : undefined}
        value={draft}
        placeholder={props.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commitDraft}
        onKeyDown={onKeyDown}
        spellCheck={false}
        autoComplete="off"
      />
      {props.suffix && <span className="inspector-field__suffix">{props.suffix}</span>}
      {props.children}
    </Field>
  )
}

export interface Option {
  readonly value: string
  readonly label: string
}

interface SelectInputProps {
  readonly testId: string
  readonly label: string
  readonly value: string
  readonly options: readonly Option[]
  /** Applied at once: a select has no draft. */
  readonly change: (value: string) => FormChange | Patch | null
  readonly warning?: string | undefined
  readonly hint?: ReactNode
}

export function SelectInput(props: SelectInputProps) {
  const id = useId()
  const apply = useApplyChange()
  const [error, setError] = useState<string>()
  return (
    <Field
      id={id}
      testId={props.testId}
      label={props.label}
      error={error}
      warning={props.warning}
      hint={props.hint}
    >
      <select
        id={id}
        className="inspector-input"
        data-testid={props.testId}
        value={props.value}
        onChange={(event) => setError(apply(props.change(event.target.value)))}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

export function ReadOnly(props: { testId: string; label: string; value: ReactNode }) {
  return (
    <div className="inspector-field">
      <span className="inspector-field__label">{props.label}</span>
      <span className="inspector-field__value" data-testid={props.testId}>
        {props.value}
      </span>
    </div>
  )
}

export function Section(props: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId()
  return (
    <section className="inspector-section" aria-labelledby={id}>
      <header className="inspector-section__header">
        <h3 id={id} className="inspector-section__title">
          {props.title}
        </h3>
        {props.actions}
      </header>
      {props.children}
    </section>
  )
}

export const options = (values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: value }))
