// The unread count shared by the bell in the header and the inbox page (marking read updates the bell at once).
import { ref } from 'vue'
import { notificationsApi } from './api.js'

export const unreadCount = ref(0)

export async function refreshUnread() {
  try {
    unreadCount.value = await notificationsApi.unreadCount()
  } catch {
    // quiet: the bell keeps its last count when the server cannot be reached
  }
}

/** What a badge shows: nothing for 0, "99+" above 99. */
export function badgeText(count) {
  if (!count || count < 0) return ''
  return count > 99 ? '99+' : String(count)
}
