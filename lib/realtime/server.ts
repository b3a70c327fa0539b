import 'server-only';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import { getDb } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { viewerFromHeaders } from '@/lib/auth/session';
import { circleIdsOf } from '@/lib/circles/service';
import { groupIdsOf } from '@/lib/groups/service';
import { expertRoomsOf } from '@/lib/questions/service';
import { getEnv } from '@/lib/env';
import { rooms, setRealtimeServer } from './index';

export interface SocketData {
  viewer: Viewer;
}

/**
 * The handshake must come from the app's own pages: APP_URL's origin when set, otherwise the
 * origin the request itself was addressed to. A missing Origin is refused too.
 */
export function isAllowedOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  const env = getEnv();
  if (env.APP_URL) return origin === new URL(env.APP_URL).origin;
  const host = (env.TRUST_PROXY && (req.headers['x-forwarded-host'] as string | undefined)) || req.headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

export function attachRealtime(httpServer: HttpServer, extra: Partial<ServerOptions> = {}) {
  const io = new Server<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>(httpServer, {
    path: '/socket.io',
    serveClient: false,
    perMessageDeflate: false,
    // Other upgrades (Next's dev HMR socket) are not ours: leave them alone instead of closing them.
    destroyUpgrade: false,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    allowRequest: (req, callback) => callback(isAllowedOrigin(req) ? null : 'origin not allowed', isAllowedOrigin(req)),
    ...extra,
  });

  io.use(async (socket, next) => {
    try {
      const db = await getDb();
      const viewer = await viewerFromHeaders(db, socket.request.headers);
      if (!viewer) return next(new Error('unauthenticated'));
      socket.data.viewer = viewer;
      // Join before the client hears "connect", so no event falls between connect and join.
      const [circleIds, groupIds, expertRooms] = await Promise.all([circleIdsOf(db, viewer.id), groupIdsOf(db, viewer.id), expertRoomsOf(db, viewer.id)]);
      socket.join([rooms.user(viewer.id), ...circleIds.map(rooms.circle), ...groupIds.map(rooms.group), ...expertRooms]);
      next();
    } catch (err) {
      console.error('socket auth failed', err);
      next(new Error('unavailable'));
    }
  });

  setRealtimeServer(io as unknown as Server);
  return io;
}
