import { describe, expect, it } from 'vitest'
import type { Lesson } from './lessonTypes'
import { createWorkshopSession, type LessonDesigns } from './workshopSession'

const step = (id: string, yaml?: string) => ({
  id,
  title: id,
  goal: 'g',
  instructions: 'i',
  hints: ['first', 'second'],
  ...(yaml !== undefined && { start: { yaml } }),
  check: { kind: 'resource', select: 'function' } as const,
})
const lesson: Lesson = {
  format: 'serverless-canvas/lesson',
  version: 1,
  id: 'l',
  title: 'Cold starts',
  summary: 's',
  minutes: 5,
  steps: [step('a', 'service: a'), step('b'), step('c', 'service: c')],
}

/** Designs in memory: what the session asked for is what the test reads. */
function fakeDesigns() {
  const saved = new Map<string, string>()
  let open = 'd-0'
  let next = 1
  const designs: LessonDesigns = {
    async create(_name, yamlText) {
      open = `d-${next++}`
      saved.set(open, yamlText)
      return open
    },
    replace(designId, _name, yamlText) {
      saved.set(designId, yamlText)
    },
    async open(designId) {
      if (!saved.has(designId)) return false
      open = designId
      return true
    },
    openId: () => open,
    exampleYaml: () => undefined,
  }
  return { designs, text: () => saved.get(open), edit: (t: string) => saved.set(open, t) }
}

function memoryStorage(initial: string | null = null) {
  let text = initial
  return { read: () => text, write: (t: string) => void (text = t), text: () => text }
}

const quiet = () => undefined

describe('the workshop session', () => {
  it("applies a step's start once, keeps the learner's work when they come back", async () => {
    const fake = fakeDesigns()
    const session = createWorkshopSession({
      storage: memoryStorage(),
      designs: fake.designs,
      bundled: [lesson],
      notify: quiet,
    })
    await session.start('l', lesson)
    expect(fake.text()).toBe('service: a')
    fake.edit('service: mine')
    session.next()
    expect(fake.text()).toBe('service: mine')
    session.next()
    expect(fake.text()).toBe('service: c')
    fake.edit('service: mine at c')
    session.previous()
    session.next()
    expect(fake.text()).toBe('service: mine at c')
    session.resetStep()
    expect(fake.text()).toBe('service: c')
  })

  it('keeps outcomes, hints and the step across a reload, and resumes the same design', async () => {
    const fake = fakeDesigns()
    const storage = memoryStorage()
    const first = createWorkshopSession({
      storage,
      designs: fake.designs,
      bundled: [lesson],
      notify: quiet,
    })
    await first.start('l', lesson)
    first.recordPass('a')
    first.next()
    first.showHint()
    first.skip()
    fake.edit('service: my work')

    const again = createWorkshopSession({
      storage,
      designs: fake.designs,
      bundled: [lesson],
      notify: quiet,
    })
    const open = again.current()
    expect(open?.at).toMatchObject({
      step: 2,
      outcomes: { a: 'passed', b: 'skipped' },
      hints: { b: 1 },
      designId: 'd-1',
    })
    await again.start('l', lesson)
    expect(fake.text()).toBe('service: my work')
  })

  it('opens a room link at its step with that step’s design, even over earlier work', async () => {
    const fake = fakeDesigns()
    const session = createWorkshopSession({
      storage: memoryStorage(),
      designs: fake.designs,
      bundled: [lesson],
      notify: quiet,
    })
    await session.start('l', lesson, 1)
    expect(session.current()?.at.step).toBe(1)
    expect(fake.text()).toBe('service: a')
    fake.edit('service: changed')
    await session.start('l', lesson, 1)
    expect(fake.text()).toBe('service: a')
  })

  it('says when saved progress is damaged, and starts clean', () => {
    const notices: string[] = []
    const session = createWorkshopSession({
      storage: memoryStorage('{"broken'),
      designs: fakeDesigns().designs,
      bundled: [lesson],
      notify: (_kind, message) => notices.push(message),
    })
    expect(notices).toEqual(['The saved lesson progress is damaged.'])
    expect(session.getSnapshot().progress.current).toBeNull()
  })
})
