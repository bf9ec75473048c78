import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

/**
 * Where the API listens during `vite dev` (override with VERBUND_API_ORIGIN). The built app
 * needs no proxy: the API server serves it on its own origin.
 */
const apiOrigin = process.env.VERBUND_API_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    sveltekit({
      compilerOptions: { runes: true },
      // A single-page app: the API serves build/ and falls back to index.html for every route.
      adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html' }),
    }),
  ],
  ssr: {
    // SvelteKit analyses the build by loading its server output with Node. Bundle kit's
    // `cookie` (v2) into it: resolved from web/.svelte-kit, a bare import would find the
    // workspace root's hoisted cookie 0.7 (Express's) instead.
    noExternal: ['cookie'],
  },
  server: {
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
      // Agreement documents: multipart upload and download over plain HTTP.
      '/api': { target: apiOrigin },
    },
  },
});
