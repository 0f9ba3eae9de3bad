import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The import rules between layers live in eslint.config.js. These cases lint source text as if it
 * were a file at the given path, so a rule that stops matching fails here.
 */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layer import rules', () => {
  const refused: [string, string, string][] = [
    // [file, code, what]
    [
      'src/model/x.ts',
      "import { parse } from '../serverless'\nexport const a = parse\n",
      'model → serverless',
    ],
    [
      'src/model/x.ts',
      "import { useState } from 'react'\nexport const a = useState\n",
      'model → react',
    ],
    [
      'src/serverless/x.ts',
      "import { s } from '../store/designerStore'\nexport const a = s\n",
      'serverless → store',
    ],
    [
      'src/canvas/x.ts',
      "import { e } from '../editor/YamlEditor'\nexport const a = e\n",
      'canvas → editor',
    ],
    [
      'src/editor/x.ts',
      "import { c } from '../canvas/Canvas'\nexport const a = c\n",
      'editor → canvas',
    ],
    [
      'src/canvas/x.ts',
      "import * as m from 'monaco-editor'\nexport const a = m\n",
      'canvas → monaco',
    ],
    [
      'src/editor/x.ts',
      "import { ReactFlow } from '@xyflow/react'\nexport const a = ReactFlow\n",
      'editor → React Flow',
    ],
    [
      'src/store/x.ts',
      "import { useState } from 'react'\nexport const a = useState\n",
      'store → react',
    ],
    [
      'workers/engine/x.ts',
      "import { expose } from 'comlink'\nexport const a = expose\n",
      'engine → comlink',
    ],
    ['src/cli/x.ts', "import { c } from '../canvas/Canvas'\nexport const a = c\n", 'cli → canvas'],
  ]
  it.each(refused.map(([f, c, what]) => [what, f, c]))(
    '%s is refused',
    async (_what, filePath, code) => {
      expect(await ruleIds(filePath, code)).toContain('no-restricted-imports')
    },
  )

  const allowed: [string, string][] = [
    [
      'src/serverless/x.ts',
      "import type { ResourceId } from '../model/types'\nexport type A = ResourceId\n",
    ],
    [
      'src/store/useDesigner.ts',
      "import { useSyncExternalStore } from 'react'\nexport const a = useSyncExternalStore\n",
    ],
    ['src/canvas/x.ts', "import { ReactFlow } from '@xyflow/react'\nexport const a = ReactFlow\n"],
    [
      'workers/engine/x.ts',
      "import type { ResourceId } from '../../src/model/types'\nexport type A = ResourceId\n",
    ],
  ]
  it.each(allowed)('%s may import its lower layers', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).not.toContain('no-restricted-imports')
  })

  it('pure code may not read the clock or Math.random', async () => {
    const ids = await ruleIds('src/model/x.ts', 'export const a = Date.now() + Math.random()\n')
    expect(ids.filter((id) => id === 'no-restricted-properties')).toHaveLength(2)
  })
})
