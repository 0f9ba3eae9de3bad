import { describe, expect, it } from 'vitest'
import { displayValue } from './display'

describe('displayValue', () => {
  it('shows intrinsics in short form and collections in flow style', () => {
    expect(displayValue({ Ref: 'Table' })).toBe('!Ref Table')
    expect(displayValue({ 'Fn::GetAtt': ['Queue', 'Arn'] })).toBe('!GetAtt Queue.Arn')
    expect(displayValue({ 'Fn::Sub': '${Bucket.Arn}/*' })).toBe('!Sub ${Bucket.Arn}/*')
    expect(displayValue({ 'Fn::Join': ['', ['arn:aws:s3:::', { Ref: 'B' }]] })).toBe(
      "!Join ['', ['arn:aws:s3:::', (!Ref B)]]",
    )
    expect(displayValue({ a: 1, b: [true, null] })).toBe('{a: 1, b: [true, ]}')
    expect(displayValue(42)).toBe('42')
  })
})
