import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: { conditions: ['@recovery-circles/source'] },
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
