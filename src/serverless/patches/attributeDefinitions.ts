import { appendIn, deleteIn, setIn, type EditResult } from '../edit'
import type { Plain } from '../plain'
import { plainAt, RESOURCES, runSteps, withEditable } from './service'

/**
 * Make a table's AttributeDefinitions list exactly the attributes its keys use (table, global
 * and local indexes): CloudFormation rejects a definition no key uses, and a key without one.
 * `types` gives the type of new or changed attributes; new ones default to S.
 */
export function syncAttributeDefinitions(
  text: string,
  table: string,
  types: ReadonlyMap<string, string>,
): EditResult {
  return withEditable(text, (ed) => {
    const base = [...RESOURCES, table, 'Properties']
    const props = plainAt(ed, base)
    if (!isRecord(props)) return { ok: true, text }
    const used: string[] = []
    const addKeys = (schema: Plain | undefined) => {
      for (const key of Array.isArray(schema) ? schema : []) {
        if (
          isRecord(key) &&
          typeof key.AttributeName === 'string' &&
          !used.includes(key.AttributeName)
        ) {
          used.push(key.AttributeName)
        }
      }
    }
    addKeys(props.KeySchema)
    for (const list of [props.GlobalSecondaryIndexes, props.LocalSecondaryIndexes]) {
      for (const index of Array.isArray(list) ? list : [])
        if (isRecord(index)) addKeys(index.KeySchema)
    }
    const definitions = Array.isArray(props.AttributeDefinitions) ? props.AttributeDefinitions : []
    const path = [...base, 'AttributeDefinitions']
    const steps: ((t: string) => EditResult)[] = []
    const names = definitions.map((def) =>
      isRecord(def) && typeof def.AttributeName === 'string' ? def.AttributeName : undefined,
    )
    const missing = used.filter((name) => !names.includes(name))
    const unused = names.flatMap((name, i) =>
      name !== undefined && !used.includes(name) ? [i] : [],
    )
    // A renamed key reuses its old definition in place; then type changes (indexes stay valid),
    // removals from the end, and additions.
    const renamed = new Map<number, string>()
    unused.slice(0, missing.length).forEach((i, k) => renamed.set(i, missing[k]!))
    definitions.forEach((def, i) => {
      if (!isRecord(def)) return
      const name = renamed.get(i) ?? names[i]
      if (name === undefined || !used.includes(name)) return
      const wanted = types.get(name) ?? (renamed.has(i) ? 'S' : undefined)
      if (renamed.has(i)) steps.push((t) => setIn(t, [...path, i, 'AttributeName'], name))
      if (wanted && def.AttributeType !== wanted) {
        steps.push((t) => setIn(t, [...path, i, 'AttributeType'], wanted))
      }
    })
    for (const i of [...unused].reverse()) {
      if (!renamed.has(i)) steps.push((t) => deleteIn(t, [...path, i]))
    }
    for (const name of missing.slice(renamed.size)) {
      steps.push((t) =>
        appendIn(t, path, { AttributeName: name, AttributeType: types.get(name) ?? 'S' }),
      )
    }
    return runSteps(text, steps)
  })
}

function isRecord(value: Plain | undefined): value is { [key: string]: Plain } {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
