// Words the bot says that belong to no single command.
import { helpPointer } from './help.ts';

export const common = {
  refused: (name: string, what: string) => `${name}，抱歉，${what}需要驻村工作队员或村干部来操作，本次没有做任何改动。`,
  refusedAdmin: (name: string) => `${name}，抱歉，绑定群和导入花名册只能由管理员操作，本次没有做任何改动。`,
  refusedAdminOnly: (name: string, what: string) => `${name}，抱歉，${what}只能由管理员操作，本次没有做任何改动。`,
  otherVillage: (name: string, village: string) => `${name}，抱歉，${village}的台账只能由本村干部或联村领导操作，本次没有做任何改动。`,
  failed: '抱歉，刚才这条没有处理成功，消息已保存，稍后会自动重试。',
  unreadable: '这条消息我没看懂，已原样保存。发“#帮助”查看写法。',
  tooLong: (max: number) => `消息太长（超过 ${max} 字），已原样保存。请分几条发，每条一户。`,
  bindNeedsName: `请写上要绑定的村或乡镇：#绑定 三星村（或 #绑定 乡镇 后叶镇）\n${helpPointer('绑定')}`,
  bound: (what: string) => `好的，本群已绑定：${what}。`,
  noVillage: '请写上村名，例如：#走访 王德福 三星村4组 全部达标',
};
