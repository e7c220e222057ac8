import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a plain static bundle: Electron loads it from disk, the test harness serves it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // The manifest (dist/renderer/.vite/manifest.json) lists the entry chunk and the lazy screen chunks;
  // the UI bench reads it to print their sizes.
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, manifest: true, chunkSizeWarningLimit: 1500 },
});
