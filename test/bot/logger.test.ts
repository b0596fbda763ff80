import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.ts';
import { createConfig } from '../../bot/config.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

describe('createLogger', () => {
  it('writes one JSON line with the fields given', () => {
    const { lines, logger } = capture();
    logger.child({ msgId: 'm-1' }).info({ kind: 'visit' }, 'handled');
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ msgId: 'm-1', kind: 'visit', msg: 'handled' });
  });

  it('never writes platform secrets from the config', () => {
    const { lines, logger } = capture();
    const config = createConfig({
      LARK_APP_ID: 'cli_a',
      LARK_APP_SECRET: 'very-secret-123',
      WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_token_456',
    });
    logger.info({ config }, 'starting');
    logger.info({ lark: { appSecret: 'very-secret-123' } }, 'lark');
    const all = lines.join('');
    expect(all).not.toContain('very-secret-123');
    expect(all).not.toContain('puppet_token_456');
  });

  it('masks phone and ID-card numbers in messages and fields', () => {
    const { lines, logger } = capture();
    logger.info({ text: '王德福 13812345678' }, '身份证 510123198001011234');
    const all = lines.join('');
    expect(all).not.toContain('13812345678');
    expect(all).not.toContain('510123198001011234');
    expect(all).toContain('138****5678');
  });
});
