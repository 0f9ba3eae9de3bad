import { useState } from 'react'
import type { ServiceModel } from '../../model/types'
import type { WhatIf } from '../../model/whatIf'
import { functionsOf } from '../../store/selectors'

type Choice = 'none' | 'memory' | 'provisionedConcurrency' | 'tableMode' | 'architecture'

const CHOICES: readonly { readonly value: Choice; readonly label: string }[] = [
  { value: 'none', label: 'Nothing: run the design alone' },
  { value: 'memory', label: 'Another memory size' },
  { value: 'provisionedConcurrency', label: 'Provisioned concurrency' },
  { value: 'architecture', label: 'The other architecture' },
  { value: 'tableMode', label: 'The other DynamoDB billing mode' },
]

interface WhatIfPickerProps {
  readonly model: ServiceModel
  readonly onChange: (whatIf: WhatIf | null) => void
}

/**
 * "Compare with": one change to run beside the design on the same traffic and seed — another
 * memory size, provisioned concurrency on or off, arm64 or x86_64, a table on demand or
 * provisioned.
 */
export function WhatIfPicker({ model, onChange }: WhatIfPickerProps) {
  const functions = functionsOf(model)
  const tables = model.resources.filter((r) => r.kind === 'table')
  const [choice, setChoice] = useState<Choice>('none')
  const [target, setTarget] = useState('')
  const [amount, setAmount] = useState(0)

  const emit = (next: { choice?: Choice; target?: string; amount?: number }) => {
    const c = next.choice ?? choice
    const pool = c === 'tableMode' ? tables : functions
    const id = pool.some((r) => r.id === (next.target ?? target))
      ? (next.target ?? target)
      : (pool[0]?.id ?? '')
    const fn = functions.find((f) => f.id === id)
    const table = tables.find((t) => t.id === id)
    const n =
      next.amount ??
      (next.choice || next.target
        ? defaultAmount(c, fn?.memorySize, fn?.provisionedConcurrency)
        : amount)
    setChoice(c)
    setTarget(id)
    setAmount(n)
    onChange(
      whatIfOf(c, id, n, fn?.architecture, table?.kind === 'table' ? table.billingMode : undefined),
    )
  }

  return (
    <div className="simulation__whatif" data-testid="simulation.whatIf">
      <label>
        Compare with{' '}
        <select
          data-testid="simulation.whatIf.kind"
          value={choice}
          onChange={(event) => emit({ choice: event.target.value as Choice })}
        >
          {CHOICES.filter(
            (c) =>
              c.value === 'none' ||
              (c.value === 'tableMode' ? tables.length : functions.length) > 0,
          ).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {choice !== 'none' && (
        <select
          aria-label="Resource to change"
          data-testid="simulation.whatIf.target"
          value={target}
          onChange={(event) => emit({ target: event.target.value })}
        >
          {(choice === 'tableMode' ? tables : functions).map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      )}
      {(choice === 'memory' ||
        choice === 'provisionedConcurrency' ||
        (choice === 'tableMode' && !isProvisioned(tables, target))) && (
        <input
          type="number"
          aria-label={
            choice === 'memory'
              ? 'Memory in MB'
              : choice === 'tableMode'
                ? 'Provisioned RCU and WCU'
                : 'Provisioned instances'
          }
          data-testid="simulation.whatIf.amount"
          min={choice === 'memory' ? 128 : 0}
          value={amount}
          onChange={(event) => {
            const n = Number(event.target.value)
            if (Number.isFinite(n) && n >= 0) emit({ amount: n })
          }}
        />
      )}
    </div>
  )
}

function isProvisioned(tables: readonly { id: string; kind: string }[], id: string): boolean {
  const table = tables.find((t) => t.id === id)
  return table?.kind === 'table' && 'billingMode' in table && table.billingMode === 'PROVISIONED'
}

function defaultAmount(choice: Choice, memoryMb = 1024, provisioned = 0): number {
  if (choice === 'memory') return memoryMb >= 2048 ? memoryMb / 2 : memoryMb * 2
  if (choice === 'provisionedConcurrency') return provisioned > 0 ? 0 : 5
  // A table switched to provisioned starts at 100 RCU and 100 WCU; the user sets the figure.
  if (choice === 'tableMode') return 100
  return 0
}

function whatIfOf(
  choice: Choice,
  id: string,
  amount: number,
  architecture: string | undefined,
  billingMode: string | undefined,
): WhatIf | null {
  if (!id) return null
  switch (choice) {
    case 'none':
      return null
    case 'memory':
      return { kind: 'memory', functionId: id, memoryMb: amount }
    case 'provisionedConcurrency':
      return { kind: 'provisionedConcurrency', functionId: id, instances: amount }
    case 'architecture':
      return {
        kind: 'architecture',
        functionId: id,
        architecture: architecture === 'arm64' ? 'x86_64' : 'arm64',
      }
    case 'tableMode':
      return billingMode === 'PROVISIONED'
        ? { kind: 'onDemand', tableId: id }
        : { kind: 'provisioned', tableId: id, rcu: Math.max(1, amount), wcu: Math.max(1, amount) }
  }
}
