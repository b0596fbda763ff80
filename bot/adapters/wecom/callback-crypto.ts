import { timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** What WeCom puts on every callback URL: the signature over token, timestamp, nonce and the ciphertext. */
export interface SignedQuery {
  msgSignature: string;
  timestamp: string;
  nonce: string;
}

/** A callback that does not verify: the caller answers 401 and acts on nothing. */
export class ForgedCallback extends Error {}

/**
 * WeCom's callback crypto (加解密方案): a SHA-1 signature over the sorted token, timestamp,
 * nonce and ciphertext, and AES-256-CBC with the 43-character EncodingAESKey. Tencent's own
 * package does both, so the bot and the test stand-in compute them the same way.
 */
export function createCallbackCrypto(options: { token: string; encodingAesKey: string }) {
  const { token, encodingAesKey } = options;
  if (!/^[A-Za-z0-9]{43}$/.test(encodingAesKey)) {
    throw new RangeError('EncodingAESKey must be 43 letters and digits');
  }

  function verify(query: SignedQuery, ciphertext: string): void {
    const expected = Buffer.from(getSignature(token, query.timestamp, query.nonce, ciphertext));
    const given = Buffer.from(query.msgSignature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new ForgedCallback('msg_signature does not match');
  }

  return {
    /** The plaintext of a signed ciphertext; throws ForgedCallback when the signature or the key does not fit. */
    open(query: SignedQuery, ciphertext: string): string {
      verify(query, ciphertext);
      try {
        return decrypt(encodingAesKey, ciphertext).message;
      } catch {
        throw new ForgedCallback('ciphertext does not decrypt with the EncodingAESKey');
      }
    },
    /** Encrypts and signs a body as WeCom does (the stand-in's side, and passive replies). */
    seal(plaintext: string, timestamp: string, nonce: string, receiveId = ''): { encrypt: string; msgSignature: string } {
      const ciphertext = encrypt(encodingAesKey, plaintext, receiveId);
      return { encrypt: ciphertext, msgSignature: getSignature(token, timestamp, nonce, ciphertext) };
    },
  };
}

export type CallbackCrypto = ReturnType<typeof createCallbackCrypto>;
