// WeChat's 接龙 (sign-up chain): every person who adds a line re-posts the whole list, headed by
// `#接龙`. It is a roll call among people, never something for the bot.

const CHAIN_HEADER = /^\s*[#＃]?\s*接龙/;

export function isChainPost(text: string): boolean {
  return CHAIN_HEADER.test(text);
}
