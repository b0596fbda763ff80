/**
 * The text without a leading @ of the bot, as the platform adapters hand it over: WeChat and Lark
 * both remove the bot's own mention and say so in `mentionsBot`.
 */
export function stripBotMention(text: string, botName: string): string {
  const escaped = botName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`^\\s*@${escaped}(?:[\\s\\u2005]+|$)`), '').trim() || text;
}
