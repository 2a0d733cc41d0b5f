import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // Apollo Client 3 strips its development-only checks and messages when this is false.
  define: command === 'build' ? { 'globalThis.__DEV__': 'false' } : {},
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Vendor code changes far less often than ours; separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion)[\\/]/, priority: 3 },
            { name: 'graphql', test: /node_modules[\\/](graphql|@apollo|ra-data-graphql)[\\/]/, priority: 2 },
            { name: 'react-admin', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // Everything the api answers outside GraphQL: downloads, uploads and public pages.
      '/graphql': api,
      '/health': api,
      '/certificates': api,
      '/exports': api,
      '/imports': api,
      '/cpd': api,
    },
    // The console imports apps/api/schema.gql, which lives outside this Vite root.
    fs: { allow: [repoRoot] },
  },
}));
