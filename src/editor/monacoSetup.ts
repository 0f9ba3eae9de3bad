// Monaco through its >= 0.56 public entry points: the core API, the editor features and the YAML
// tokenizer only. `import 'monaco-editor'` would bundle every language and its worker (~10 MB more).
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { configureMonacoYaml } from 'monaco-yaml'
import serverlessSchema from 'virtual:serverless-schema'
import YamlWorker from './yaml.worker?worker'
import { CFN_SHORT_TAGS } from '../serverless/tags'
import { withSchemaFindingsOnly } from './schemaMarkerFilter'
import { withLegacyCreateWebWorker } from './yamlWorkerShim'

/** CloudFormation's short-form intrinsics, in every shape YAML allows, so they are not errors. */
const CLOUDFORMATION_TAGS = CFN_SHORT_TAGS.flatMap((tag) => [
  `!${tag} scalar`,
  `!${tag} sequence`,
  `!${tag} mapping`,
])

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker()
  },
}

configureMonacoYaml(withSchemaFindingsOnly(withLegacyCreateWebWorker(monaco)), {
  // Everything stays in the browser: never fetch a schema from the network.
  enableSchemaRequest: false,
  // Schema findings (a wrong type, an unknown property) join the codec's markers. Only those:
  // YAML syntax is the codec's to report, and `withSchemaFindingsOnly` drops the parser's copy
  // of it, along with findings on values the framework resolves first (`${...}`, `!GetAtt`).
  validate: true,
  customTags: CLOUDFORMATION_TAGS,
  // Completion and hover docs from the framework's own schema (assembled at build time).
  completion: true,
  hover: true,
  schemas: [
    {
      uri: 'inmemory://schemas/serverless.json',
      fileMatch: ['**/serverless.yml'],
      schema: serverlessSchema,
    },
  ],
  format: { enable: true, singleQuote: true },
})

export { monaco }
