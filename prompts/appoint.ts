// `#任命`: an admin makes someone a township leader or a 联村领导 in chat.

export const appointErrors = {
  form: '请按这样写：#任命 周镇长 乡镇领导 后叶镇，或 #任命 王委员 联村领导 三星村,五星村',
  needPlace: (kind: 'township' | 'linked') =>
    kind === 'township' ? '请写上乡镇名，例：#任命 周镇长 乡镇领导 后叶镇' : '请写上联系村，例：#任命 王委员 联村领导 三星村,五星村',
  oneTownship: '乡镇领导只写一个乡镇，例：#任命 周镇长 乡镇领导 后叶镇',
};

export const appointText = {
  unknownTownship: (name: string, known: string[]) =>
    `没有找到乡镇“${name}”${known.length ? `（已有：${known.join('、')}）` : ''}。请先导入花名册，或由管理员在乡镇群发“#绑定 乡镇 ${name}”，本次没有任命。`,
  unknownVillage: (names: string[]) => `没有找到村：${names.join('、')}。请先导入花名册或核对村名，本次没有任命。`,
  orphanVillage: (names: string[]) => `${names.join('、')}还没有归属乡镇，请先发“#绑定 ${names[0]} 乡镇名”补上，本次没有任命。`,
  twoTownships: (names: string[]) => `联系村不在同一个乡镇（${names.join('、')}），请分开任命，本次没有任命。`,
  appointed: (name: string, title: string, scope: string) =>
    `已任命：${name}为${scope}${title}，可在乡镇群或私聊我查看${scope}的台账（#台账）和统计（#统计），逾期升级会私聊提醒。`,
  notLinked: (name: string) => `${name}还没有关联微信或飞书账号：请本人发“#认领 ${name}”由管理员确认，或由管理员发“#认领码 ${name}”。`,
};
