import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Just enough of Lark's long-connection protocol for a stand-in server: the pbbp2 `Frame`
 * protobuf the SDK's WSClient speaks (SeqID=1, LogID=2, service=3, method=4, headers=5
 * {key=1, value=2}, payload_encoding=6, payload_type=7, payload=8), carried in binary
 * WebSocket messages (RFC 6455, server side: unmasked out, masked in).
 */
export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  /** 0 control (ping/pong), 1 data (events and their answers). */
  method: number;
  headers: Array<{ key: string; value: string }>;
  payload?: Buffer;
}

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = BigInt(n);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return Buffer.from(out);
}

const tag = (field: number, wire: number) => varint((field << 3) | wire);
const bytesField = (field: number, data: Buffer) => Buffer.concat([tag(field, 2), varint(data.length), data]);

export function encodeFrame(frame: Frame): Buffer {
  const parts = [
    tag(1, 0),
    varint(frame.SeqID),
    tag(2, 0),
    varint(frame.LogID),
    tag(3, 0),
    varint(frame.service),
    tag(4, 0),
    varint(frame.method),
  ];
  for (const h of frame.headers) {
    parts.push(bytesField(5, Buffer.concat([bytesField(1, Buffer.from(h.key)), bytesField(2, Buffer.from(h.value))])));
  }
  if (frame.payload) parts.push(bytesField(8, frame.payload));
  return Buffer.concat(parts);
}

function readFields(buf: Buffer, visit: (field: number, value: number | Buffer) => void): void {
  let i = 0;
  const readVarint = () => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = buf[i++];
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return Number(result);
      shift += 7n;
    }
  };
  while (i < buf.length) {
    const key = readVarint();
    const field = key >> 3;
    const wire = key & 7;
    if (wire === 0) visit(field, readVarint());
    else if (wire === 2) {
      const len = readVarint();
      visit(field, buf.subarray(i, i + len));
      i += len;
    } else throw new Error(`wire type ${wire} not expected in a Frame`);
  }
}

export function decodeFrame(buf: Buffer): Frame {
  const frame: Frame = { SeqID: 0, LogID: 0, service: 0, method: 0, headers: [] };
  readFields(buf, (field, value) => {
    if (field === 1) frame.SeqID = value as number;
    else if (field === 2) frame.LogID = value as number;
    else if (field === 3) frame.service = value as number;
    else if (field === 4) frame.method = value as number;
    else if (field === 8) frame.payload = Buffer.from(value as Buffer);
    else if (field === 5) {
      const header = { key: '', value: '' };
      readFields(value as Buffer, (f, v) => {
        if (f === 1) header.key = (v as Buffer).toString();
        if (f === 2) header.value = (v as Buffer).toString();
      });
      frame.headers.push(header);
    }
  });
  return frame;
}

/** A server-side WebSocket on an upgraded HTTP request: binary messages in and out. */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, onMessage: (data: Buffer) => void) {
  const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  let pending = Buffer.alloc(0);
  let open = true;

  function writeFrame(opcode: number, data: Buffer) {
    if (!open) return;
    const len = data.length;
    const head =
      len < 126
        ? Buffer.from([0x80 | opcode, len])
        : len < 65536
          ? Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff])
          : Buffer.concat([
              Buffer.from([0x80 | opcode, 127]),
              (() => {
                const b = Buffer.alloc(8);
                b.writeBigUInt64BE(BigInt(len));
                return b;
              })(),
            ]);
    socket.write(Buffer.concat([head, data]));
  }

  socket.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      if (pending.length < 2) return;
      const opcode = pending[0] & 0x0f;
      let len = pending[1] & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (pending.length < 4) return;
        len = pending.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (pending.length < 10) return;
        len = Number(pending.readBigUInt64BE(2));
        offset = 10;
      }
      const masked = (pending[1] & 0x80) !== 0;
      const total = offset + (masked ? 4 : 0) + len;
      if (pending.length < total) return;
      const mask = masked ? pending.subarray(offset, offset + 4) : null;
      const data = Buffer.from(pending.subarray(total - len, total));
      if (mask) for (let k = 0; k < data.length; k++) data[k] ^= mask[k & 3];
      pending = pending.subarray(total);
      if (opcode === 0x8) {
        close();
        return;
      }
      if (opcode === 0x9) writeFrame(0xa, data);
      else if (opcode === 0x2 || opcode === 0x1) onMessage(data);
    }
  });
  socket.on('error', () => {
    open = false;
  });
  socket.on('close', () => {
    open = false;
  });

  function close() {
    if (!open) return;
    writeFrame(0x8, Buffer.alloc(0));
    open = false;
    socket.end();
    socket.destroy();
  }

  return {
    send: (data: Buffer) => writeFrame(0x2, data),
    close,
    get open() {
      return open;
    },
  };
}
