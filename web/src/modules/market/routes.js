import { matchmakingRoutes } from './matchmaking-routes.js'

export const publicRoutes = [
  { path: '/market', name: 'market-portal', component: () => import('./MarketSearchPage.vue'), meta: { public: true, title: '科技大市场' } },
  { path: '/market/profiles/:kind(expert|agency)/:id(\\d+)', name: 'market-profile', component: () => import('./ProfileDetailPage.vue'), props: true, meta: { public: true, title: '专家与机构' } },
]

export const routes = [
  { path: 'market/contracts', name: 'market-contracts', component: () => import('./ContractListPage.vue'), meta: { area: 'marketContracts', title: '技术合同登记' } },
  { path: 'market/contracts/new', name: 'market-contract-new', component: () => import('./ContractFilePage.vue'), meta: { area: 'marketContractFile', title: '申请技术合同登记' } },
  { path: 'market/contracts/stats', name: 'market-contract-stats', component: () => import('./ContractStatsPage.vue'), meta: { area: 'marketStats', title: '技术合同成交额统计' } },
  { path: 'market/demands', name: 'market-demands', component: () => import('./ListingPage.vue'), props: { kind: 'demands' }, meta: { area: 'marketListings', title: '技术需求' } },
  { path: 'market/demands/:id', name: 'market-demand', component: () => import('./ListingDetailPage.vue'), props: (r) => ({ kind: 'demands', id: r.params.id }), meta: { area: 'marketListings', title: '技术需求详情' } },
  { path: 'market/achievements/:id', name: 'market-achievement', component: () => import('./ListingDetailPage.vue'), props: (r) => ({ kind: 'achievements', id: r.params.id }), meta: { area: 'marketListings', title: '科技成果详情' } },
  { path: 'market/import', name: 'market-import', component: () => import('./ListingImportPage.vue'), meta: { area: 'marketListings', title: '成果与需求批量导入' } },
  { path: 'market/achievements', name: 'market-achievements', component: () => import('./ListingPage.vue'), props: { kind: 'achievements' }, meta: { area: 'marketListings', title: '科技成果' } },
  { path: 'market/experts', name: 'market-experts', component: () => import('./ProfilePage.vue'), props: { kind: 'experts' }, meta: { area: 'marketListings', title: '专家库' } },
  { path: 'market/agencies', name: 'market-agencies', component: () => import('./ProfilePage.vue'), props: { kind: 'agencies' }, meta: { area: 'marketListings', title: '技术转移机构' } },
  ...matchmakingRoutes,
]
