import { describe, it, expect, vi, afterEach } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import ListPager from './ListPager.vue'
import { usePagedList } from '../shared/use-paged-list.js'

// A server of 95 rows that answers the page it is asked for.
function fakeServer() {
  return vi.fn(async ({ page, page_size }) => {
    const from = (page - 1) * page_size
    const items = Array.from({ length: Math.max(0, Math.min(page_size, 95 - from)) }, (_, i) => ({ id: from + i + 1 }))
    return { items, total: 95, page, page_size }
  })
}

function mountWith(list) {
  return mount(ListPager, { props: { list, testid: 'pager' }, global: { plugins: [ElementPlus] }, attachTo: document.body })
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ListPager', () => {
  it('shows the total and loads the page the user clicks', async () => {
    const fetchPage = fakeServer()
    const list = usePagedList(fetchPage, { q: '泵' })
    await list.load()
    const wrapper = mountWith(list)
    expect(wrapper.text()).toContain('95')
    await wrapper.find('.el-pager li:nth-child(3)').trigger('click')
    await flushPromises()
    expect(fetchPage).toHaveBeenLastCalledWith({ q: '泵', page: 3, page_size: 20 })
    expect(list.items.value[0].id).toBe(41)
  })

  it('a new page size starts again from the first page', async () => {
    const fetchPage = fakeServer()
    const list = usePagedList(fetchPage, {})
    list.page.value = 4
    await list.load()
    const wrapper = mountWith(list)
    wrapper.findComponent({ name: 'ElPagination' }).vm.$emit('size-change', 50)
    await flushPromises()
    expect(fetchPage).toHaveBeenLastCalledWith({ page: 1, page_size: 50 })
    expect(list.page.value).toBe(1)
    expect(list.items.value).toHaveLength(50)
  })
})
