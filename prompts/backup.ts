// What `cli backup`, `cli restore` and the scheduled backup say to the county IT person.

export const backupText = {
  done: (file: string, size: string, seconds: string) => `备份完成：${file}（${size}，用时 ${seconds} 秒）`,
  pruned: (n: number, keep: number) => `已删除较早的备份 ${n} 个，保留最近 ${keep} 个。`,
  copying: '正在备份',
  pgDumpFound: (version: string) => `已找到 ${version}，正在导出 PostgreSQL 数据库……`,
  pgDumpCommand: (command: string) => `等价命令：${command}`,
  pgDumpMissing: (command: string) =>
    `没有找到 pg_dump，PostgreSQL 数据库未备份。\n安装：sudo apt install postgresql-client（主版本不低于数据库服务器）\n然后运行 cli backup，或直接运行：\n${command}`,
  restoreUsage: '用法：npm run cli -- restore 备份文件.db（先停止机器人）',
  restoreRunning: (pid: number, host: string, since: string, lockFile: string) =>
    `机器人正在使用这个数据库（进程 ${pid}，${host}，${since} 启动），不能恢复。\n先停止机器人：sudo systemctl stop village-bot，再运行恢复。\n如果确认机器人没有运行，删除 ${lockFile} 后重试。`,
  restoreChecked: (file: string, migrations: number) => `备份文件检查通过：${file}（完整性正常，迁移记录 ${migrations} 条）`,
  restoreAside: (file: string) => `当前数据库已另存为：${file}`,
  restoreDone: (live: string) => `恢复完成：${live}。启动机器人时会自动补齐数据库迁移。`,
  restorePg: (command: string) => `PostgreSQL 数据库请用 pg_restore 恢复（先停止机器人，并先用 cli backup 另存当前数据库）：\n${command}`,
  memory: '内存数据库无法备份',
  memoryHint: '把 DATABASE_URL 指向一个文件',
  pgDumpHint: '安装 postgresql-client',
  restorePgHint: '按上面的命令操作',
  restoreRunningHint: '先停止机器人',
};
