/** Provided by the `serverless-canvas-schema` plugin in vite.config.ts. */
declare module 'virtual:serverless-schema' {
  import type { JSONSchema } from 'monaco-yaml'
  const schema: JSONSchema
  export default schema
}
