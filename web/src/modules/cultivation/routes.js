export const publicRoutes = [
  { path: '/publicity', name: 'cultivation-publicity', component: () => import('./PublicityPage.vue'), meta: { public: true, title: '入库公示' } },
]

export const routes = [
  { path: 'cultivation/report', name: 'cultivation-report', component: () => import('./ReportFormPage.vue'), meta: { area: 'cultivationReport', title: '企业年报' } },
  { path: 'cultivation/reviews', name: 'cultivation-reviews', component: () => import('./ReviewQueuePage.vue'), meta: { area: 'cultivationReview', title: '年报审核' } },
  { path: 'cultivation/reserve-pool', name: 'cultivation-pool', component: () => import('./ReservePoolPage.vue'), meta: { area: 'cultivationReview', title: '高企后备库' } },
  { path: 'cultivation/tier-policies', name: 'cultivation-tier-policies', component: () => import('./TierPoliciesPage.vue'), meta: { area: 'cultivationReview', title: '梯次培育标准' } },
  { path: 'cultivation/import', name: 'cultivation-import', component: () => import('./EnterpriseImportPage.vue'), meta: { area: 'cultivationReview', title: '企业批量导入' } },
  { path: 'cultivation/dashboard', name: 'cultivation-dashboard', component: () => import('./DashboardPage.vue'), meta: { area: 'cultivationReview', title: '培育监测' } },
  { path: 'cultivation/bulletin', name: 'cultivation-bulletin', component: () => import('./BulletinPage.vue'), meta: { area: 'cultivationReview', title: '定期通报' } },
]
