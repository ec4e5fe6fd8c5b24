// Navigation rules: sign-in, forced password change, and the role areas of shared/roles.js.

/** Where a navigation to `to` must go instead, or true to let it through. */
export function guardTarget(to, session) {
  if (to.meta.public) return to.name === 'login' && session.loggedIn ? { name: 'home' } : true
  if (!session.loggedIn) return { name: 'login', query: { redirect: to.fullPath } }
  if (session.mustChangePassword && to.name !== 'change-password') return { name: 'change-password' }
  if (to.meta.area && !session.can(to.meta.area)) return { name: 'home' }
  return true
}
