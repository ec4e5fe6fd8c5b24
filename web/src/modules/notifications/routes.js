export const routes = [
  { path: 'notifications', name: 'notifications', component: () => import('./NotificationsPage.vue'), meta: { area: 'notifications', title: '站内通知' } },
]
