import { afterAll, beforeAll, expect, it } from 'vitest'
import { startPayload, type TestPayload } from './helpers/payload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => t?.close())

it('boots', async () => {
  const org = await t.payload.create({ collection: 'organisations', data: { name: 'Test Org', type: 'council' } })
  expect(org.slug).toBe('test-org')
})
