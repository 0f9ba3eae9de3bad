import { describe, expect, it } from 'vitest'
import { decodeDesignFile, designNameFromFileName, MAX_DESIGN_FILE_BYTES } from './designFile'

const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeDesignFile', () => {
  it('opens UTF-8 text, named after the file, without a byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('service: café\n')])
    expect(decodeDesignFile('orders.yml', bytes)).toEqual({
      ok: true,
      name: 'orders',
      yamlText: 'service: café\n',
    })
  })

  it('refuses binary files', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    const result = decodeDesignFile('logo.yml', png)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toMatch(/not a text file/)
    expect(decodeDesignFile('latin1.yml', new Uint8Array([0x63, 0x61, 0x66, 0xe9])).ok).toBe(false)
  })

  it('refuses files over 2 MB', () => {
    const result = decodeDesignFile('huge.yml', new Uint8Array(MAX_DESIGN_FILE_BYTES + 1).fill(32))
    expect(!result.ok && result.reason).toMatch(/2\.0 MB.*at most 2 MB/)
  })
})

describe('designNameFromFileName', () => {
  it('drops the folder and the YAML extension', () => {
    expect(designNameFromFileName('C:\\work\\api.serverless.YAML')).toBe('api.serverless')
    expect(designNameFromFileName('a/b/service.yml')).toBe('service')
    expect(designNameFromFileName('.yml')).toBe('Opened design')
    expect(designNameFromFileName('notes.txt')).toBe('notes.txt')
  })
})
