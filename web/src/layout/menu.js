// Side menu definition; each entry names the area of shared/roles.js that decides who sees it.
import { userCanAccess } from '../shared/roles.js'

const MENU = [
  { key: 'home', title: '工作台', icon: 'HomeFilled', area: 'home', path: '/' },
  { key: 'orgs', title: '单位管理', icon: 'OfficeBuilding', area: 'orgs', path: '/orgs' },
  { key: 'my-org', title: '我的单位', icon: 'OfficeBuilding', area: 'myOrg', path: (user) => `/orgs/${user.org_id}`, needsOrg: true },
  { key: 'platforms', title: '创新平台', icon: 'OfficeBuilding', area: 'platforms', path: '/platforms' },
  {
    key: 'accounts',
    title: '账号管理',
    icon: 'UserFilled',
    children: [
      { key: 'users', title: '用户管理', area: 'users', path: '/users' },
      { key: 'roles', title: '角色权限', area: 'roles', path: '/roles' },
    ],
  },
  {
    key: 'market',
    title: '科技大市场',
    icon: 'Document',
    children: [
      { key: 'market-contracts', title: '技术合同登记', area: 'marketContracts', path: '/market/contracts' },
      { key: 'market-stats', title: '成交额统计', area: 'marketStats', path: '/market/contracts/stats' },
      { key: 'market-demands', title: '技术需求', area: 'marketListings', path: '/market/demands' },
      { key: 'market-achievements', title: '科技成果', area: 'marketListings', path: '/market/achievements' },
      { key: 'market-experts', title: '专家库', area: 'marketListings', path: '/market/experts' },
      { key: 'market-agencies', title: '技术转移机构', area: 'marketListings', path: '/market/agencies' },
      { key: 'market-matchmaking', title: '对接记录', area: 'marketMatchmaking', path: '/market/matchmaking' },
      { key: 'market-events', title: '对接活动', area: 'marketEvents', path: '/market/events' },
      { key: 'market-event-stats', title: '对接活动统计', area: 'marketEventStats', path: '/market/events/stats' },
      { key: 'market-import', title: '批量导入', area: 'marketListings', path: '/market/import' },
    ],
  },
  {
    key: 'cultivation',
    title: '企业培育',
    icon: 'Document',
    children: [
      { key: 'cultivation-report', title: '企业年报', area: 'cultivationReport', path: '/cultivation/report' },
      { key: 'cultivation-reviews', title: '年报审核', area: 'cultivationReview', path: '/cultivation/reviews' },
      { key: 'cultivation-pool', title: '高企后备库', area: 'cultivationReview', path: '/cultivation/reserve-pool' },
      { key: 'cultivation-dashboard', title: '培育监测', area: 'cultivationReview', path: '/cultivation/dashboard' },
      { key: 'cultivation-bulletin', title: '定期通报', area: 'cultivationReview', path: '/cultivation/bulletin' },
      { key: 'cultivation-tier-policies', title: '梯次培育标准', area: 'cultivationReview', path: '/cultivation/tier-policies' },
      { key: 'cultivation-import', title: '企业批量导入', area: 'cultivationReview', path: '/cultivation/import' },
    ],
  },
  { key: 'targets', title: '目标台账', icon: 'Flag', area: 'targets', path: '/targets/ledger' },
  { key: 'audit', title: '审计日志', icon: 'Document', area: 'audit', path: '/audit' },
  {
    key: 'me',
    title: '我的账号',
    icon: 'Setting',
    children: [{ key: 'password', title: '修改密码', area: 'account', path: '/account/password' }],
  },
]

function visibleItem(item, user) {
  if (item.children) {
    const children = item.children.map((child) => visibleItem(child, user)).filter(Boolean)
    return children.length ? { ...item, children } : null
  }
  if (!userCanAccess(user, item.area)) return null
  if (item.needsOrg && !user.org_id) return null
  const path = typeof item.path === 'function' ? item.path(user) : item.path
  return { key: item.key, title: item.title, icon: item.icon, path }
}

/** The menu entries `user` may see, groups without visible children dropped. */
export function menuFor(user) {
  if (!user) return []
  return MENU.map((item) => visibleItem(item, user)).filter(Boolean)
}
