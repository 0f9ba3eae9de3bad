import type { Architecture } from '../../src/model/types'

/**
 * Default cold-start time of a new execution environment: the runtime's median Init Duration of
 * a hello-world function, by architecture and package type, plus an explicit package-size term.
 *
 * Medians from maxday/lambda-perf daily data, 30 days to 2026-08-22, about 280–300 cold starts
 * per cell (simulation-facts.md §2.1). Memory barely moves hello-world init (the 128 MB and
 * 1,024 MB columns differ by a few ms), so memory is not an input. Runtimes missing from that
 * table use the Jan–Feb 2023 medians of the same repository (simulation-facts.md §2.1, "The
 * trend over time"), or their family's current figure.
 */
interface InitMedians {
  /** ZIP package, x86_64. */
  readonly zipX86: number
  /** ZIP package, arm64. */
  readonly zipArm: number
  /** Container image, x86_64 (arm64 images are not measured there; the x86 figure is used). */
  readonly image: number
}

const medians = (zipX86: number, zipArm: number, image: number): InitMedians => ({
  zipX86,
  zipArm,
  image,
})

/** Median Init Duration in ms (simulation-facts.md §2.1 table; ZIP columns at 128 MB). */
export const INIT_MEDIANS_MS: Readonly<Record<string, InitMedians>> = {
  'nodejs24.x': medians(135, 120, 269),
  'nodejs22.x': medians(140, 128, 303),
  'nodejs20.x': medians(142, 131, 260),
  'python3.14': medians(106, 100, 174),
  'python3.13': medians(85, 80, 156),
  'python3.12': medians(85, 81, 151),
  java25: medians(191, 196, 239),
  java21: medians(239, 248, 358),
  java17: medians(205, 218, 323),
  java11: medians(279, 286, 355),
  dotnet8: medians(251, 298, 401),
  dotnet10: medians(252, 246, 390),
  // provided.al2023 is measured with a Go binary (Rust: 16 ms); a custom runtime is its code.
  'provided.al2023': medians(50, 43, 47),
  'provided.al2': medians(50, 43, 47),
  'ruby3.4': medians(228, 228, 259),
  // Jan–Feb 2023 medians (128 MB, x86 ZIP) for runtimes the current table lacks; arm64 takes the
  // x86 figure, and an image adds the facts' image-over-ZIP median difference of the family
  // (Node.js about +140 ms, Python +70, Java +85, .NET +145; simulation-facts.md §2.1 findings).
  'nodejs18.x': medians(218, 218, 218 + 140),
  'nodejs16.x': medians(145, 145, 145 + 140),
  'python3.9': medians(107, 107, 107 + 70),
  java8: medians(527, 527, 527 + 85),
  'java8.al2': medians(527, 527, 527 + 85),
  dotnet6: medians(219, 219, 219 + 145),
  'go1.x': medians(84, 84, 84),
}

/** A runtime the tables do not name takes its family's most common current figure. */
const FAMILY_DEFAULT: readonly (readonly [string, string])[] = [
  ['nodejs', 'nodejs22.x'],
  ['python', 'python3.12'],
  ['java', 'java21'],
  ['dotnet', 'dotnet8'],
  ['ruby', 'ruby3.4'],
  ['provided', 'provided.al2023'],
  ['go', 'go1.x'],
]

/** The framework's default runtime is Node.js; an unknown runtime is treated as Node.js 22. */
const FALLBACK_RUNTIME = 'nodejs22.x'

/**
 * Extra init time per MB of deployment package (ZIP only): 725 ms/MB, from one published Node.js
 * case (Momento: a 1.5 MB bundle cold-started in about 1,000 ms, 260 KB in about 100 ms, so
 * (1,000 − 100) / (1.5 − 0.26) ≈ 725 ms per MB; simulation-facts.md §2.2). Anecdotal and
 * runtime-dependent: an explicit, visible assumption, applied only when the scenario gives a
 * package size.
 */
export const PACKAGE_INIT_MS_PER_MB = 725

export interface ColdStartInput {
  readonly runtime?: string
  readonly architecture: Architecture
  /** True for a container image (`image` in serverless.yml). */
  readonly image: boolean
  readonly packageSizeMb?: number
}

export interface ColdStartEstimate {
  readonly ms: number
  /** How the figure was reached, for the UI and the CLI. */
  readonly basis: string
}

/** The default cold-start time of a function, with how it was found. */
export function defaultColdStart(input: ColdStartInput): ColdStartEstimate {
  const asked = input.runtime ?? FALLBACK_RUNTIME
  const runtime =
    asked in INIT_MEDIANS_MS
      ? asked
      : (FAMILY_DEFAULT.find(([prefix]) => asked.startsWith(prefix))?.[1] ?? FALLBACK_RUNTIME)
  const figures = INIT_MEDIANS_MS[runtime] ?? medians(140, 128, 303)
  const base = input.image
    ? figures.image
    : input.architecture === 'arm64'
      ? figures.zipArm
      : figures.zipX86
  const packageMs = input.image ? 0 : (input.packageSizeMb ?? 0) * PACKAGE_INIT_MS_PER_MB
  const kind = input.image ? 'image' : `ZIP ${input.architecture}`
  const stand = runtime === asked ? runtime : `${runtime} (for ${asked})`
  return {
    ms: base + packageMs,
    basis:
      `median Init Duration of ${stand}, ${kind}: ${base} ms (maxday/lambda-perf)` +
      (packageMs > 0 ? ` + ${input.packageSizeMb} MB × ${PACKAGE_INIT_MS_PER_MB} ms/MB` : ''),
  }
}
