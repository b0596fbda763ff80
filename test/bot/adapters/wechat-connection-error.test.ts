import { describe, expect, it } from 'vitest';
import { connectionError, isNotFoundError, isTransportError } from '../../../bot/adapters/wechat/connection-error.ts';
import { stripLeadingMention } from '../../../bot/adapters/wechat/to-incoming.ts';

const grpcError = (code: number, details: string) => Object.assign(new Error(`${code} ${details}`), { code, details });

describe('connectionError', () => {
  it('names a refused token and where to fix it', () => {
    const e = connectionError(grpcError(16, 'UNAUTHENTICATED: Invalid Wechaty TOKEN "insecure_x"'));
    expect(e.code).toBe('WECHAT_TOKEN_REFUSED');
    expect(e.hint).toContain('WECHATY_PUPPET_SERVICE_TOKEN');
  });

  it('tells an unreachable service from a refused token', () => {
    const e = connectionError(grpcError(14, 'UNAVAILABLE: No connection established. Last error: Error: connect ECONNREFUSED 127.0.0.1:1'));
    expect(e.code).toBe('WECHAT_SERVICE_UNREACHABLE');
    expect(e.hint).toContain('WECHATY_PUPPET_SERVICE_ENDPOINT');
  });

  it('explains a token without its SNI prefix', () => {
    expect(connectionError(new Error('Wechaty Puppet Service requires a SNI as prefix of the token')).code).toBe('WECHAT_TOKEN_FORMAT');
  });

  it('calls a cancelled stream a drop', () => {
    expect(connectionError(grpcError(1, 'CANCELLED: Call cancelled')).code).toBe('WECHAT_DISCONNECTED');
  });
});

describe('send error kinds', () => {
  it('retries transport failures, not a room the service says is gone', () => {
    expect(isTransportError(grpcError(14, 'UNAVAILABLE'))).toBe(true);
    expect(isNotFoundError(grpcError(14, 'UNAVAILABLE: not found'))).toBe(false);
    expect(isNotFoundError(grpcError(2, 'UNKNOWN: no payload found for id 123@chatroom'))).toBe(true);
  });
});

describe('stripLeadingMention', () => {
  it("removes a leading @bot with WeChat's mention separator", () => {
    expect(stripLeadingMention('@小助手\u2005#帮助', ['小助手'])).toEqual({ text: '#帮助', mentioned: true });
  });

  it('matches the longest name and leaves other mentions alone', () => {
    expect(stripLeadingMention('@小助手二号 问：低保怎么申请？', ['小助手', '小助手二号'])).toEqual({
      text: '问：低保怎么申请？',
      mentioned: true,
    });
    expect(stripLeadingMention('#问题 路灯坏了 @张主任 负责', ['小助手'])).toEqual({
      text: '#问题 路灯坏了 @张主任 负责',
      mentioned: false,
    });
  });

  it("does not take a longer name for the bot's", () => {
    expect(stripLeadingMention('@小助手们 你好', ['小助手']).mentioned).toBe(false);
  });
});
