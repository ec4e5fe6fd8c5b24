import { describe, it, expect, vi, afterEach } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import ElementPlus from 'element-plus'

const download = vi.fn()
const saveBlob = vi.fn()
vi.mock('../api/client.js', () => ({ api: { download: (...args) => download(...args) } }))
vi.mock('../shared/save-blob.js', () => ({ saveBlob: (...args) => saveBlob(...args) }))

const { default: ExportButton } = await import('./ExportButton.vue')

function mountButton(params) {
  return mount(ExportButton, {
    props: { url: '/orgs', params, filename: '单位名录', testid: 'orgs-export' },
    global: { plugins: [ElementPlus] },
  })
}

afterEach(() => {
  download.mockReset()
  saveBlob.mockReset()
})

describe('ExportButton', () => {
  it('downloads the list export with the current filters but not the paging', async () => {
    const blob = new Blob(['x'])
    download.mockResolvedValue(blob)
    const wrapper = mountButton({ status: 'approved', q: '科技', page: 3, page_size: 50 })
    await wrapper.find('[data-testid="orgs-export"]').trigger('click')
    await flushPromises()
    expect(download).toHaveBeenCalledWith('/orgs/export', { status: 'approved', q: '科技' })
    expect(saveBlob).toHaveBeenCalledTimes(1)
    expect(saveBlob.mock.calls[0][0]).toBe(blob)
    expect(saveBlob.mock.calls[0][1]).toMatch(/^单位名录-\d{8}\.xlsx$/)
  })

  it('saves nothing when the server refuses, and can be clicked again', async () => {
    download.mockRejectedValue(new Error('导出最多 100000 行'))
    const wrapper = mountButton({})
    await wrapper.find('[data-testid="orgs-export"]').trigger('click')
    await flushPromises()
    expect(saveBlob).not.toHaveBeenCalled()
    expect(wrapper.find('button').classes()).not.toContain('is-loading')
  })
})
