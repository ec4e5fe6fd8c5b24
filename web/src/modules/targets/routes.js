export const routes = [
  { path: 'targets/documents', name: 'targets-documents', component: () => import('./DocumentListPage.vue'), meta: { area: 'targets', title: '政策文件' } },
  { path: 'targets/documents/:id', name: 'targets-document', component: () => import('./DocumentReviewPage.vue'), props: true, meta: { area: 'targets', title: '文件审核' } },
  { path: 'targets/ledger', name: 'targets-ledger', component: () => import('./LedgerListPage.vue'), meta: { area: 'targets', title: '目标台账' } },
  { path: 'targets/ledger/:id', name: 'targets-ledger-item', component: () => import('./LedgerItemPage.vue'), props: true, meta: { area: 'targets', title: '台账事项' } },
  { path: 'targets/assessment', name: 'targets-assessment', component: () => import('./AssessmentPage.vue'), meta: { area: 'targets', title: '年终考核' } },
  { path: 'targets/warnings', name: 'targets-warnings', component: () => import('./WarningsPage.vue'), meta: { area: 'targets', title: '预警督办' } },
]
