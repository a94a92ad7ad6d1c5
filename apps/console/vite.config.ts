import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The console is served by the API at /console; `npm run console:dev` proxies the API on PORT. */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react()],
  resolve: {
    alias: {
      // The academic-year rules the API applies, shared as they are: pure TypeScript, no Node.
      '@chn/core/calendar/academic-year': fileURLToPath(
        new URL('../../libs/core/src/calendar/academic-year.ts', import.meta.url),
      ),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      // graphiql.html: the API's development explorer at GET /graphql (apps/api/src/console).
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': `http://127.0.0.1:${process.env.PORT ?? 3000}`,
      '/admin/queues': `http://127.0.0.1:${process.env.PORT ?? 3000}`,
    },
  },
});
