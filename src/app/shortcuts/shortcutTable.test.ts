import { describe, expect, it } from 'vitest'
import { commandFor, displayLabel, SHORTCUTS, type KeyPress } from './shortcutTable'

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
})

describe('commandFor', () => {
  it('undoes with Ctrl+Z or Cmd+Z', () => {
    expect(commandFor(press('z', { ctrlKey: true }), false)).toBe('undo')
    expect(commandFor(press('z', { metaKey: true }), false)).toBe('undo')
    expect(commandFor(press('z'), false)).toBeUndefined()
  })

  it('redoes with Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y', () => {
    expect(commandFor(press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('redo')
    expect(commandFor(press('Z', { metaKey: true, shiftKey: true }), false)).toBe('redo')
    expect(commandFor(press('y', { ctrlKey: true }), false)).toBe('redo')
    // Cmd+Y is the history window in Safari, not redo.
    expect(commandFor(press('y', { metaKey: true }), false)).toBeUndefined()
  })

  it('matches letters by physical key on other layouts', () => {
    expect(commandFor({ ...press('я', { ctrlKey: true }), code: 'KeyZ' }, false)).toBe('undo')
  })

  it('duplicates with Mod+D and downloads with Mod+S', () => {
    expect(commandFor(press('d', { ctrlKey: true }), false)).toBe('duplicate')
    expect(commandFor(press('s', { metaKey: true }), false)).toBe('download')
  })

  it('opens the sheet with ?, whatever Shift says, but not with a modifier', () => {
    expect(commandFor(press('?', { shiftKey: true }), false)).toBe('help')
    expect(commandFor(press('?'), false)).toBe('help')
    expect(commandFor(press('?', { ctrlKey: true }), false)).toBeUndefined()
  })

  it('leaves typing alone, except for download', () => {
    expect(commandFor(press('z', { ctrlKey: true }), true)).toBeUndefined()
    expect(commandFor(press('?', { shiftKey: true }), true)).toBeUndefined()
    expect(commandFor(press('s', { ctrlKey: true }), true)).toBe('download')
  })

  it('never claims Alt combinations or the keys the canvas owns', () => {
    expect(commandFor(press('z', { ctrlKey: true, altKey: true }), false)).toBeUndefined()
    expect(commandFor(press('Delete'), false)).toBeUndefined()
    expect(commandFor({ ...press('!', { shiftKey: true }), code: 'Digit1' }, false)).toBeUndefined()
  })
})

describe('SHORTCUTS', () => {
  it('lists every command once, each with a label', () => {
    const commands = SHORTCUTS.map((s) => s.command)
    expect(new Set(commands).size).toBe(commands.length)
    for (const shortcut of SHORTCUTS) expect(shortcut.labels.length).toBeGreaterThan(0)
  })

  it('binds every shortcut the app owns', () => {
    for (const shortcut of SHORTCUTS.filter((s) => s.owner === 'app')) {
      expect(shortcut.bindings.length).toBeGreaterThan(0)
    }
  })
})

describe('displayLabel', () => {
  it('spells Ctrl elsewhere and symbols on a Mac', () => {
    expect(displayLabel('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z')
    expect(displayLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z')
    expect(displayLabel('Ctrl+Y', true)).toBe('⌃Y')
    expect(displayLabel('?', false)).toBe('?')
  })
})
