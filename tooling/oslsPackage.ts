/**
 * Runs the real framework (osls, the maintained fork of Serverless Framework v3) offline on a
 * `serverless.yml`: `osls package` in a fresh directory with a stub for every handler, dummy
 * credentials and a throwaway home. Used by the tests that prove our YAML deploys.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const OSLS_BIN = join(ROOT, 'node_modules', '.bin', 'osls')
export const PACKAGE_TIMEOUT_MS = 60_000

export interface CfResource {
  Type: string
  Properties?: Record<string, unknown>
  [key: string]: unknown
}
export interface Template {
  Resources: Record<string, CfResource>
}
export interface PackageResult {
  code: number | null
  output: string
  template?: Template
}

interface ServiceConfig {
  provider?: { runtime?: string }
  functions?: Record<string, { handler?: string; runtime?: string }>
}

/**
 * Writes a stub for every handler, so packaging has the files the config names:
 * `src/users.create` becomes `src/users.js` exporting `create` (or `src/users.py`).
 */
async function writeHandlerStubs(dir: string, config: ServiceConfig): Promise<void> {
  const files = new Map<string, string[]>()
  for (const fn of Object.values(config.functions ?? {})) {
    if (!fn.handler) continue
    const runtime = fn.runtime ?? config.provider?.runtime ?? ''
    const dot = fn.handler.lastIndexOf('.')
    const ext = runtime.startsWith('python') ? '.py' : '.js'
    const file = fn.handler.slice(0, dot) + ext
    const name = fn.handler.slice(dot + 1)
    const line =
      ext === '.py'
        ? `def ${name}(event, context):\n    return {}\n`
        : `exports.${name} = async () => ({})\n`
    files.set(file, [...(files.get(file) ?? []), line])
  }
  for (const [file, lines] of files) {
    await mkdir(dirname(join(dir, file)), { recursive: true })
    await writeFile(join(dir, file), lines.join(''))
  }
}

/** Packages `yamlText` in a new directory under `workRoot`, with `home` as HOME. */
export async function oslsPackage(
  yamlText: string,
  options: { readonly workRoot: string; readonly home: string; readonly prefix: string },
): Promise<PackageResult> {
  const dir = await mkdtemp(join(options.workRoot, options.prefix))
  await writeFile(join(dir, 'serverless.yml'), yamlText)
  // CloudFormation tags (!Ref, !GetAtt, !Sub) are kept as plain values: only handlers are read.
  await writeHandlerStubs(dir, parse(yamlText, { logLevel: 'error' }) as ServiceConfig)
  const env = {
    PATH: process.env.PATH ?? '',
    // A throwaway home: no real ~/.aws profile or ~/.serverless state leaks in or out.
    HOME: options.home,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    // Never ask the instance metadata service for credentials.
    AWS_EC2_METADATA_DISABLED: 'true',
    // A deprecated setting fails the run instead of printing a notice.
    SLS_DEPRECATION_NOTIFICATION_MODE: 'error',
    NO_COLOR: '1',
  }
  const args = [OSLS_BIN, 'package', '--stage', 'dev', '--region', 'us-east-1']
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: dir, env, timeout: PACKAGE_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
        const killed = error?.killed ? `\n[killed after ${PACKAGE_TIMEOUT_MS} ms]` : ''
        resolve({ code, output: `${stdout}\n${stderr}${killed}` })
      },
    )
  })
  const templatePath = join(dir, '.serverless', 'cloudformation-template-update-stack.json')
  const exists = await stat(templatePath).then(
    () => true,
    () => false,
  )
  const template = exists
    ? (JSON.parse(await readFile(templatePath, 'utf8')) as Template)
    : undefined
  return { code, output, template }
}
