import { describe, expect, it } from '@jest/globals'

import { oneAtATime } from './one-at-a-time'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('oneAtATime', () => {
  it('runs tasks of one key in order, never overlapping', async () => {
    const events: string[] = []
    const task = (name: string) => async () => {
      events.push(`${name} start`)
      await tick()
      events.push(`${name} end`)
      return name
    }
    const results = await Promise.all([oneAtATime('cart_1', task('a')), oneAtATime('cart_1', task('b'))])
    expect(results).toEqual(['a', 'b'])
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end'])
  })

  it('lets other keys run alongside, and a failure does not block the next task', async () => {
    const events: string[] = []
    const failing = oneAtATime('cart_2', async () => {
      events.push('fail start')
      await tick()
      events.push('fail end')
      throw new Error('Medusa is down')
    })
    const other = oneAtATime('cart_3', async () => {
      events.push('other')
      return 3
    })
    const next = oneAtATime('cart_2', async () => 'recovered')
    await expect(failing).rejects.toThrow('Medusa is down')
    await expect(other).resolves.toBe(3)
    await expect(next).resolves.toBe('recovered')
    // The other cart did not wait for the first one.
    expect(events).toEqual(['fail start', 'other', 'fail end'])
  })
})
