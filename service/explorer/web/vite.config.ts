import { defineConfig } from "vite";

// Built into ../dist and served by the API at /explore (service/explorer/mount.py).
export default defineConfig({
  base: "/explore/",
  build: { outDir: "../dist", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/graphql": "http://127.0.0.1:8000" } },
});
