import { api } from '../../api/client.js'

// The caller's in-site inbox (src/notifications): GET /notifications answers {items, total, unread, …}.
export const notificationsApi = {
  list: (query) => api.get('/notifications', query),
  unreadCount: async () => (await api.get('/notifications', { unread: 1, page_size: 1 }, { quiet: true })).unread ?? 0,
  markRead: (id) => api.post(`/notifications/${id}/read`, {}),
  markAllRead: () => api.post('/notifications/read-all', {}),
}
