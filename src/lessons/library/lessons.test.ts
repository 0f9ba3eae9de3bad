import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../../workers/engine'
import { starterScenario, validateScenario, type Scenario } from '../../model/scenario'
import type { ResourceId, ResourceKind } from '../../model/types'
import { applyPatches, parse } from '../../serverless'
import { planConnection } from '../../serverless/design/connections'
import { planNewResource } from '../../serverless/design/newResources'
import { checkContextOf } from '../checkContext'
import { evaluateCheck, type CheckResult } from '../evaluateCheck'
import type { Check, Lesson } from '../lessonTypes'
import { BUNDLED_LESSONS } from './index'

/**
 * Every bundled lesson played from its first step to its last, as a learner would: each step's
 * check must not pass where the step starts, and must pass once the learner has done what the
 * instructions say. The solutions edit serverless.yml as text and the scenario as data — what
 * the inspector, the editor and the scenario forms do — and every check is judged on a real
 * simulation run of the design as it then is.
 */

interface Design {
  readonly yaml: string
  readonly scenario: Scenario
}

/** What the learner does on the canvas: drop a kind from the palette, or draw a connection. */
type CanvasEdit =
  { readonly add: ResourceKind } | { readonly connect: readonly [from: string, to: string] }

interface Solution {
  /** `serverless.yml` replacements, in order: each `from` must be found. */
  readonly yaml?: readonly (readonly [from: string, to: string])[]
  /** Canvas edits after the replacements, planned and applied as the canvas does. */
  readonly canvas?: readonly CanvasEdit[]
  /** The scenario as the learner leaves it. */
  readonly scenario?: (scenario: Scenario) => unknown
  /**
   * The step asks the learner to run the simulation and read it: the check passes on the
   * starting design as soon as a run exists (it still waits without one).
   */
  readonly observe?: boolean
  /** A plausible attempt that falls short: the check must still fail on it. */
  readonly nearMiss?: Omit<Solution, 'nearMiss' | 'observe'>
}

type Solutions = Readonly<Record<string, Readonly<Record<string, Solution>>>>

const example = (name: string) =>
  readFileSync(path.resolve(import.meta.dirname, `../../../public/examples/${name}.yml`), 'utf8')

const withFunction = (s: Scenario, id: string, fields: object): unknown => ({
  ...s,
  functions: { ...s.functions, [id]: { ...s.functions[id], ...fields } },
})

const SOLUTIONS: Solutions = {
  'api-gateway-basics': {
    // Dropped away from hello, the API comes with a function of its own: the next step's
    // connection is then still to make.
    'add-api': { canvas: [{ add: 'httpApi' }] },
    'route-to-function': { canvas: [{ connect: ['httpApi', 'function:hello'] }] },
    'answer-in-time': {
      yaml: [['    timeout: 60\n', '    timeout: 6\n']],
      nearMiss: { yaml: [['    timeout: 60\n', '    timeout: 30\n']] },
    },
    'keep-state': {
      canvas: [{ add: 'table' }, { connect: ['function:hello', 'table:NewTable'] }],
      // A table alone is not enough: hello must use it.
      nearMiss: { canvas: [{ add: 'table' }] },
    },
  },
  'cold-starts': {
    'see-cold-starts': { observe: true },
    'trim-package': {
      scenario: (s) => withFunction(s, 'function:quote', { packageSizeMb: 0.25 }),
    },
    'keep-warm': {
      yaml: [
        [
          "      - httpApi: 'GET /quote'\n",
          "      - httpApi: 'GET /quote'\n      - schedule: rate(5 minutes)\n",
        ],
      ],
    },
    provision: {
      yaml: [
        [
          '    handler: src/quote.handler\n',
          '    handler: src/quote.handler\n    provisionedConcurrency: 25\n',
        ],
      ],
      nearMiss: {
        yaml: [
          [
            '    handler: src/quote.handler\n',
            '    handler: src/quote.handler\n    provisionedConcurrency: 10\n',
          ],
        ],
      },
    },
    'pay-for-warmth': {
      yaml: [['provisionedConcurrency: 25\n', 'provisionedConcurrency: 20\n    memorySize: 256\n']],
      // Enough warmth at 512 MB costs more than the budget.
      nearMiss: { yaml: [] },
    },
  },
  throttling: {
    'hit-the-limit': { observe: true },
    'do-less': {
      scenario: (s) =>
        withFunction(s, 'function:order', {
          durationMs: { dist: 'lognormal', mean: 300, p99: 1500 },
        }),
    },
    reserve: {
      yaml: [
        [
          '    handler: src/order.handler\n',
          '    handler: src/order.handler\n    reservedConcurrency: 100\n',
        ],
      ],
    },
    'token-bucket': { observe: true },
    'absorb-the-spike': {
      scenario: (s) => ({ ...s, apis: { restApi: { rps: 500, burst: 2000 } } }),
      nearMiss: { scenario: (s) => ({ ...s, apis: { restApi: { rps: 500, burst: 1000 } } }) },
    },
  },
  'dynamodb-capacity': {
    'size-reads': {
      yaml: [['ReadCapacityUnits: 5', 'ReadCapacityUnits: 10']],
      nearMiss: { yaml: [['ReadCapacityUnits: 5', 'ReadCapacityUnits: 9']] },
    },
    'strong-reads': {
      yaml: [['ReadCapacityUnits: 10', 'ReadCapacityUnits: 20']],
      scenario: (s) => ({ ...s, access: s.access.map((a) => ({ ...a, consistency: 'strong' })) }),
      nearMiss: {
        scenario: (s) => ({ ...s, access: s.access.map((a) => ({ ...a, consistency: 'strong' })) }),
      },
    },
    'hot-key': { observe: true },
    'spread-keys': {
      scenario: (s) => ({
        ...s,
        tables: {
          'table:LikesTable': { ...s.tables['table:LikesTable'], keyDistribution: 'uniform' },
        },
      }),
      nearMiss: {
        yaml: [
          [
            'BillingMode: PAY_PER_REQUEST',
            'BillingMode: PROVISIONED\n        ProvisionedThroughput:\n          ReadCapacityUnits: 1\n          WriteCapacityUnits: 4000',
          ],
        ],
      },
    },
  },
  'async-retries': {
    'lost-events': { observe: true },
    'on-error': {
      yaml: [
        [
          '    handler: src/thumbnail.handler\n',
          '    handler: src/thumbnail.handler\n    onError: !GetAtt FailedThumbnails.Arn\n',
        ],
      ],
    },
    'enough-time': {
      yaml: [['  timeout: 3\n', '  timeout: 15\n']],
      nearMiss: { yaml: [['  timeout: 3\n', '  timeout: 6\n']] },
    },
    'queue-dlq': {
      yaml: [
        [
          '        VisibilityTimeout: 30\n',
          '        VisibilityTimeout: 30\n        RedrivePolicy:\n          deadLetterTargetArn: !GetAtt JobsDeadLetterQueue.Arn\n          maxReceiveCount: 5\n',
        ],
      ],
      nearMiss: {
        yaml: [
          [
            '        VisibilityTimeout: 30\n',
            '        VisibilityTimeout: 30\n        RedrivePolicy:\n          deadLetterTargetArn: !GetAtt JobsDeadLetterQueue.Arn\n          maxReceiveCount: 1\n',
          ],
        ],
      },
    },
    visibility: { yaml: [['VisibilityTimeout: 30', 'VisibilityTimeout: 180']] },
  },
  'the-bill': {
    'free-tier': { scenario: (s) => ({ ...s, cost: { ...s.cost, freeTier: true } }) },
    rounding: { scenario: (s) => ({ ...s, cost: { ...s.cost, priceBook: '2018' } }) },
    arm64: {
      yaml: [['  memorySize: 1024\n', '  memorySize: 1024\n  architecture: arm64\n']],
      scenario: (s) => ({ ...s, cost: { ...s.cost, priceBook: 'current' } }),
      nearMiss: { yaml: [['  memorySize: 1024\n', '  memorySize: 1024\n  architecture: arm64\n']] },
    },
    memory: {
      yaml: [['  memorySize: 1024\n', '  memorySize: 256\n']],
      nearMiss: { yaml: [['  memorySize: 1024\n', '  memorySize: 512\n']] },
    },
    'capacity-mode': {
      yaml: [
        [
          '        BillingMode: PAY_PER_REQUEST\n',
          '        BillingMode: PROVISIONED\n        ProvisionedThroughput:\n          ReadCapacityUnits: 5\n          WriteCapacityUnits: 10\n',
        ],
      ],
      nearMiss: {
        yaml: [
          [
            '        BillingMode: PAY_PER_REQUEST\n',
            '        BillingMode: PROVISIONED\n        ProvisionedThroughput:\n          ReadCapacityUnits: 5\n          WriteCapacityUnits: 5\n',
          ],
        ],
      },
    },
    logs: {
      scenario: (s) => withFunction(s, 'function:status', { logBytesPerInvocation: 200 }),
      nearMiss: {
        scenario: (s) => withFunction(s, 'function:status', { logBytesPerInvocation: 900 }),
      },
    },
  },
}

function applied(design: Design, solution: Omit<Solution, 'nearMiss' | 'observe'>): Design {
  let yaml = design.yaml
  for (const [from, to] of solution.yaml ?? []) {
    if (!yaml.includes(from)) throw new Error(`the solution's text is not in the design: ${from}`)
    yaml = yaml.replace(from, to)
  }
  for (const edit of solution.canvas ?? []) yaml = editedOnCanvas(yaml, edit)
  let scenario = design.scenario
  if (solution.scenario) {
    const read = validateScenario(solution.scenario(design.scenario))
    if (!read.ok) throw new Error(`the solution's scenario is refused: ${read.error}`)
    scenario = read.scenario
  }
  return { yaml, scenario }
}

/** The text after one canvas edit, through the planners the canvas uses (no drop beside a node). */
function editedOnCanvas(yaml: string, edit: CanvasEdit): string {
  const model = parse(yaml).model
  const planned =
    'add' in edit
      ? planNewResource(model, edit.add, { text: yaml })
      : planConnection(model, edit.connect[0] as ResourceId, edit.connect[1] as ResourceId, {
          text: yaml,
        })
  if (!planned.ok) throw new Error(`the canvas refuses the edit: ${planned.reason}`)
  const result = applyPatches(yaml, planned.patches)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const needsRun = (check: Check): boolean =>
  check.kind === 'simulation' || (check.kind === 'all' && check.checks.some(needsRun))

/** The check on a design, judged with a fresh simulation run when `run` (and the check reads one). */
function judge(check: Check, design: Design, run: boolean): CheckResult {
  const parsed = parse(design.yaml)
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  let figures
  if (run && needsRun(check)) {
    const result = simulate(parsed.model, design.scenario)
    if (!result.ok) throw new Error(result.error)
    figures = result.value.summary
  }
  return evaluateCheck(check, checkContextOf(parsed.model, design.scenario, figures))
}

function startOf(lesson: Lesson, index: number, previous: Design | undefined): Design {
  const start = lesson.steps[index]!.start
  if (!start) {
    if (!previous) throw new Error(`${lesson.id}: the first step needs a start`)
    return previous
  }
  const yaml = 'yaml' in start ? start.yaml : example(start.example)
  return { yaml, scenario: start.scenario ?? starterScenario(parse(yaml).model) }
}

describe('bundled lessons', () => {
  it('are six or more, cover an hour, and each has a solution for every step', () => {
    expect(BUNDLED_LESSONS.length).toBeGreaterThanOrEqual(6)
    expect(BUNDLED_LESSONS.reduce((sum, l) => sum + l.minutes, 0)).toBeGreaterThanOrEqual(55)
    for (const lesson of BUNDLED_LESSONS)
      expect(Object.keys(SOLUTIONS[lesson.id] ?? {})).toEqual(lesson.steps.map((s) => s.id))
  })

  for (const lesson of BUNDLED_LESSONS) {
    describe(lesson.id, () => {
      let design: Design | undefined
      lesson.steps.forEach((step, index) => {
        it(`step ${index + 1}, ${step.id}: fails where it starts, passes once done`, () => {
          const solution = SOLUTIONS[lesson.id]![step.id]!
          const start = startOf(lesson, index, design)
          const before = judge(step.check, start, !solution.observe)
          expect(before.status, before.detail).not.toBe('passed')
          if (solution.nearMiss) {
            const near = judge(step.check, applied(start, solution.nearMiss), true)
            expect(near.status, near.detail).toBe('failed')
          }
          design = applied(start, solution)
          const after = judge(step.check, design, true)
          expect(after.status, after.detail).toBe('passed')
        })
      })
    })
  }
})
