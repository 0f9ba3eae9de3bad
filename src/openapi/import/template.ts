/**
 * The smallest `serverless.yml` a new design starts from, before an import adds its functions.
 * The framework accepts it as it is (`osls package`), and every patch applies to it.
 */

/**
 * A service name the framework accepts, from any title: letters, digits and hyphens, starting
 * with a letter, at most 40 characters (`Pet Store API` → `pet-store-api`).
 */
export function serviceNameFrom(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^[^A-Za-z]+/, '')
    .slice(0, 40)
    .replace(/-+$/, '')
    .toLowerCase()
  return slug === '' ? 'my-api' : slug
}

/** A minimal, deployable `serverless.yml` for a new service named after `name`. */
export function minimalServiceYaml(name: string, runtime = 'nodejs22.x'): string {
  return `service: ${serviceNameFrom(name)}
frameworkVersion: '>=3'

provider:
  name: aws
  runtime: ${/^[a-z0-9.]+$/.test(runtime) ? runtime : 'nodejs22.x'}
  stage: \${opt:stage, 'dev'}
  region: \${opt:region, 'us-east-1'}
`
}
