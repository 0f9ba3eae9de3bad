import type { FunctionResource, ServiceModel } from '../../model/types'
import { functionsOf } from '../../store/selectors'
import { EnvironmentEditor } from './EnvironmentEditor'
import { EventsEditor } from './EventsEditor'
import { CommitInput, ReadOnly, Section, SelectInput, options, type Option } from './fields'
import {
  architecturePatch,
  memoryPatch,
  provisionedConcurrencyPatch,
  renamePatch,
  reservedConcurrencyPatch,
  runtimePatch,
  timeoutPatch,
} from './functionPatches'
import { functionSource, type PlainMap } from './sourceConfig'
import { useApplyChange } from './useInspector'
import { apiTimeoutWarning } from './validation'

/** Managed runtimes Lambda supports for new functions (2025–2026). */
const RUNTIMES = [
  'nodejs22.x',
  'nodejs20.x',
  'python3.13',
  'python3.12',
  'python3.11',
  'java21',
  'java17',
  'dotnet8',
  'ruby3.3',
  'provided.al2023',
  'provided.al2',
]

/** Sizes people pick; any whole MB from 128 to 10,240 can be typed. */
const MEMORY_PRESETS = [128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008, 4096, 8192, 10240]

interface Props {
  readonly fn: FunctionResource
  readonly model: ServiceModel
  readonly config: PlainMap | null
}

export function FunctionInspector({ fn, model, config }: Props) {
  const source = functionSource(config, fn.name)
  const ownRuntime = typeof source.own['runtime'] === 'string' ? source.own['runtime'] : undefined
  const names = functionsOf(model).map((f) => f.name)
  const apiEvents = source.events.flatMap((e) => (isApiEvent(e.type) ? [e.type] : []))
  const inherited = (key: string) =>
    source.own[key] === undefined ? 'From provider or default' : undefined

  return (
    <>
      <Section title="Function">
        <CommitInput
          testId="inspector.name"
          label="Name"
          value={fn.name}
          commit={(raw) => renamePatch(fn, raw, names)}
        />
        {(fn.handler ?? fn.image) && (
          <ReadOnly
            testId="inspector.handler"
            label={fn.handler ? 'Handler' : 'Image'}
            value={fn.handler ?? fn.image}
          />
        )}
        <MemoryField fn={fn} hint={inherited('memorySize')} />
        <CommitInput
          testId="inspector.timeout"
          label="Timeout"
          suffix="s"
          numeric
          value={String(fn.timeout)}
          commit={(raw) => timeoutPatch(fn, raw)}
          warning={apiTimeoutWarning(fn.timeout, apiEvents)}
          hint={inherited('timeout')}
        />
        <SelectInput
          testId="inspector.runtime"
          label="Runtime"
          value={ownRuntime ?? ''}
          options={runtimeOptions(ownRuntime, model.provider.runtime)}
          change={(choice) => runtimePatch(fn.name, ownRuntime, choice)}
        />
        <SelectInput
          testId="inspector.architecture"
          label="Architecture"
          value={fn.architecture}
          options={options(['x86_64', 'arm64'])}
          change={(choice) => architecturePatch(fn, choice === 'arm64' ? 'arm64' : 'x86_64')}
        />
        <CommitInput
          testId="inspector.reservedConcurrency"
          label="Reserved concurrency"
          numeric
          placeholder="Unreserved"
          value={fn.reservedConcurrency === undefined ? '' : String(fn.reservedConcurrency)}
          commit={(raw) => reservedConcurrencyPatch(fn, raw)}
        />
        <CommitInput
          testId="inspector.provisionedConcurrency"
          label="Provisioned concurrency"
          numeric
          placeholder="None"
          value={fn.provisionedConcurrency === undefined ? '' : String(fn.provisionedConcurrency)}
          commit={(raw) => provisionedConcurrencyPatch(fn, raw)}
          hint="Always-warm instances, billed while idle."
        />
      </Section>
      <EnvironmentEditor fn={fn} source={source} config={config} />
      <EventsEditor fn={fn} model={model} source={source} />
    </>
  )
}

const isApiEvent = (type: string): type is 'http' | 'httpApi' | 'websocket' =>
  type === 'http' || type === 'httpApi' || type === 'websocket'

function runtimeOptions(own: string | undefined, provider: string | undefined): Option[] {
  const list = own && !RUNTIMES.includes(own) ? [own, ...RUNTIMES] : RUNTIMES
  return [
    { value: '', label: `Inherit from provider${provider ? ` (${provider})` : ''}` },
    ...options(list),
  ]
}

function MemoryField({ fn, hint }: { fn: FunctionResource; hint: string | undefined }) {
  const apply = useApplyChange()
  const presets = MEMORY_PRESETS.includes(fn.memorySize)
    ? MEMORY_PRESETS
    : [...MEMORY_PRESETS, fn.memorySize].sort((a, b) => a - b)
  return (
    <CommitInput
      testId="inspector.memorySize"
      label="Memory"
      suffix="MB"
      numeric
      narrow
      value={String(fn.memorySize)}
      commit={(raw) => memoryPatch(fn, raw)}
      hint={hint}
    >
      <select
        className="inspector-input inspector-input--preset"
        aria-label="Common memory sizes"
        data-testid="inspector.memorySize.preset"
        value={String(fn.memorySize)}
        onChange={(event) => apply(memoryPatch(fn, event.target.value))}
      >
        {presets.map((size) => (
          <option key={size} value={size}>
            {size.toLocaleString('en-US')} MB
          </option>
        ))}
      </select>
    </CommitInput>
  )
}
