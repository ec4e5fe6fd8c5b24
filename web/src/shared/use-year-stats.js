// A statistics page by year ({items, totals}): the chosen year, its figures, loading, and the Excel download.
// A failed request has already been shown by the API client; the page then shows no figures.
import { ref } from 'vue'
import { saveBlob } from './save-blob.js'

const EMPTY = { items: [], totals: null }

export function useYearStats(fetchYear, downloadYear, fileTitle) {
  const year = ref(new Date().getFullYear())
  const stats = ref(EMPTY)
  const loading = ref(false)

  async function load() {
    loading.value = true
    try {
      stats.value = await fetchYear(year.value)
    } catch {
      stats.value = EMPTY
    } finally {
      loading.value = false
    }
  }

  async function exportXlsx() {
    try {
      saveBlob(await downloadYear(year.value), `${fileTitle}-${year.value}.xlsx`)
    } catch {
      // shown by the API client
    }
  }

  return { year, stats, loading, load, exportXlsx }
}
