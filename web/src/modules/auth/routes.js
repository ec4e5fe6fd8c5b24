export const publicRoutes = [
  { path: '/login', name: 'login', component: () => import('./LoginPage.vue'), meta: { public: true, title: '登录' } },
  { path: '/register', name: 'register', component: () => import('./RegisterPage.vue'), meta: { public: true, title: '单位注册' } },
]

export const routes = [
  {
    path: 'account/password',
    name: 'change-password',
    component: () => import('./ChangePasswordPage.vue'),
    meta: { area: 'account', title: '修改密码' },
  },
]
