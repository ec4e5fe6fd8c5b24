// The signed-in user, their permissions and the CSRF token handed to the API client.
import { defineStore } from 'pinia'
import { setCsrfToken } from '../api/client.js'
import { authApi } from '../modules/auth/api.js'
import { userCanAccess } from '../shared/roles.js'
import { menuFor } from '../layout/menu.js'

export const useSessionStore = defineStore('session', {
  state: () => ({ user: null, permissions: [], loaded: false }),
  getters: {
    loggedIn: (state) => state.user !== null,
    role: (state) => state.user?.role ?? null,
    mustChangePassword: (state) => Boolean(state.user?.must_change_password),
    menu: (state) => menuFor(state.user),
  },
  actions: {
    can(area) {
      return userCanAccess(this.user, area)
    },
    applyMe(me) {
      this.user = me.user
      this.permissions = me.permissions ?? []
      setCsrfToken(me.csrf_token)
    },
    /** Loads the session behind the cookie; a 401 simply means nobody is signed in. */
    async load() {
      try {
        this.applyMe(await authApi.me())
      } catch (error) {
        if (error.status !== 401) throw error
        this.reset()
      } finally {
        this.loaded = true
      }
    },
    async login(username, password) {
      const result = await authApi.login(username, password)
      setCsrfToken(result.csrf_token)
      this.user = result.user
      await this.load()
    },
    async logout() {
      try {
        await authApi.logout()
      } finally {
        this.reset()
      }
    },
    reset() {
      this.user = null
      this.permissions = []
      setCsrfToken(null)
    },
  },
})
