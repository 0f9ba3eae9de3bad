// ESLint flat config. The layer rules of the architecture (which folder may import which) are
// enforced here, per folder, so a wrong import is a lint error rather than a review comment.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** An import restriction: a regex on the import path, and the reason shown to the developer. */
const ban = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports })

const UI_LIBS = {
  react: ban('^react(-dom)?(/.*)?$', 'Pure and headless layers never import React.'),
  xyflow: ban('^@xyflow/', 'Only src/canvas imports React Flow.'),
  monaco: ban('^monaco-(editor|yaml)', 'Only src/editor imports Monaco.'),
  recharts: ban('^recharts', 'Only src/charts imports recharts.'),
  zustand: ban('^zustand', 'Only src/store uses zustand.'),
  comlink: ban('^comlink', 'Only src/sim and workers/*.worker.ts use comlink.'),
}

/** A relative import reaching into one of our folders (`../store/x`, `../../src/store`). */
const layer = (name, message, allowTypeImports = false) =>
  ban(`^\\.{1,2}/(.*/)?${name}(/|$)`, message, allowTypeImports)

const UI_FOLDERS = ['app', 'canvas', 'editor', 'charts', 'lessons']
const uiFolders = (except, message) =>
  UI_FOLDERS.filter((f) => f !== except).map((f) => layer(f, message))

const noStoreOrUi = (who) => [
  layer('store', `${who} is below the store: it never imports it.`),
  layer('sim', `${who} never imports the worker bridge.`),
  ...uiFolders(undefined, `${who} never imports UI code.`),
]

/** Time and randomness are injected into pure code, so it is deterministic and testable. */
const pureGlobals = {
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Pure code takes time as an input.' },
    { object: 'Math', property: 'random', message: 'Pure code takes a seeded random source.' },
    { object: 'performance', property: 'now', message: 'Pure code takes time as an input.' },
  ],
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'fetch'].map((name) => ({
      name,
      message: 'Pure code never touches the browser.',
    })),
    ...['setTimeout', 'setInterval', 'requestAnimationFrame'].map((name) => ({
      name,
      message: 'Pure code has no timers; the caller schedules.',
    })),
  ],
}

const restrict = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns }], ...extra },
})

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The command line, benchmarks and configs print to the terminal by design.
  {
    files: ['src/cli/**', 'src/bench/**', '*.config.*', 'e2e/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },

  // ── The layers ──────────────────────────────────────────────────────────────────────────
  restrict(
    ['src/model/**'],
    [
      ...[
        'serverless',
        'pricing',
        'openapi',
        'store',
        'sim',
        'workers',
        'cli',
        'bench',
        'testing',
      ].map((name) => layer(name, 'src/model imports nothing else of ours.')),
      ...uiFolders(undefined, 'src/model imports nothing else of ours.'),
      ban('^yaml$', 'src/model knows nothing of YAML.'),
      ...Object.values(UI_LIBS),
    ],
    pureGlobals,
  ),
  restrict(
    ['src/serverless/**'],
    [
      ...noStoreOrUi('src/serverless'),
      layer('pricing', 'The codec does not price.'),
      layer('openapi', 'The codec does not export OpenAPI.'),
      layer('workers', 'The codec does not simulate.'),
      ...Object.values(UI_LIBS),
    ],
    pureGlobals,
  ),
  restrict(
    ['src/pricing/**'],
    [
      ...noStoreOrUi('src/pricing'),
      layer('serverless', 'Pricing works on the model, not on YAML.'),
      layer('workers', 'Pricing does not simulate.'),
      ...Object.values(UI_LIBS),
    ],
    pureGlobals,
  ),
  restrict(
    ['src/openapi/**'],
    [...noStoreOrUi('src/openapi'), ...Object.values(UI_LIBS)],
    pureGlobals,
  ),
  restrict(
    ['workers/engine/**'],
    [
      ...noStoreOrUi('workers/engine'),
      layer('serverless', 'The engine works on the model.'),
      ...Object.values(UI_LIBS),
    ],
    pureGlobals,
  ),
  restrict(
    ['workers/*.worker.ts'],
    [...noStoreOrUi('A worker entry'), UI_LIBS.react, UI_LIBS.xyflow, UI_LIBS.monaco],
  ),
  restrict(
    ['src/store/**'],
    [
      ...uiFolders(undefined, 'The store is below the UI: it never imports it.'),
      UI_LIBS.xyflow,
      UI_LIBS.monaco,
      UI_LIBS.recharts,
      UI_LIBS.comlink,
    ],
  ),
  // Only the one hook file of the store may import React.
  {
    files: ['src/store/**'],
    ignores: ['src/store/useDesigner.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            UI_LIBS.react,
            ...uiFolders(undefined, 'The store is below the UI: it never imports it.'),
            UI_LIBS.xyflow,
            UI_LIBS.monaco,
            UI_LIBS.recharts,
            UI_LIBS.comlink,
          ],
        },
      ],
    },
  },
  restrict(
    ['src/sim/**'],
    [
      UI_LIBS.react,
      ...uiFolders(undefined, 'The worker bridge never imports UI code.'),
      ban(
        '^\\.\\./\\.\\./workers/(?!.*\\.worker$)',
        'The bridge imports only worker entries (as types).',
      ),
    ],
  ),
  restrict(
    ['src/canvas/**'],
    [
      ...uiFolders('canvas', 'UI folders meet in the store, never import each other.'),
      UI_LIBS.monaco,
      UI_LIBS.recharts,
    ],
  ),
  restrict(
    ['src/editor/**'],
    [
      ...uiFolders('editor', 'UI folders meet in the store, never import each other.'),
      UI_LIBS.xyflow,
      UI_LIBS.recharts,
    ],
  ),
  restrict(
    ['src/charts/**'],
    [
      ...uiFolders('charts', 'UI folders meet in the store, never import each other.'),
      UI_LIBS.xyflow,
      UI_LIBS.monaco,
    ],
  ),
  restrict(
    ['src/lessons/**'],
    [
      ...uiFolders('lessons', 'UI folders meet in the store, never import each other.'),
      UI_LIBS.xyflow,
      UI_LIBS.monaco,
      UI_LIBS.recharts,
    ],
  ),
  // Benchmarks drive the store and the canvas's pure modules headless, in Node.
  restrict(['src/bench/**'], [UI_LIBS.monaco, UI_LIBS.recharts]),
  restrict(
    ['src/cli/**'],
    [
      ...noStoreOrUi('The command line'),
      UI_LIBS.react,
      UI_LIBS.xyflow,
      UI_LIBS.monaco,
      UI_LIBS.recharts,
      UI_LIBS.zustand,
    ],
  ),
)
