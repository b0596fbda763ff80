// A curated FAQ entry, one file each in prompts/faq/, and what the matcher answers.

export interface FaqEntry {
  id: string;
  title: string;
  answer: string;
  source: string;
  questions: string[];
  keywords: string[];
  /**
   * Circumstances the entry applies to (车祸, 冰雹, 高血压), not names of what it answers: a
   * question about a circumstance alone (工伤怎么认定) asks something else.
   */
  situations?: string[];
  /** Entries answered from the roster rather than text (bangfu-zerenren). */
  dynamic?: 'assigned-cadre';
}

export interface FaqMatch {
  answered: boolean;
  faqId: string | null;
  score: number;
  answer: string;
  /** Set when the bot asks back instead of answering: the entries it offers (one or two). */
  alternatives?: string[];
  /** Copied from the entry: the bot replaces the static answer with the roster's. */
  dynamic?: 'assigned-cadre';
}
