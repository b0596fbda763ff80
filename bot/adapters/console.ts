import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { consoleText } from '../../prompts/console.ts';
import { CONSOLE_GROUP, CONSOLE_SPEAKER } from '../console-setup.ts';
import type { Adapter, Receive, SendResult } from '../../core/adapter.ts';
import type { OutgoingMessage } from '../../core/reply.ts';

export interface ConsoleAdapterOptions {
  input?: Readable;
  output?: Writable;
  speaker?: string;
  group?: string;
  botName?: string;
  /** Called on /quit or end of input, so main can shut down cleanly. */
  onQuit?: () => void;
  /** Where pictures (a digest's chart) are written so the operator can open them. */
  imageDir?: string;
}

/**
 * The terminal as a group chat, for trying the bot with no platform account. `/as 姓名`
 * and `/group 群名` choose who speaks where; every other line is a message.
 */
export function createConsoleAdapter(options: ConsoleAdapterOptions = {}): Adapter & { typed(line: string): Promise<void> } {
  const output = options.output ?? process.stdout;
  const botName = options.botName ?? '小助手';
  let speaker = options.speaker ?? CONSOLE_SPEAKER;
  let group = options.group ?? CONSOLE_GROUP;
  let seq = 0;
  let rl: Interface | undefined;
  let deliver: Receive | undefined;
  const write = (text: string) => output.write(text.endsWith('\n') ? text : `${text}\n`);
  const prompt = () => rl?.setPrompt(`${group} ${speaker}> `) ?? undefined;

  async function typed(raw: string): Promise<void> {
    // Control characters from a pasted line are not commands; keep the text as typed.
    const line = raw.replace(/\r$/, '');
    const command = line.trim().match(/^\/(\w+)\s*(.*)$/);
    if (command) {
      const [, verb, arg] = command;
      if (verb === 'as' && arg.trim()) speaker = arg.trim().slice(0, 20);
      else if (verb === 'group' && arg.trim()) group = arg.trim().slice(0, 40);
      else if (verb === 'quit' || verb === 'exit') {
        options.onQuit?.();
        return;
      } else if (verb === 'who') write(consoleText.who(speaker, group));
      else write(consoleText.help);
      if (verb === 'as' || verb === 'group') write(consoleText.who(speaker, group));
      prompt();
      return;
    }
    if (!line.trim() || !deliver) return;
    const mention = new RegExp(`@${botName}\\s*`);
    await deliver({
      platform: 'console',
      messageId: `console-${process.pid}-${Date.now()}-${++seq}`,
      chatId: group,
      chatName: group,
      senderId: speaker,
      senderName: speaker,
      text: line.replace(mention, '').trim() || line,
      mentionsBot: mention.test(line),
      sentAt: new Date(),
    });
  }

  return {
    platform: 'console',
    typed,
    async start(onMessage) {
      deliver = onMessage;
      write(consoleText.banner(botName, speaker, group));
      rl = createInterface({ input: options.input ?? process.stdin, output: options.input ? undefined : output, terminal: false });
      prompt();
      rl.on('line', (l) => {
        // The bot's error boundary has logged why; the person at the keyboard hears it briefly.
        void typed(l)
          .catch(() => write(consoleText.notStored))
          .finally(() => rl?.prompt());
      });
      rl.on('close', () => options.onQuit?.());
      rl.prompt();
    },
    async send(msg: OutgoingMessage): Promise<SendResult> {
      const at = msg.mentions.length ? msg.mentions.map((m) => `@${m.name} `).join('') : '';
      const where = msg.private ? `私聊 ${msg.chatId}` : msg.chatId;
      if (msg.image) {
        // A terminal cannot show a picture: it is written to a file and its path printed.
        const dir = options.imageDir ?? path.join(tmpdir(), 'village-bot-images');
        mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `outbox-${msg.id}.png`);
        writeFileSync(file, msg.image.png);
        write(`\n[${where}] ${botName}：${consoleText.image(msg.image.alt, file)}\n`);
        rl?.prompt();
        return { platformMessageId: `console-out-${msg.id}` };
      }
      write(`\n[${where}] ${botName}：${at}${msg.text}\n`);
      // The terminal cannot hold a file: it names where the file is.
      if (msg.file) write(`${consoleText.file(msg.file.name, msg.file.path)}\n`);
      rl?.prompt();
      return { platformMessageId: `console-out-${msg.id}` };
    },
    async stop() {
      rl?.close();
      rl = undefined;
    },
    status: () => ({ connected: true, detail: 'console' }),
  };
}
