export const routes = [
  { path: 'users', name: 'users', component: () => import('./UserListPage.vue'), meta: { area: 'users', title: '用户管理' } },
  { path: 'roles', name: 'roles', component: () => import('./RolesPage.vue'), meta: { area: 'roles', title: '角色权限' } },
]
