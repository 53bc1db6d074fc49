// Builds the web client (web/ → web/dist). Vite 8 transforms TSX itself with the React 19 automatic
// runtime; in development /api is proxied to the server on port 3000.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  publicDir: 'public',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: {
    port: 5173,
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.API_PORT ?? 3000}`, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // every browser we serve (Chromium, Safari 17+, Firefox 115+, WeChat's webview) supports
    // <link rel=modulepreload>, so the polyfill only weighed on the login page's first load
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // antd marks its files "use client" (for React Server Components); meaningless in a SPA bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        // Split React (used by every page) so a change in a page does not bust its cache. antd is
        // NOT one group: each page's chunk takes the antd components it uses, so the login page
        // loads a form and a card, not the tables, trees and pickers of the whole app
        // (scripts/bundle-size.test.ts holds the login page's first load under its limit).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
          ],
        },
      },
    },
  },
});
