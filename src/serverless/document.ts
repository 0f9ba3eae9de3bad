import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml'
import type { Diagnostic, Position, TextRange } from '../model/diagnostics'
import { LIMITS } from './limits'
import { cfnCustomTags } from './tags'

export type ParsedYaml = Document.Parsed

/** A `serverless.yml` text with its parsed document; the text stays the source of truth. */
export interface LoadedDocument {
  readonly text: string
  /** Null when the text was refused before parsing (too large, too deep). */
  readonly doc: ParsedYaml | null
  readonly lineCounter: LineCounter
  /** Line ending used by the file, so that inserted lines match it. */
  readonly eol: '\n' | '\r\n'
  /** YAML syntax errors and limit violations. */
  readonly diagnostics: Diagnostic[]
}

export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n'
}

/** 1-based line and column of an offset, from a LineCounter filled while parsing. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col, offset }
}

export function rangeAt(lineCounter: LineCounter, start: number, end: number): TextRange {
  return { start: positionAt(lineCounter, start), end: positionAt(lineCounter, end) }
}

/**
 * The deepest nesting of flow collections (`[`/`{`) outside quotes and comments, and of block
 * indentation (in steps of the smallest indent seen). Cheap, linear, and run before the parser,
 * whose composer recurses per level and would overflow the stack on a hostile file.
 */
export function estimateDepth(text: string): number {
  let flow = 0
  let maxFlow = 0
  let maxIndent = 0
  let quote: '"' | "'" | null = null
  let atLineStart = true
  let indent = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\n') {
      atLineStart = true
      indent = 0
      if (quote === "'") quote = null // single-quoted scalars rarely span lines; be lenient
      continue
    }
    if (atLineStart) {
      if (ch === ' ' || ch === '-') {
        indent++
        continue
      }
      atLineStart = false
      if (ch !== '#' && ch !== '\r') maxIndent = Math.max(maxIndent, indent)
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++
      else if (ch === quote) quote = null
      continue
    }
    if (ch === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const nl = text.indexOf('\n', i)
      i = nl < 0 ? text.length : nl - 1
      continue
    }
    if (ch === '"' || (ch === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1] ?? ' ')))) quote = ch
    else if (ch === '[' || ch === '{') maxFlow = Math.max(maxFlow, ++flow)
    else if ((ch === ']' || ch === '}') && flow > 0) flow--
  }
  // Two spaces per level is the narrowest indentation anyone uses for nesting.
  return maxFlow + Math.ceil(maxIndent / 2)
}

/**
 * Parse `text` into a YAML document that keeps every node's range, tag, anchor and comment.
 * Never throws: anything wrong comes back as a diagnostic.
 */
export function loadDocument(text: string): LoadedDocument {
  const lineCounter = new LineCounter()
  const eol = detectEol(text)
  const refuse = (code: string, message: string): LoadedDocument => ({
    text,
    doc: null,
    lineCounter,
    eol,
    diagnostics: [{ severity: 'error', code, message, range: firstLine(text) }],
  })
  if (text.length > LIMITS.maxTextLength) {
    const mb = (text.length / 1_000_000).toFixed(1)
    return refuse(
      'too-large',
      `The file is ${mb} MB; serverless.yml files larger than ${LIMITS.maxTextLength / 1_000_000} MB are not opened.`,
    )
  }
  const depth = estimateDepth(text)
  if (depth > LIMITS.maxDepth) {
    return refuse(
      'too-deep',
      `The file nests about ${depth} levels deep; more than ${LIMITS.maxDepth} levels are not opened.`,
    )
  }
  let doc: ParsedYaml
  try {
    doc = parseDocument(text, {
      lineCounter,
      customTags: cfnCustomTags,
      keepSourceTokens: false,
      prettyErrors: false,
      uniqueKeys: true,
      // Merge keys (`<<: *defaults`) are standard practice in serverless.yml.
      merge: true,
    })
  } catch (error) {
    // The parser is not expected to throw, but a stack overflow on pathological input might.
    return refuse('yaml-internal', `The YAML could not be read: ${String(error)}`)
  }
  const diagnostics: Diagnostic[] = []
  const report = (severity: 'error' | 'warning', code: string) => (problem: YAMLError) =>
    diagnostics.push({
      severity,
      code,
      message: cleanMessage(problem.message),
      range: rangeAt(lineCounter, problem.pos[0], Math.max(problem.pos[1], problem.pos[0])),
    })
  doc.errors.forEach(report('error', 'yaml-syntax'))
  doc.warnings.forEach(report('warning', 'yaml-warning'))
  return { text, doc, lineCounter, eol, diagnostics }
}

/** The `yaml` package appends "at line X, column Y" and a code excerpt; we carry ranges instead. */
function cleanMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function firstLine(text: string): TextRange {
  const nl = text.indexOf('\n')
  const end = nl < 0 ? Math.min(text.length, 200) : Math.min(nl, 200)
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: end + 1, offset: end },
  }
}
