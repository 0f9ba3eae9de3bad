/** What "New design" starts from: a service with a provider and nothing else yet. */
export const BLANK_DESIGN_TEXT = `service: my-service

provider:
  name: aws
  runtime: nodejs20.x

functions: {}
`

export const BLANK_DESIGN_NAME = 'Untitled design'
