import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

/**
 * Where the API listens during `vite dev` (override with VERBUND_API_ORIGIN); server-side loads
 * reach it there too (hooks.server.ts). The built app needs no proxy: the API server mounts
 * build/handler.js on its own origin.
 */
const apiOrigin = process.env.VERBUND_API_ORIGIN ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [
    sveltekit({
      compilerOptions: { runes: true },
      // A Node handler the API server mounts: public pages are rendered on the server, member pages
      // stay single-page (ssr = false). Assets are written with .br and .gz beside them.
      // The prefix keeps the handler's settings (VERBUND_WEB_ORIGIN …) apart from the API's HOST and PORT.
      adapter: adapter({ out: 'build', precompress: true, envPrefix: 'VERBUND_WEB_' }),
      // A page's stylesheets (the largest, app.css, is about 10 kB) go inline into its HTML: on a
      // phone each render-blocking stylesheet request costs a round trip before the first paint.
      inlineStyleThreshold: 12_000,
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
