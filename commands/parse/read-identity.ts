// `#认领`, `#认领码`, `#解除`: what is asked, of whom (commands/parse/parse-identity.ts reads it).
import type { IdentityRequest } from '../../core/checkin.ts';
import type { Parsed } from '../define-command.ts';
import { parseClaim, parseClaimCode, parseUnlink } from './parse-identity.ts';

export interface IdentityParsed<K extends string> extends Parsed<K> {
  identity: IdentityRequest | null;
}

const READERS = { claim: parseClaim, claimCode: parseClaimCode, unlink: parseUnlink };

export function readIdentity<K extends keyof typeof READERS>(kind: K, body: string): IdentityParsed<K> {
  const { identity, errors } = READERS[kind](body);
  return { kind, ok: errors.length === 0, errors, identity };
}
