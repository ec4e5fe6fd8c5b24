export const routes = [
  { path: 'orgs', name: 'orgs', component: () => import('./OrgListPage.vue'), meta: { area: 'orgs', title: '单位管理' } },
  { path: 'platforms', name: 'platforms', component: () => import('./PlatformListPage.vue'), meta: { area: 'platforms', title: '创新平台' } },
  { path: 'orgs/:id', name: 'org-detail', component: () => import('./OrgDetailPage.vue'), props: true, meta: { area: 'orgDetail', title: '单位详情' } },
]
