export const routes = [
  { path: '', name: 'home', component: () => import('./HomePage.vue'), meta: { area: 'home', title: '工作台' } },
]
