// History-mode routes: the server answers unknown non-API paths with index.html.
import { createRouter, createWebHistory } from 'vue-router'
import { useSessionStore } from '../stores/session.js'
import { guardTarget } from './guard.js'
import AppLayout from '../layout/AppLayout.vue'
import { publicRoutes, routes as authRoutes } from '../modules/auth/routes.js'
import { routes as homeRoutes } from '../modules/home/routes.js'
import { routes as registryRoutes } from '../modules/registry/routes.js'
import { routes as accountsRoutes } from '../modules/accounts/routes.js'
import { routes as auditRoutes } from '../modules/audit/routes.js'
import { publicRoutes as marketPublicRoutes, routes as marketRoutes } from '../modules/market/routes.js'
import { publicRoutes as cultivationPublicRoutes, routes as cultivationRoutes } from '../modules/cultivation/routes.js'
import { routes as targetsRoutes } from '../modules/targets/routes.js'
import { routes as notificationsRoutes } from '../modules/notifications/routes.js'

const APP_TITLE = '科创服务平台'

const routes = [
  ...publicRoutes,
  ...marketPublicRoutes,
  ...cultivationPublicRoutes,
  {
    path: '/',
    component: AppLayout,
    children: [
      ...homeRoutes,
      ...registryRoutes,
      ...accountsRoutes,
      ...auditRoutes,
      ...marketRoutes,
      ...cultivationRoutes,
      ...targetsRoutes,
      ...notificationsRoutes,
      ...authRoutes,
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('../layout/NotFoundPage.vue'), meta: { title: '页面不存在' } },
    ],
  },
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes })
  router.beforeEach(async (to) => {
    const session = useSessionStore()
    if (!session.loaded) await session.load().catch(() => session.reset())
    return guardTarget(to, session)
  })
  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} - ${APP_TITLE}` : APP_TITLE
  })
  return router
}
