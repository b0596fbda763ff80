// What the policy FAQ says to villagers when no curated entry answers on its own,
// and how the contact placeholders in prompts/faq/*.json read once filled.

export const faqReplies = {
  /** The `cli ask` contract's abstain text: the question goes to the team's ledger. */
  abstain: '这个问题我暂时答不上来，已转给驻村工作队。',
  /** Two entries score alike: the bot asks back instead of guessing. */
  clarify: (titles: string[]) => `你是想问「${titles.join('」还是「')}」？`,
  /** One entry fits only just: the bot asks back, and says how to get that entry's answer. */
  confirm: (title: string) => `你是想问「${title}」吗？是的话请发：问：${title}`,
  /** The roster-backed entry's static text when no roster answer is available. */
  assignedCadreFallback: '请在群里@我问，我会私下告诉您本户帮扶责任人；也可问村委会。',
};

/**
 * Each `{placeholder}` in an answer stands for a whole contact phrase, so the sentence
 * reads right both with a configured number and without one (no number is ever invented).
 */
export const faqContacts = {
  team_phone: {
    filled: (phone: string) => `驻村工作队（电话 ${phone}）`,
    generic: '驻村工作队',
  },
  township_hotline: {
    filled: (phone: string) => `乡镇便民服务中心（电话 ${phone}）`,
    generic: '乡镇便民服务中心',
  },
} as const;

export type FaqContactKey = keyof typeof faqContacts;
