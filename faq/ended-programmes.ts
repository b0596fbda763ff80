// Programmes that have ended or been renamed. An answer may still name one (to say it has
// ended, or what it is called now), but one that presents it as current has gone stale:
// `cli faq check` flags it. Add a line here when a programme ends.

export interface EndedProgramme {
  /** The name as answers write it; any text containing it counts as a mention. */
  name: string;
  /** The last day it ran. */
  endedOn: string;
  /** What replaced it, for the check's message. */
  now: string;
  /** Where the end is stated. */
  source: string;
}

export const ENDED_PROGRAMMES: EndedProgramme[] = [
  {
    name: '过渡期',
    endedOn: '2025-12-31',
    now: '常态化防止返贫致贫、常态化精准帮扶',
    source: '2026年中央一号文件（新华社 2026-02-03：“过渡期虽然结束了，帮扶任务并没有结束”）',
  },
  {
    name: '脱贫人口小额信贷',
    endedOn: '2025-12-31',
    now: '帮扶小额信贷（对象为农村地区有帮扶需求的人口，额度提高到10万元）',
    source: '金融监管总局、财政部、农业农村部、中国人民银行《关于做好帮扶小额信贷工作的通知》（经济日报 2026-03-06 报道）',
  },
  {
    name: '扶贫小额信贷',
    endedOn: '2020-12-31',
    now: '帮扶小额信贷',
    source: '《关于深入扎实做好过渡期脱贫人口小额信贷工作的通知》（银保监发〔2021〕6号）起改称脱贫人口小额信贷',
  },
];

/**
 * A clause that names an ended programme is fine when it also says so: 已结束, 原来叫,
 * 改为…; otherwise it reads as if the programme still runs.
 */
const SAYS_ENDED = /结束|原来|原名|以前|过去|已改|改为|改叫|改称|更名|到期|期满|截至|为止|不再/;

export interface EndedMention {
  programme: EndedProgramme;
  /** The clause that presents it as current. */
  clause: string;
}

/** Mentions in `text` of programmes ended before `today` ('YYYY-MM-DD') that do not say they ended. */
export function endedMentions(text: string, today: string, list: EndedProgramme[] = ENDED_PROGRAMMES): EndedMention[] {
  const clauses = text
    .split(/[。；！？!?\n]/)
    .map((c) => c.trim())
    .filter(Boolean);
  const found: EndedMention[] = [];
  for (const programme of list) {
    if (programme.endedOn >= today) continue;
    for (const clause of clauses) {
      if (!clause.includes(programme.name)) continue;
      if (SAYS_ENDED.test(clause) || clause.includes(`原${programme.name}`)) continue;
      found.push({ programme, clause });
    }
  }
  return found;
}
