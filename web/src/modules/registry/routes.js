export const routes = [
  { path: 'orgs', name: 'orgs', component: () => import('./OrgListPage.vue'), meta: { area: 'orgs', title: '单位管理' } },
  { path: 'orgs/:id', name: 'org-detail', component: () => import('./OrgDetailPage.vue'), props: true, meta: { area: 'orgDetail', title: '单位详情' } },
]
