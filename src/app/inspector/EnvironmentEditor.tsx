import { useId, useState, type FormEvent } from 'react'
import type { FunctionResource } from '../../model/types'
import { displayValue } from '../../serverless/display'
import { CommitInput, Section } from './fields'
import { environmentPatch, unchanged } from './functionPatches'
import { providerEnvironment, type FunctionSource, type PlainMap } from './sourceConfig'
import { useApplyChange } from './useInspector'
import { checkEnvVarName } from './validation'

interface Props {
  readonly fn: FunctionResource
  readonly source: FunctionSource
  readonly config: PlainMap | null
}

/**
 * The function's own variables, editable; the provider's, shown for what the function gets.
 * References (`!Ref Table`) are drawn by connecting on the canvas, so they are read-only here.
 */
export function EnvironmentEditor({ fn, source, config }: Props) {
  const apply = useApplyChange()
  const own = Object.entries(source.environment)
  const inherited = Object.entries(providerEnvironment(config)).filter(
    ([key]) => source.environment[key] === undefined,
  )
  return (
    <Section title="Environment">
      {own.length === 0 && inherited.length === 0 && (
        <p className="inspector-empty">No environment variables.</p>
      )}
      <ul className="inspector-list">
        {own.map(([key, value]) => (
          <li key={key} className="inspector-row">
            {typeof value === 'string' || typeof value === 'number' ? (
              <CommitInput
                testId={`inspector.env.${key}`}
                label={key}
                value={String(value)}
                commit={(raw) =>
                  raw === String(value)
                    ? unchanged
                    : { ok: true, patch: environmentPatch(fn.name, key, raw) }
                }
              />
            ) : (
              <div className="inspector-field">
                <span className="inspector-field__label">{key}</span>
                <code className="inspector-field__value" data-testid={`inspector.env.${key}`}>
                  {value === null ? '' : displayValue(value)}
                </code>
              </div>
            )}
            <button
              type="button"
              className="inspector-button inspector-button--icon"
              aria-label={`Remove ${key}`}
              data-testid={`inspector.env.${key}.remove`}
              onClick={() => apply(environmentPatch(fn.name, key, undefined))}
            >
              ×
            </button>
          </li>
        ))}
        {inherited.map(([key, value]) => (
          <li key={key} className="inspector-row is-inherited">
            <div className="inspector-field">
              <span className="inspector-field__label">{key}</span>
              <code className="inspector-field__value" data-testid={`inspector.env.${key}`}>
                {value === null ? '' : displayValue(value)}
              </code>
              <p className="inspector-field__hint">From provider.environment</p>
            </div>
          </li>
        ))}
      </ul>
      <NewVariable fn={fn} taken={own.map(([key]) => key)} />
    </Section>
  )
}

function NewVariable({ fn, taken }: { fn: FunctionResource; taken: readonly string[] }) {
  const apply = useApplyChange()
  const id = useId()
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [error, setError] = useState<string>()
  const add = (event: FormEvent) => {
    event.preventDefault()
    const name = checkEnvVarName(key, taken)
    const refused = name.ok ? apply(environmentPatch(fn.name, name.value, value)) : name.error
    setError(refused)
    if (!refused) {
      setKey('')
      setValue('')
    }
  }
  return (
    <form className="inspector-add" onSubmit={add} aria-label="Add an environment variable">
      <label className="visually-hidden" htmlFor={`${id}-key`}>
        New variable name
      </label>
      <input
        id={`${id}-key`}
        className="inspector-input"
        data-testid="inspector.env.newKey"
        placeholder="NAME"
        value={key}
        onChange={(event) => setKey(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <label className="visually-hidden" htmlFor={`${id}-value`}>
        New variable value
      </label>
      <input
        id={`${id}-value`}
        className="inspector-input"
        data-testid="inspector.env.newValue"
        placeholder="value"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit" className="inspector-button" data-testid="inspector.env.add">
        Add
      </button>
      {error && (
        <p className="inspector-field__error" role="alert" data-testid="inspector.env.error">
          {error}
        </p>
      )}
    </form>
  )
}
