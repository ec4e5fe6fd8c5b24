// Organisation counts for the dashboard, read from list totals (page_size=1) so no new endpoint is needed.
import { orgApi } from '../registry/api.js'
import { ORG_STATUSES } from '../../shared/labels.js'

async function countOrgs(filter) {
  const { total } = await orgApi.list({ ...filter, page: 1, page_size: 1 })
  return total ?? 0
}

/** [{status, label, count}] for every status, in the order of ORG_STATUSES. */
export async function orgCountsByStatus() {
  const counts = await Promise.all(ORG_STATUSES.map((s) => countOrgs({ status: s.value })))
  return ORG_STATUSES.map((s, i) => ({ status: s.value, label: s.label, count: counts[i] }))
}
