/**
 * Comma-separated values as spreadsheets read them (RFC 4180): a header row, then one row per
 * record; a field with a comma, quote or line break is quoted, quotes doubled. Numbers are
 * written in full so nothing is lost to rounding.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}

function field(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Columns of equal length (a time axis and its series) as CSV. */
export function columnsToCsv(
  columns: readonly { readonly name: string; readonly values: ArrayLike<number> }[],
): string {
  const length = Math.max(0, ...columns.map((c) => c.values.length))
  const rows = Array.from({ length }, (_, i) => columns.map((c) => c.values[i] ?? Number.NaN))
  return toCsv(
    columns.map((c) => c.name),
    rows,
  )
}

/** A file name from a chart title: `Latency (ms) — getUser` → `latency-ms-getuser`. */
export function fileNameOf(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'chart'
}
