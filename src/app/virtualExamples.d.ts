/** Provided by the `serverless-canvas-examples` plugin in vite.config.ts. */
declare module 'virtual:examples' {
  /** File name (`rest-api-dynamodb.yml`) → text. */
  const files: Readonly<Record<string, string>>
  export default files
}
