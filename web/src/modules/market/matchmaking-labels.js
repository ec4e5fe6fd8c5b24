// Matchmaking records and events: the next statuses a party may choose (the server checks the same table,
// src/modules/market/matchmaking/domain/matchmaking_status.hpp) and tag colours.

const NEXT = {
  intention: [['negotiating', '进入洽谈'], ['terminated', '终止']],
  negotiating: [['signed', '签约'], ['terminated', '终止']],
  signed: [],
  terminated: [],
}

/** [[status, button label]…] reachable from `status`. */
export function nextStatuses(status) {
  return NEXT[status] ?? []
}

export const MATCH_TAGS = { intention: 'info', negotiating: 'warning', signed: 'success', terminated: 'danger' }
export const EVENT_TAGS = { planned: 'info', held: 'warning', closed: 'success', cancelled: 'danger' }

/** Quarterly totals of the stats response as chart series. */
export function quarterSeries(stats) {
  const quarters = stats?.totals?.quarters ?? []
  return {
    labels: quarters.map((q) => `第${q.quarter}季度`),
    events: quarters.map((q) => q.events_held),
    registrations: quarters.map((q) => q.registrations),
    intentions: quarters.map((q) => q.signed_intentions),
  }
}
