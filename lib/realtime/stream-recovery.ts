import type { Redis } from 'ioredis';

/**
 * Connection-state recovery for the Redis streams adapter, with one read of the stream shared by
 * every session this instance restores.
 *
 * The adapter restores a session by reading the whole stream after the client's offset
 * (`XRANGE offset +`) and decoding every entry, once per client. When an instance stops, a
 * thousand clients reconnect to the next one within a second, each asking for nearly the same
 * entries: the reconnect-storm benchmark spent a third of that instance's CPU parsing the same
 * stream a thousand times (docs/PERFORMANCE.md). Here the instance keeps the stream's recent
 * entries, read and decoded once, and each restore filters them for its own rooms.
 *
 * What a restore returns is what the adapter's own `restoreSession` returns: the session, with
 * every broadcast to its rooms after its offset (not to rooms it excepted), in stream order, each
 * packet ending with its entry id; a session or offset Redis no longer has is refused, and the
 * client then connects afresh (and catches up from the database).
 */

interface RawMessage {
  uid?: string;
  nsp?: string;
  type?: string;
  data?: string;
}
interface Decoded {
  data: { packet: { data: unknown[] }; opts: { rooms: string[]; except: string[] } };
}
interface Entry {
  id: string;
  raw: RawMessage;
  decoded?: Decoded | null;
}
interface Session {
  rooms: string[];
  missedPackets: unknown[][];
  [key: string]: unknown;
}
type Decode = (raw: RawMessage) => Decoded;
type DecodeSession = (raw: string) => Session;

/** The stream's broadcast message type (socket.io-adapter's MessageType.BROADCAST). */
const BROADCAST = '3';
/** Entries kept at most; the stream itself is trimmed at about this length (lib/realtime/redis.ts). */
const MAX_ENTRIES = 50_000;
/** Entries are let go after this long without a restore: recovery comes in bursts. */
const IDLE_MS = 30_000;

/** Compares stream ids `ms-seq` as numbers. */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-');
  const [bm, bs] = b.split('-');
  if (am.length !== bm.length) return am.length - bm.length;
  if (am !== bm) return am < bm ? -1 : 1;
  return Number(as) - Number(bs);
}

function toEntries(rows: [string, string[]][]): Entry[] {
  return rows.map(([id, fields]) => {
    const raw: RawMessage = {};
    for (let i = 0; i < fields.length; i += 2) (raw as Record<string, string>)[fields[i]] = fields[i + 1];
    return { id, raw };
  });
}

export class StreamTail {
  /** Contiguous entries of the stream, oldest first: nothing between two of them is missing. */
  private entries: Entry[] = [];
  /** Reads run one at a time, in the order asked; most turns find nothing left to read. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  /** Numbers each `after` call; `readFrom` is the number reached when the last read of newer entries began. */
  private asked = 0;
  private readFrom = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Entries read from Redis in all (the tests check that restores share them). */
  entriesRead = 0;

  constructor(
    private readonly client: Redis,
    private readonly streamName: string,
  ) {}

  /**
   * Every entry after `offset` that the stream holds now, `offset` itself being in the stream.
   * The shared read may have been sent a while before this restore's turn ended (other turns read
   * older ranges meanwhile); a broadcast made on this instance after it, but before the socket
   * joins its rooms, would reach no one. So each restore ends with a read of its own for what
   * came after, in parallel with the others' — usually nothing, one short round trip.
   */
  async after(offset: string): Promise<Entry[]> {
    const shared = await this.sharedAfter(offset);
    const last = shared.length ? shared[shared.length - 1].id : offset;
    const rows = (await this.client.xrange(this.streamName, `(${last}`, '+')) as [string, string[]][];
    this.entriesRead += rows.length;
    return rows.length ? [...shared, ...toEntries(rows)] : shared;
  }

  private sharedAfter(offset: string): Promise<Entry[]> {
    const ticket = ++this.asked;
    this.pending++;
    const turn = this.queue.then(async () => {
      const first = this.entries[0];
      if (!first || compareIds(offset, first.id) < 0) {
        // Older than what we hold: read from the offset up to our first entry, put it in front.
            const startedAt = this.asked;
        const rows = (await this.client.xrange(this.streamName, offset, first ? `(${first.id}` : '+')) as [string, string[]][];
        this.entriesRead += rows.length;
        this.entries = [...toEntries(rows), ...this.entries];
        // With nothing held, that read went to the end of the stream: it is a read of newer entries too.
        if (!first) this.readFrom = startedAt;
      }
      // Entries written after this call began are read by a read that began after it: the one
      // just made above, or one made for a later caller while this one waited its turn.
      if (this.readFrom < ticket) {
        this.readFrom = this.asked;
        await this.readNewer();
      }
      // The offset must be ours, or entries after it may be missing (we let the oldest go past
      // MAX_ENTRIES): then the client connects afresh and catches up from the database.
      if (!this.entries.length || compareIds(this.entries[0].id, offset) > 0) throw 'offset not found';
      return this.entries.slice(this.indexAfter(offset));
    });
    this.queue = turn.catch(() => undefined);
    return turn.finally(() => {
      this.pending--;
      this.touch();
    });
  }

  /** The decoded message of a broadcast entry (once per entry), or null for anything else. */
  decoded(entry: Entry, nsp: string, decode: Decode): Decoded | null {
    if (entry.raw.nsp !== nsp || entry.raw.type !== BROADCAST) return null;
    if (entry.decoded === undefined) {
      try {
        entry.decoded = decode(entry.raw);
      } catch {
        entry.decoded = null;
      }
    }
    return entry.decoded;
  }

  private indexAfter(offset: string): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareIds(this.entries[mid].id, offset) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private async readNewer(): Promise<void> {
    for (;;) {
      const last = this.entries[this.entries.length - 1];
        const rows = (await this.client.xrange(this.streamName, last ? `(${last.id}` : '-', '+', 'COUNT', 10_000)) as [string, string[]][];
      this.entriesRead += rows.length;
      this.entries.push(...toEntries(rows));
      if (rows.length < 10_000) break;
    }
    if (this.entries.length > MAX_ENTRIES) this.entries = this.entries.slice(this.entries.length - MAX_ENTRIES);
  }

  private touch() {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.pending === 0) this.entries = [];
    }, IDLE_MS);
    this.idleTimer.unref?.();
  }
}

function included(sessionRooms: string[], opts: { rooms: string[]; except: string[] }): boolean {
  const wanted = opts.rooms.length === 0 || sessionRooms.some((room) => opts.rooms.includes(room));
  return wanted && sessionRooms.every((room) => !opts.except.includes(room));
}

/**
 * A `restoreSession` for the adapter of namespace `nsp`, as the adapter's own does it (same Redis
 * keys, same refusals, same packets) but reading entries through `tail`.
 */
export function sharedRestore(opts: {
  client: Redis;
  tail: StreamTail;
  streamName: string;
  nsp: string;
  sessionKeyPrefix: string;
  decode: Decode;
  decodeSession: DecodeSession;
}) {
  return async (pid: string, offset: string): Promise<Session> => {
    if (!/^[0-9]+-[0-9]+$/.test(offset)) throw 'invalid offset';
    const [sessionResult, offsetRows] = await Promise.all([
      opts.client.multi().get(`${opts.sessionKeyPrefix}${pid}`).del(`${opts.sessionKeyPrefix}${pid}`).exec(),
      opts.client.xrange(opts.streamName, offset, offset),
    ]);
    const rawSession = sessionResult?.[0]?.[1] as string | null | undefined;
    if (!rawSession || !offsetRows.length) throw 'session or offset not found';
    const session = opts.decodeSession(rawSession);
    session.missedPackets = [];
    for (const entry of await opts.tail.after(offset)) {
      const message = opts.tail.decoded(entry, opts.nsp, opts.decode);
      if (!message || !included(session.rooms, message.data.opts)) continue;
      // A copy: the decoded packet is shared by every session restored from this entry.
      session.missedPackets.push([...message.data.packet.data, entry.id]);
    }
    return session;
  };
}
