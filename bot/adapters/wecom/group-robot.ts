import Bottleneck from 'bottleneck';
import { createHash } from 'node:crypto';
import { classifyAnswer, classifyHttp, type WecomFailure } from './classify-failure.ts';

/** WeCom takes at most 20 messages a minute from one group robot. */
export const ROBOT_SENDS_PER_WINDOW = 20;
export const ROBOT_WINDOW_MS = 60_000;

export class RobotFailure extends Error {
  constructor(readonly failure: WecomFailure) {
    super(failure.message);
  }
}

/** A key for logs and limiter ids: never the key itself (whoever has it can post into the group). */
export function robotTag(key: string): string {
  return `robot-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/**
 * Posts markdown through a group robot's webhook (`/cgi-bin/webhook/send?key=…`), spaced so
 * that no robot sends more than 20 in any minute. Bottleneck's per-key groups do the pacing
 * (a well-kept limiter, rather than timers of our own): an even `minTime` keeps any sliding
 * minute under 20, which a reservoir refilled each minute would not.
 */
export function createGroupRobot(options: { apiBase: string; windowMs?: number; perWindow?: number; fetch?: typeof fetch }) {
  const windowMs = options.windowMs ?? ROBOT_WINDOW_MS;
  const perWindow = options.perWindow ?? ROBOT_SENDS_PER_WINDOW;
  const doFetch = options.fetch ?? fetch;
  // A twentieth of the window would put the 21st send exactly one window after the first: a request
  // that lands a little late, ahead of one that lands on time, would then make 21 in the server's
  // window and be refused (45009). Spacing for one send fewer keeps that margin.
  const limiters = new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.ceil(windowMs / Math.max(1, perWindow - 1)) });
  const base = options.apiBase.replace(/\/+$/, '');

  async function post(key: string, content: string): Promise<void> {
    const url = `${base}/cgi-bin/webhook/send?key=${encodeURIComponent(key)}`;
    let res: Response;
    try {
      res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (err) {
      // The error text of a failed fetch can carry the URL, and so the key: only its kind is kept.
      throw new RobotFailure({ kind: 'transient', message: `wecom robot ${robotTag(key)}: ${(err as Error).name}` });
    }
    if (!res.ok) throw new RobotFailure(classifyHttp(res.status, `robot ${robotTag(key)}`));
    const answer = (await res.json().catch(() => ({ errcode: -1, errmsg: 'answer is not JSON' }))) as { errcode?: number; errmsg?: string };
    const failure = classifyAnswer(answer, `robot ${robotTag(key)}`);
    if (failure) throw new RobotFailure(failure);
  }

  return {
    /** Sends one markdown message through the robot, waiting for its turn. */
    send(key: string, content: string): Promise<void> {
      return limiters.key(robotTag(key)).schedule(() => post(key, content));
    },
    async stop(): Promise<void> {
      await Promise.all(limiters.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true }).catch(() => {})));
    },
  };
}
