import { client, type Queryable, type Tx } from './client.ts';

/** Registers (or replaces) the WeCom group robot of a group chat. */
export async function registerGroupRobot(tx: Tx, args: { chatId: string; key: string; registeredBy: string; at: Date }): Promise<void> {
  const data = { key: args.key, registeredBy: args.registeredBy, registeredAt: args.at };
  await client(tx).groupRobot.upsert({
    where: { platform_chatId: { platform: 'wecom', chatId: args.chatId } },
    create: { platform: 'wecom', chatId: args.chatId, ...data },
    update: data,
  });
}

/** The webhook key of a WeCom group's robot, or null when none is registered. */
export async function groupRobotKey(db: Queryable, chatId: string): Promise<string | null> {
  const row = await client(db).groupRobot.findUnique({ where: { platform_chatId: { platform: 'wecom', chatId } }, select: { key: true } });
  return row?.key ?? null;
}
