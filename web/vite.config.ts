/**
 * Vite for the explorer: `npm run build:web` writes web/dist, which the gateway serves at `/`;
 * `npm run dev:web` serves the sources with hot reload and sends GraphQL to a running gateway
 * (GATEWAY_URL, http://127.0.0.1:4000 by default), so the page talks to `/graphql` on its own
 * origin either way.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts alone is about 1 MB minified; the page is served from loopback or a LAN, not a phone network.
    chunkSizeWarningLimit: 2_000,
  },
  server: { proxy: { '/graphql': gateway } },
});
