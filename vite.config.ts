import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer build. `base: './'` keeps asset URLs relative, so the same bundle loads under
 * Electron's app:// protocol and from the browser-mode host. Nothing is inlined into
 * index.html: both hosts send a CSP with `script-src 'self'`.
 */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
