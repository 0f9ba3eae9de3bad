import type { ResourceKind } from '../../model/types'

/** Function keys the framework accepts (it derives resource names from them). */
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/
/** CloudFormation logical ids: alphanumeric, up to 255 characters. */
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/
const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/

export function functionNameProblem(name: string): string | undefined {
  if (FUNCTION_NAME.test(name)) return undefined
  return `"${name}" is not a valid function name: use 1 to 64 letters, digits, "-" or "_".`
}

export function logicalIdProblem(name: string): string | undefined {
  if (LOGICAL_ID.test(name)) return undefined
  return `"${name}" is not a valid CloudFormation logical id: use letters and digits only.`
}

export function envVarProblem(name: string): string | undefined {
  if (ENV_VAR.test(name)) return undefined
  return `"${name}" is not a valid environment variable name: use letters, digits and "_", not starting with a digit.`
}

/**
 * The framework's normalised name of a function, the prefix of the logical ids it generates
 * (`get-user` → `GetDashuserLambdaFunction`).
 */
export function normalizedFunctionName(name: string): string {
  const upper = name.charAt(0).toUpperCase() + name.slice(1)
  return upper.replace(/-/g, 'Dash').replace(/_/g, 'Underscore')
}

/** Suffixes of the logical ids the framework creates for each function. */
export const FUNCTION_LOGICAL_ID_SUFFIXES = ['LambdaFunction', 'LogGroup'] as const

/** `USERS_TABLE` for a table `UsersTable`, `JOBS_QUEUE_URL` for a queue `Jobs`. */
export function defaultEnvVarName(kind: ResourceKind, logicalId: string): string {
  const snake = logicalId
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
  const withKind = (word: string) => (snake.endsWith(word) ? snake : `${snake}_${word}`)
  switch (kind) {
    case 'table':
      return withKind('TABLE')
    case 'bucket':
      return withKind('BUCKET')
    case 'queue':
      return `${withKind('QUEUE')}_URL`
    case 'topic':
      return `${withKind('TOPIC')}_ARN`
    default:
      return snake
  }
}
