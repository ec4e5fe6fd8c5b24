// Routes of matchmaking records and events (inside the signed-in layout).
export const matchmakingRoutes = [
  { path: 'market/matchmaking', name: 'market-matchmaking', component: () => import('./MatchmakingPage.vue'), meta: { area: 'marketMatchmaking', title: '对接记录' } },
  { path: 'market/events', name: 'market-events', component: () => import('./EventListPage.vue'), meta: { area: 'marketEvents', title: '对接活动' } },
  { path: 'market/events/stats', name: 'market-event-stats', component: () => import('./EventStatsPage.vue'), meta: { area: 'marketEventStats', title: '对接活动统计' } },
  { path: 'market/events/:id(\\d+)', name: 'market-event', component: () => import('./EventDetailPage.vue'), props: true, meta: { area: 'marketEvents', title: '对接活动' } },
]
