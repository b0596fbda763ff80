import type { Client } from '@larksuiteoapi/node-sdk';
import type { AttachmentRef } from '../../../core/adapter.ts';
import { AttachmentTooLarge } from '../../../core/attachment-too-large.ts';

/**
 * A message's picture or file through the SDK's `im.messageResource.get` (type `image` for
 * pictures, `file` for files, voice and video, as the open API asks). The stream is read up to
 * `maxBytes` and abandoned past it, so a 100 MB video never fills the memory.
 */
export async function fetchResource(client: Client, ref: AttachmentRef, maxBytes: number): Promise<Uint8Array> {
  const res = await client.im.v1.messageResource.get({
    path: { message_id: ref.messageId, file_key: ref.key },
    params: { type: ref.kind === 'image' ? 'image' : 'file' },
  });
  const declared = Number((res.headers as Record<string, unknown> | undefined)?.['content-length']);
  const stream = res.getReadableStream();
  if (Number.isFinite(declared) && declared > maxBytes) {
    stream.destroy();
    throw new AttachmentTooLarge(maxBytes, declared);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new AttachmentTooLarge(maxBytes, null);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
