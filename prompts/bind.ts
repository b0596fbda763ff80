// `#绑定`: what binding a group says about the village's township.

export const bindText = {
  askTownship: (village: string, known: boolean, townships: string[]) =>
    `${known ? `${village}还没有归属乡镇` : `花名册里没有${village}`}，请写上它属于哪个乡镇：#绑定 ${village} ${townships[0]}（已有乡镇：${townships.join('、')}）。本次没有绑定。`,
  villageOf: (village: string, township: string) => `${village}（${township}，村工作群）`,
  noTownshipYet: (village: string) => `注意：${village}还没有归属乡镇，乡镇调度里会列为“未归属”。知道乡镇后请发：#绑定 ${village} 乡镇名`,
  unassigned: (villages: string[]) => `未归属乡镇的村：${villages.join('、')}（不在任何乡镇的调度里，请管理员发“#绑定 村名 乡镇名”）`,
};
