import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../faq/entry-schema.ts';
import { fillContacts } from '../../faq/fill-contacts.ts';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';
import { NO_LOCAL_FACTS } from '../../faq/load-local-facts.ts';
import { toSimplified } from '../../faq/to-simplified.ts';
import { faqReplies } from '../../prompts/faq-replies.ts';
import { DEV_CORPUS, readLabelled, specTopicIds } from './support.ts';

/** The national text: no county figures, so every hedge is in place. */
const national = loadFaqEntries(DEFAULT_FAQ_DIR, NO_LOCAL_FACTS);
const byId = new Map(national.map((e) => [e.id, e]));
const rendered = (id: string) => fillContacts(byId.get(id)!.answer);

/** Entries whose amounts or steps differ by place: they must not sound like a promise. */
const VARIES_LOCALLY = [
  'si-ge-buzhai',
  'fanpin-jiance',
  'jiance-shenbao',
  'xiaoe-xindai',
  'fumin-dai',
  'yibao-canbao',
  'sanchong-baozhang',
  'manbing',
  'jiating-yisheng',
  'yulu-jihua',
  'weifang-gaizao',
  'gongyi-gangwei',
  'jiuye-bangfu',
  'chanye-jiangbu',
  'nongcun-dibao',
  'tekun-gongyang',
  'linshi-jiuzhu',
  'canji-butie',
  'yanglao-baoxian',
  'yidi-banqian',
  'xiaofei-bangfu',
  'ba-ge-yi',
  'xingfu-jijin',
];
const HEDGE = /以(当地|本地|本村|本省|县里)[^，。；]{0,10}(公布|通知|告知|为准)/;

/** The spec's "must cover" facts that a 2026 answer may not lose (the list of slips). */
const REVISED_FACTS: Record<string, string[]> = {
  'si-ge-buzhai': ['2025年底结束', '常态化'],
  'xiaoe-xindai': ['10万元', '有帮扶需求'],
  'yibao-canbao': ['3个月以上'],
  'weifang-gaizao': ['重点对象', '先认定身份'],
  'cungui-minyue': ['不得违法设罚款'],
  'xiaofei-bangfu': ['合作社'],
  'yiwu-jiaoyu': ['实施营养改善计划的地方'],
  'canji-butie': ['第三代'],
  'yanglao-baoxian': ['15年'],
  'jiance-shenbao': ['15天'],
  'yulu-jihua': ['以县里最新通知为准'],
  'liu-ge-jingzhun': ['因村派人'],
};

const LOCAL_CONTACT = /帮扶责任人|驻村工作队|村委会|村两委|村医|卫生院|乡镇|学校|安置社区|银行|\{team_phone\}|\{township_hotline\}/;
const bigrams = (s: string) => {
  const t = s.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
  return new Set([...t].slice(1).map((c, i) => t[i] + c));
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((x) => b.has(x)).length;
  return shared / Math.max(1, a.size + b.size - shared);
};

describe('the curated FAQ entries', () => {
  it('has a file for every topic id in the spec', () => {
    const missing = specTopicIds().filter((id) => !byId.has(id));
    expect(missing).toEqual([]);
  });

  it('reads 32 or more entries from prompts/faq', () => {
    expect(national.length).toBeGreaterThanOrEqual(specTopicIds().length);
  });

  it.each(national.map((e) => [e.id]))('keeps %s valid against the entry schema', (id) => {
    const raw = JSON.parse(readFileSync(`${DEFAULT_FAQ_DIR}/${id}.json`, 'utf8'));
    expect(entrySchema.safeParse(raw).success).toBe(true);
  });

  it.each(national.map((e) => [e.id, e.mustSay]))('says every required fact of %s', (id, mustSay) => {
    const answer = rendered(id);
    expect(mustSay.length).toBeGreaterThan(0);
    expect(mustSay.filter((f) => !answer.includes(f))).toEqual([]);
  });

  it.each(Object.entries(REVISED_FACTS))('keeps the revised facts of %s among its required phrases', (id, facts) => {
    // Removing one of these from mustSay (and the answer) would let the old slip back in.
    const mustSay = byId.get(id)!.mustSay.join('|');
    expect(facts.filter((f) => !mustSay.includes(f))).toEqual([]);
  });

  it.each(national.map((e) => [e.id]))('records where %s comes from and when it was checked', (id) => {
    const e = byId.get(id)!;
    expect(e.sources.length).toBeGreaterThan(0);
    for (const s of e.sources) {
      expect(s.title.trim()).not.toBe('');
      expect(s.issuer.trim()).not.toBe('');
      // An undated source must say why (a local plan nobody published, say).
      expect(s.date ?? s.note).toBeTruthy();
    }
    expect(e.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.reviewBy > e.checkedOn).toBe(true);
  });

  it.each(VARIES_LOCALLY.map((id) => [id]))('tells the villager that %s varies by place', (id) => {
    expect(rendered(id)).toMatch(HEDGE);
  });

  it('speaks of 防止返贫致贫对象, not the old 监测户, from 2026', () => {
    const old = national.filter((e) => /监测户|防返贫监测对象/.test(e.answer)).map((e) => e.id);
    expect(old).toEqual([]);
  });

  it('fixes the wording slips (派对的人, 现在处在过渡期)', () => {
    expect(rendered('liu-ge-jingzhun')).not.toContain('派对的人');
    expect(rendered('si-ge-buzhai')).not.toMatch(/现在处在.{0,10}过渡期/);
  });

  it('keeps answers short enough to read aloud', () => {
    const long = national.filter((e) => rendered(e.id).length > 200).map((e) => `${e.id}: ${rendered(e.id).length}`);
    expect(long).toEqual([]);
  });

  it('ends every answer by naming who to ask locally', () => {
    const noContact = national.filter((e) => {
      const sentences = e.answer.split('。').filter((s) => s.trim());
      return !LOCAL_CONTACT.test(sentences[sentences.length - 1]);
    });
    expect(noContact.map((e) => e.id)).toEqual([]);
  });

  it('writes every answer in simplified characters', () => {
    const traditional = national.filter((e) => toSimplified(e.answer) !== e.answer).map((e) => e.id);
    expect(traditional).toEqual([]);
  });

  it('never puts a phone number into an answer file', () => {
    expect(national.filter((e) => /\d{7,}|\d{3,4}-\d{7,8}/.test(e.answer)).map((e) => e.id)).toEqual([]);
  });

  it('gives every entry 8 to 40 different ways of asking', () => {
    for (const e of national) {
      expect(e.questions.length).toBeGreaterThanOrEqual(8);
      expect(e.questions.length).toBeLessThanOrEqual(40);
      expect(new Set(e.questions).size).toBe(e.questions.length);
    }
  });

  it('answers the assigned-cadre topic from the roster with a fallback that lists nobody', () => {
    const e = byId.get('bangfu-zerenren')!;
    expect(e.dynamic).toBe('assigned-cadre');
    expect(e.answer).toBe(faqReplies.assignedCadreFallback);
    expect(e.answer).not.toMatch(/\d/);
    expect(national.filter((x) => x.dynamic).map((x) => x.id)).toEqual(['bangfu-zerenren']);
  });

  it.runIf(existsSync(DEV_CORPUS))('does not copy the dev corpus into the entries', () => {
    const dev = readLabelled(DEV_CORPUS).map((c) => ({ q: c.q, grams: bigrams(c.q) }));
    const copied = national.flatMap((e) =>
      e.questions.filter((q) => dev.some((d) => jaccard(bigrams(q), d.grams) >= 0.6)).map((q) => `${e.id}: ${q}`),
    );
    expect(copied).toEqual([]);
  });
});
