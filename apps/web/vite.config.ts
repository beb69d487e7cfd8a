import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/**
 * Built into apps/web/dist, which the API serves at `/` (same origin as /graphql and /session). In
 * development (`npm run dev:web`) Vite serves the app and proxies the API's routes to :3000.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@prongsai/thai': lib('thai'),
      '@prongsai/scoring': lib('scoring'),
      '@prongsai/common': lib('common'),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows scripts from the app's own origin only: no inline module preload polyfill.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/session': 'http://localhost:3000',
      '/health': 'http://localhost:3000',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    testTimeout: 20000,
  },
});
