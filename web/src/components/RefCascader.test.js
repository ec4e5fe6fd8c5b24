import { describe, it, expect, vi, afterEach } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import RefCascader from './RefCascader.vue'

const LEVELS = {
  '': [{ code: '410000', name: '河南省', level: 'province' }],
  410000: [{ code: '410400', name: '平顶山市', level: 'city' }],
  410400: [{ code: '410402', name: '新华区', level: 'county' }],
}

function stubRegionsApi() {
  const fetchMock = vi.fn(async (url) => {
    const parent = new URL(url, 'http://x').searchParams.get('parent') ?? ''
    return new Response(JSON.stringify({ items: LEVELS[parent] ?? [] }), { status: 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

async function clickNode(label) {
  const node = [...document.querySelectorAll('.el-cascader-node')].find((n) => n.textContent.includes(label))
  expect(node, `node ${label}`).toBeTruthy()
  node.click()
  await flushPromises()
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('RefCascader', () => {
  it('loads each level from /ref/regions when its parent opens and emits the county code', async () => {
    const fetchMock = stubRegionsApi()
    const wrapper = mount(RefCascader, { props: { modelValue: '' }, attachTo: document.body })
    await flushPromises()
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/ref/regions')

    await clickNode('河南省')
    expect(fetchMock.mock.calls.at(-1)[0]).toBe('/api/v1/ref/regions?parent=410000')
    await clickNode('平顶山市')
    expect(fetchMock.mock.calls.at(-1)[0]).toBe('/api/v1/ref/regions?parent=410400')
    await clickNode('新华区')

    // The county is the deepest level: picking it is the selection, and no further level is requested.
    expect(wrapper.emitted('update:modelValue').at(-1)).toEqual(['410402'])
    expect(fetchMock).toHaveBeenCalledTimes(3)
    wrapper.unmount()
  })
})
