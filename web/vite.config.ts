import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Prints what a phone downloads on the first visit: every emitted JS and CSS file, raw and gzipped. */
function bundleSize(): Plugin {
  let outDir = 'dist';
  return {
    name: 'huigong-bundle-size',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      let raw = 0;
      let gzip = 0;
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html)$/.test(file)) continue;
        const bytes = readFileSync(join(outDir, file));
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`\n生产包大小 (production bundle, html+js+css): ${kb(raw)} raw, ${kb(gzip)} gzip\n`);
    },
  };
}

export default defineConfig({
  plugins: [bundleSize()],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: true },
  server: {
    // `npm run dev -w @huigong/web` next to `npm run dev` (the API on :4000).
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
