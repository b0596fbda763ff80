// The words of coverage campaigns (专项): setting one, and its progress in the weekly
// inspection and on the visit day.

const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
const pct = (done: number, total: number) => (total ? Math.round((done / total) * 100) : 0);

export const campaignText = {
  kinds: { coverage: '走访全覆盖' },
  /** Words that name the coverage campaign. */
  coverageWords: ['走访全覆盖', '全覆盖走访', '全覆盖', '一户不落'],
  allCategoriesWords: ['全部户', '所有户', '全部', '所有农户'],
  remoteYesWords: ['电话算', '含电话', '电话线上算', '电话也算', '线上算'],
  remoteNoWords: ['电话不算', '仅入户', '只算入户', '必须入户'],

  errors: {
    kind: '没看出是哪种专项，请写“走访全覆盖”。',
    categories: '没看出要覆盖哪些户类，请写户类，如“脱贫户,监测户”（或“全部户”）。',
    deadline: '没看出完成时限，请写“12月31日前”这样的日期。',
    badDeadline: (written: string, why: string) => `时限“${written}”不对：${why}。请写“12月31日前”这样的日期。`,
    unknown: (word: string) => `看不懂“${word}”，专项只写：走访全覆盖、户类、时限，可加村名和“电话算/电话不算”。`,
  },

  fix: (problems: string[]) => `专项没有设上：${problems.join('')}\n例：#专项 走访全覆盖 脱贫户,监测户 12月31日前`,
  refused: (name: string) => `${name}，抱歉，设专项需要工作队队长、联村领导或管理员来操作，本次没有做任何改动。`,
  set: (village: string, categories: string[], dueOn: string, remote: boolean) =>
    `已设专项：${village} ${categories.join('、')}走访全覆盖，${md(dueOn)}前完成（${remote ? '电话、线上联系也算走访' : '只算入户走访，电话、线上不算'}）。`,
  setMany: (villages: string[]) => `已为${villages.join('、')}设同一专项。`,

  /** `#专项`: the running campaigns, numbered, with where each stands. */
  listHead: (scope: string, count: number) => `${scope}进行中的专项 ${count} 个：`,
  listLine: (no: number, village: string | null, categories: string[], dueOn: string, done: number, total: number) =>
    `${no}. ${village ? `${village} ` : ''}${categories.join('、')}走访全覆盖，${md(dueOn)}前：已访${done}/${total}户（${pct(done, total)}%）`,
  listMore: (count: number) => `……另有 ${count} 个，发 #专项 村名 查看`,
  listFooter: '取消（队长、联村领导）：#专项 取消 编号',
  listNone: (scope: string) => `${scope}目前没有进行中的专项。设专项：#专项 走访全覆盖 脱贫户,监测户 12月31日前`,
  needCancelNo: '请写上要取消的专项编号，例：#专项 取消 3（编号发 #专项 查看）',
  unknownNo: (no: number) => `没有编号为 ${no} 的专项，请发 #专项 查看编号。本次没有做任何改动。`,
  alreadyCancelled: (no: number) => `专项 ${no} 已经取消了，本次没有做任何改动。`,
  alreadyEnded: (no: number, dueOn: string) => `专项 ${no} 已于${md(dueOn)}到期结束，不用取消，本次没有做任何改动。`,
  cancelled: (no: number, village: string, categories: string[], dueOn: string) =>
    `已取消专项 ${no}：${village} ${categories.join('、')}走访全覆盖（原定${md(dueOn)}前）。督查和走访日不再显示它。`,

  /** One campaign's block in a digest. */
  head: (categories: string[], dueOn: string, daysLeft: number, done: number, total: number) =>
    `专项·${categories.join('、')}走访全覆盖（${md(dueOn)}前，${daysLeft > 0 ? `还剩${daysLeft}天` : '今天截止'}）：已访${done}/${total}户（${pct(done, total)}%）`,
  byCategory: (parts: Array<{ name: string; done: number; total: number }>) =>
    `· 按户类：${parts.map((p) => `${p.name}${p.done}/${p.total}`).join('，')}`,
  byGroup: (parts: Array<{ name: string; done: number; total: number }>) =>
    `· 按组：${parts.map((p) => `${p.name}${p.done}/${p.total}`).join('，')}`,
  cadreLeft: (cadre: string, households: string[], more: number) =>
    `· ${cadre}还需走访：${households.join('、')}${more > 0 ? `等${households.length + more}户` : ''}`,
  allDone: '· 已全部走访到，可回访重点户。',
  noHouseholds: (categories: string[]) => `· 花名册里没有${categories.join('、')}，请先导入花名册。`,
  remoteNote: '（电话、线上联系不计入）',
  noGroup: '未分组',
  noCadre: '未分配干部',
};
