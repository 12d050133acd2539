import { Hono } from 'hono';

export function healthRoutes() {
  return new Hono().get('/healthz', (c) => c.json({ status: 'ok' }));
}
