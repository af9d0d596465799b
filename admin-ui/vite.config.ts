/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';

// The build lands where Maven packs it: the admin-ui jar carries META-INF/simadmin-ui/, which the gateway serves.
export const OUT_DIR = 'target/classes/META-INF/simadmin-ui';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2022',
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: an app release does not make browsers download React again.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (id.includes('@tanstack/react-query')) return 'query';
          // Everything else (charts, forms, tables, dialogs) lands in the chunks of the screens that use it.
          return undefined;
        },
      },
    },
  },
  server: {
    // `npm run dev` against a running suite: the API and the refresh cookie stay same-origin through the proxy.
    proxy: {
      '/api': { target: process.env.SIMADMIN_URL ?? 'http://localhost:8080', changeOrigin: false },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Processes, not threads: BroadcastChannel (the tabs' sign-out signal) crosses threads of one process, and one
    // test file signing out must not sign out another running beside it.
    pool: 'forks',
    // Two cores shared with Maven builds: do not start a worker per core and then some.
    maxWorkers: 2,
    testTimeout: 90000,
  },
});
