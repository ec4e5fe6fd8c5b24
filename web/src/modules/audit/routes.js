export const routes = [
  { path: 'audit', name: 'audit', component: () => import('./AuditListPage.vue'), meta: { area: 'audit', title: '审计日志' } },
]
