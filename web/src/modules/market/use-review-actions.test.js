import { describe, it, expect, vi, beforeEach } from 'vitest'

vi.mock('../../api/notify.js', () => ({ notifySuccess: vi.fn() }))
const prompt = vi.fn()
vi.mock('../../shared/dialogs.js', () => ({ promptText: (...args) => prompt(...args) }))

const { useReviewActions } = await import('./use-review-actions.js')

function actions(overrides = {}) {
  const calls = { submitOne: vi.fn(async () => {}), approveOne: vi.fn(async () => {}), rejectOne: vi.fn(async () => {}), reload: vi.fn() }
  Object.assign(calls, overrides)
  return { calls, review: useReviewActions({ ...calls, submittedText: '已提交' }) }
}

beforeEach(() => prompt.mockReset())

describe('useReviewActions', () => {
  it('shows the field the server names beside its input and keeps the dialog open', async () => {
    const error = Object.assign(new Error('预算下限不能高于上限'), { field: 'budget_min_fen' })
    const { calls, review } = actions({ submitOne: vi.fn(async () => { throw error }) })
    expect(await review.submit({ title: 'x' })).toBe(false)
    expect(review.fieldError.value).toEqual({ budget_min_fen: '预算下限不能高于上限' })
    expect(calls.reload).not.toHaveBeenCalled()
  })

  it('a new submission clears the old field errors and reloads the list', async () => {
    const { calls, review } = actions()
    review.fieldError.value = { title: '旧错误' }
    expect(await review.submit({ title: '储能' })).toBe(true)
    expect(calls.submitOne).toHaveBeenCalledWith({ title: '储能' })
    expect(review.fieldError.value).toEqual({})
    expect(calls.reload).toHaveBeenCalledOnce()
  })

  it('rejects only with a reason, and approves by id', async () => {
    const { calls, review } = actions()
    prompt.mockResolvedValueOnce(null)
    await review.reject({ id: 7 })
    expect(calls.rejectOne).not.toHaveBeenCalled()
    prompt.mockResolvedValueOnce('材料不全')
    await review.reject({ id: 7 })
    expect(calls.rejectOne).toHaveBeenCalledWith(7, '材料不全')
    await review.approve({ id: 9 })
    expect(calls.approveOne).toHaveBeenCalledWith(9)
    expect(calls.reload).toHaveBeenCalledTimes(2)
  })
})
