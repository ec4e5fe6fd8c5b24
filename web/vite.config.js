import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Element Plus components used in templates are imported on demand (with their CSS);
// services such as ElMessage are imported explicitly where they are used.
export default defineConfig({
  plugins: [
    vue(),
    Components({ resolvers: [ElementPlusResolver()], dts: false }),
  ],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Shared Element Plus chunks are named after their first module, a component's style/css entry.
        chunkFileNames: (chunk) => (chunk.name === 'css' ? 'assets/ui-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.js'],
    // Element Plus components import their CSS; let Vite (not Node) load them in component tests.
    server: { deps: { inline: ['element-plus'] } },
  },
})
