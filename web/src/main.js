import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createAppRouter } from './router/index.js'
import { configureClient } from './api/client.js'
import { useSessionStore } from './stores/session.js'
import './styles.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
const router = createAppRouter()
app.use(router)

configureClient({
  onAuthRequired() {
    useSessionStore(pinia).reset()
    const current = router.currentRoute.value
    if (!current.meta.public) router.push({ name: 'login', query: { redirect: current.fullPath } })
  },
  onPasswordChangeRequired() {
    router.push({ name: 'change-password' })
  },
})

app.mount('#app')
