/**
 * Limits on hostile input. Real `serverless.yml` files are a few kilobytes (the largest in our
 * corpus is 28 KB) and rarely nest more than 15 levels, so these bounds never touch a real file
 * while keeping an alias bomb, a 10 MB paste or a 1,000-deep nesting from hanging the tab.
 */
export const LIMITS = {
  /** Characters of text we parse at all. */
  maxTextLength: 2_000_000,
  /** Collection nesting depth, flow or block. */
  maxDepth: 200,
  /** Plain values produced by one conversion, counting alias expansions (the billion-laughs guard). */
  maxPlainNodes: 500_000,
} as const
