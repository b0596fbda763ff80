// `#帮助 任命`: how an admin makes someone a township leader or a 联村领导.

export const appointManual = {
  form: '#任命 姓名 乡镇领导 乡镇名 ｜ #任命 姓名 联村领导 村名,村名',
  examples: ['#任命 周镇长 乡镇领导 后叶镇', '#任命 王委员 联村领导 三星村,五星村'],
  mistakes: [
    { wrong: '#任命 周镇长 后叶镇（没写职务）', fix: '姓名后写职务：#任命 周镇长 乡镇领导 后叶镇' },
    { wrong: '#任命 王委员 联村领导（没写村）', fix: '写上联系村，多个用逗号分开：#任命 王委员 联村领导 三星村,五星村' },
    { wrong: '#任命 周镇长 乡镇领导 后叶镇,前进乡', fix: '乡镇领导只写一个乡镇；两个乡镇请分两次任命' },
  ],
} as const;
