import client from 'prom-client';

/**
 * Prometheus metrics of this instance, served at /metrics by server.ts. Kept on globalThis:
 * server.ts and the Next bundle are separate module graphs in one process.
 */
interface Metrics {
  registry: client.Registry;
  httpDuration: client.Histogram<'method' | 'route' | 'status'>;
  socketsConnected: client.Gauge;
  eventsEmitted: client.Counter<'event'>;
  queueSize: client.Gauge<'queue'>;
}

const holder = globalThis as unknown as { __villageMetrics?: Metrics };

export function metrics(): Metrics {
  if (holder.__villageMetrics) return holder.__villageMetrics;
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'village_' });
  const m: Metrics = {
    registry,
    httpDuration: new client.Histogram({
      name: 'village_http_request_duration_seconds',
      help: 'HTTP request latency by method, route family and status class',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    socketsConnected: new client.Gauge({ name: 'village_sockets_connected', help: 'Socket.IO connections open on this instance', registers: [registry] }),
    eventsEmitted: new client.Counter({ name: 'village_events_emitted_total', help: 'Live events emitted by the domain, by event name', labelNames: ['event'], registers: [registry] }),
    queueSize: new client.Gauge({
      name: 'village_queue_size',
      help: 'Work waiting: held notifications, the moderation queue, open and urgent expert questions',
      labelNames: ['queue'],
      registers: [registry],
    }),
  };
  holder.__villageMetrics = m;
  return m;
}

/** "/api/v1/chores/5f…/claim" → "/api/v1/chores/:id/claim": few label values, whatever the ids. */
export function routeFamily(url: string): string {
  const path = url.split('?')[0];
  if (path.startsWith('/_next/')) return '/_next';
  return (
    path
      .split('/')
      .map((seg) => (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(seg) || /^[A-Z0-9]{4}-?[A-Z0-9]{4}$/.test(seg) || /^\d+$/.test(seg) ? ':id' : seg))
      .slice(0, 6)
      .join('/') || '/'
  );
}
