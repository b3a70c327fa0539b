import 'server-only';
import type { Server } from 'socket.io';
import type { ServerEvents } from './events';
import { metrics } from '@/lib/metrics';

/**
 * The one place live events leave from. Services call these after their transaction commits.
 * The Socket.IO server lives on globalThis because server.ts and the Next bundle are separate
 * module graphs in one process.
 */
const holder = globalThis as unknown as { __villageIo?: Server };

export function setRealtimeServer(io: Server | undefined) {
  holder.__villageIo = io;
}

export function getRealtimeServer(): Server | undefined {
  return holder.__villageIo;
}

export const rooms = {
  user: (id: string) => `user:${id}`,
  circle: (id: string) => `circle:${id}`,
  group: (id: string) => `group:${id}`,
  experts: 'experts',
  /** Moderators and admins: the review queue, live. */
  moderators: 'moderators',
} as const;

export function emit<E extends keyof ServerEvents>(room: string | string[], event: E, payload: ServerEvents[E]) {
  if (!holder.__villageIo) return;
  metrics().eventsEmitted.inc({ event });
  holder.__villageIo.to(room).emit(event, payload);
}

/** To `room` except the sockets also in `except` (they get their own version of the record). */
export function emitExcept<E extends keyof ServerEvents>(room: string, except: string, event: E, payload: ServerEvents[E]) {
  if (!holder.__villageIo) return;
  metrics().eventsEmitted.inc({ event });
  holder.__villageIo.to(room).except(except).emit(event, payload);
}

/** Every socket of `userId`, on any instance, joins `room`. */
export function joinRoom(userId: string, room: string) {
  holder.__villageIo?.in(rooms.user(userId)).socketsJoin(room);
}

export function leaveRoom(userId: string, room: string) {
  holder.__villageIo?.in(rooms.user(userId)).socketsLeave(room);
}

/** Ends every socket of `userId` (sign-out everywhere, account removal). */
export function disconnectUser(userId: string) {
  holder.__villageIo?.in(rooms.user(userId)).disconnectSockets(true);
}
