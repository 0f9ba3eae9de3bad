/**
 * Speed figures for the codec, printed (never asserted: machines here are shared and noisy).
 * Run with `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { applyPatch, parse } from '../serverless'
import { createDesignerStore } from '../store/designerStore'
import { simulationBenchmarks } from './simulation'
import { syntheticService } from './syntheticService'

const root = resolve(import.meta.dirname, '../..')

/** Median wall time in ms of `runs` calls, after a few warm-up calls. */
function time(fn: () => unknown, runs = 20): number {
  for (let i = 0; i < 3; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return samples[Math.floor(samples.length / 2)]!
}

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.yml'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
  } catch {
    return []
  }
}

const rows: [string, string][] = []
const row = (what: string, ms: number, note = '') =>
  rows.push([what, `${ms.toFixed(2)} ms${note ? `  (${note})` : ''}`])

const corpus = [
  ...yamlFiles(join(root, '../shared/corpus')),
  ...yamlFiles(join(root, 'public/examples')),
]
if (corpus.length > 0) {
  const total = time(() => corpus.forEach((text) => parse(text)), 10)
  row(
    `parse, every corpus and example file (${corpus.length})`,
    total,
    `${(total / corpus.length).toFixed(2)} ms each`,
  )
}

for (const n of [30, 300]) {
  const text = syntheticService(n)
  row(
    `parse, ${n} functions (${(text.length / 1024).toFixed(0)} KB)`,
    time(() => parse(text)),
  )
  row(
    `patch memorySize, ${n} functions`,
    time(() =>
      applyPatch(text, {
        op: 'setFunctionProperty',
        name: `fn${n - 1}`,
        property: 'memorySize',
        value: 2048,
      }),
    ),
  )
  row(
    `add a function + parse, ${n} functions`,
    time(() => {
      const result = applyPatch(text, { op: 'addFunction', name: 'added' })
      if (result.ok) parse(result.text)
    }),
  )
}

// The designer's two sync paths on a 300-function design, through the real store.
{
  const text = syntheticService(300)
  const store = createDesignerStore({ designId: 'bench', name: 'bench', yamlText: text })
  let n = 0
  row(
    'store: text change → model, 300 functions',
    time(() => {
      // A one-character edit of a handler, as a keystroke would make.
      const edited = text.replace('handler: src/fn7.handler', `handler: src/fn7.handler${n++ % 2}`)
      store.getState().actions.setYamlText(edited, 'yaml')
    }),
  )
  let memory = 128
  row(
    'store: canvas edit → text + model, 300 functions',
    time(() => {
      memory = memory === 128 ? 256 : 128
      store
        .getState()
        .actions.applyPatches([
          { op: 'setFunctionProperty', name: 'fn150', property: 'memorySize', value: memory },
        ])
    }),
  )
}

const hostile: [string, string][] = [
  [
    'alias bomb',
    'a: &a [x, x, x, x, x, x, x, x, x]\n' +
      'bcdefgh'
        .split('')
        .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
        .join('\n') +
      '\n',
  ],
  ['10 MB file', 'x: 1\n'.repeat(2_100_000)],
  ['nesting 1,000 deep', 'a: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n'],
  [
    'binary junk, 100 KB',
    Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''),
  ],
]
for (const [what, text] of hostile)
  row(
    `hostile: ${what}`,
    time(() => parse(text), 5),
  )

rows.push(...simulationBenchmarks())

const width = Math.max(...rows.map(([what]) => what.length))
for (const [what, figure] of rows) console.log(`${what.padEnd(width)}  ${figure}`)
