import { spawn, spawnSync } from 'node:child_process';
import { BotError } from '../../core/bot-error.ts';

/** The connection string as it may be printed: the password replaced. */
export function withoutPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/** `pg_dump` in its custom format (compressed; `pg_restore` can restore single tables from it). */
export function pgDumpArgs(url: string, file: string): string[] {
  return ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`];
}

/** The exact command, for the admin to run or schedule, with the password hidden. */
export function pgDumpCommand(url: string, file: string): string {
  return ['pg_dump', ...pgDumpArgs(withoutPassword(url), file)].map((a) => (/[\s'"*]/.test(a) ? `'${a}'` : a)).join(' ');
}

/** The restore that goes with it: it drops and recreates every object of the dump. */
export function pgRestoreCommand(url: string, file: string): string {
  return ['pg_restore', '--clean', '--if-exists', '--no-owner', `--dbname=${withoutPassword(url)}`, file]
    .map((a) => (/[\s'"*]/.test(a) ? `'${a}'` : a))
    .join(' ');
}

/** pg_dump's version line, or null when it is not on PATH. */
export function pgDumpVersion(env: NodeJS.ProcessEnv = process.env): string | null {
  const run = spawnSync('pg_dump', ['--version'], { encoding: 'utf8', env });
  return run.status === 0 ? run.stdout.trim() : null;
}

/** Runs pg_dump; a failure is a BotError with its own message (a wrong password, an old pg_dump). */
export function runPgDump(url: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', pgDumpArgs(url, file), { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => reject(new BotError('PG_DUMP_FAILED', `pg_dump 无法运行：${err.message}`, '安装 postgresql-client', err)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new BotError(
            'PG_DUMP_FAILED',
            `pg_dump 失败（退出码 ${code}）：${withoutPassword(stderr.trim()).slice(0, 500)}`,
            'pg_dump 的主版本不能低于服务器的主版本；检查连接串和权限',
          ),
        );
    });
  });
}
