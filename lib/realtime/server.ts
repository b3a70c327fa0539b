import 'server-only';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { getDb, type Db } from '@/db/client';
import type { Viewer } from '@/lib/accounts/viewer';
import { viewerFromHeaders } from '@/lib/auth/session';
import { and, eq, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import { circleMembers, expertProfiles, groupMembers } from '@/db/schema';
import { getEnv } from '@/lib/env';
import { emit, rooms, setRealtimeServer } from './index';

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
    // A recovered session skips the middleware: while an async middleware runs, the socket is
    // not yet among the namespace's sockets and every broadcast in that window was dropped (the
    // reconnect-storm benchmark lost 19 of 400 events that way). `recheck` below re-validates
    // the session and the rooms right after instead.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
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
      socket.join(await roomsOf(db, viewer));
      next();
    } catch (err) {
      console.error('socket auth failed', err);
      next(new Error('unavailable'));
    }
  });

  // A recovered session comes back with the rooms it had when the connection dropped (up to 2
  // minutes ago). Check the cookie again (signed out everywhere meanwhile → let go) and bring the
  // rooms up to date (removed from a circle meanwhile → leave its room).
  io.on('connection', (socket) => {
    if (socket.recovered) return void recheck(socket);
    // Through the adapter (a broadcast to the socket's own room), so the packet carries a stream
    // offset: without one a client that has heard nothing yet cannot be recovered after a drop,
    // and would have to fetch its whole page again (the reconnect storm: 9 s for such clients).
    emit(socket.id, 'live:ready', { at: new Date().toISOString() });
  });

  setRealtimeServer(io as unknown as Server);
  return io;
}

/**
 * Every room of a user, in one query prepared once per database: her own, each circle and peer
 * group she belongs to, the experts' room once she is a verified expert (the rule of
 * isVerifiedExpert in lib/questions), and the moderators' room for staff. Each handshake and each
 * recovered session runs it: after an instance stops, a thousand of them arrive at the next one
 * within a second or two.
 */
const ph = sql.placeholder;
function prepareRooms(db: Db) {
  return unionAll(
    db
      .select({ kind: sql<string>`'circle'`.as('kind'), id: sql<string>`${circleMembers.circleId}::text`.as('id') })
      .from(circleMembers)
      .where(eq(circleMembers.userId, ph('userId'))),
    db
      .select({ kind: sql<string>`'group'`.as('kind'), id: sql<string>`${groupMembers.groupId}::text`.as('id') })
      .from(groupMembers)
      .where(eq(groupMembers.userId, ph('userId'))),
    db
      .select({ kind: sql<string>`'expert'`.as('kind'), id: sql<string>`${expertProfiles.userId}::text`.as('id') })
      .from(expertProfiles)
      .where(and(eq(expertProfiles.userId, ph('userId')), eq(expertProfiles.status, 'verified'))),
  ).prepare('village_socket_rooms');
}
const roomQueries = new WeakMap<Db, ReturnType<typeof prepareRooms>>();

export async function roomsOf(db: Db, viewer: Viewer): Promise<string[]> {
  let query = roomQueries.get(db);
  if (!query) roomQueries.set(db, (query = prepareRooms(db)));
  const found: string[] = [rooms.user(viewer.id)];
  for (const row of await query.execute({ userId: viewer.id })) {
    if (row.kind === 'circle') found.push(rooms.circle(row.id));
    else if (row.kind === 'group') found.push(rooms.group(row.id));
    else if (row.kind === 'expert') found.push(rooms.experts);
  }
  if (viewer.role === 'moderator' || viewer.role === 'admin') found.push(rooms.moderators);
  return found;
}

async function recheck(socket: Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>) {
  try {
    const db = await getDb();
    const viewer = await viewerFromHeaders(db, socket.request.headers);
    if (!viewer || viewer.id !== socket.data.viewer?.id) return socket.disconnect(true);
    socket.data.viewer = viewer;
    const allowed = await roomsOf(db, viewer);
    for (const room of [...socket.rooms]) if (room !== socket.id && !allowed.includes(room)) socket.leave(room);
    socket.join(allowed);
  } catch (err) {
    // Database unreachable: drop the connection so the client comes back and is checked again.
    console.error('socket re-check failed', err);
    socket.conn.close();
  }
}

