// List state for the contract's paged endpoints ({items, total, page, page_size}).
import { ref } from 'vue'

export const DEFAULT_PAGE_SIZE = 20
export const PAGE_SIZES = [20, 50, 100, 200]

export function usePagedList(fetchPage, filters) {
  const items = ref([])
  const total = ref(0)
  const page = ref(1)
  const pageSize = ref(DEFAULT_PAGE_SIZE)
  const loading = ref(false)

  async function load() {
    loading.value = true
    try {
      const result = await fetchPage({ ...filters, page: page.value, page_size: pageSize.value })
      items.value = result.items ?? []
      total.value = result.total ?? 0
    } catch {
      // The client has already shown the message; keep the table consistent.
      items.value = []
      total.value = 0
    } finally {
      loading.value = false
    }
  }

  /** New filters: start again from the first page. */
  function search() {
    page.value = 1
    return load()
  }

  return { items, total, page, pageSize, loading, load, search }
}
