// `#帮助 接办`: how a township cadre or leader takes on an item a village passed up.
// Shaped like CommandManual (commands/define-command.ts), which prompts/ cannot import.
export const takeOverManual = {
  form: '#接办 村名 编号（在村群里可只写编号）',
  examples: ['#接办 三星村 12', '#接办 五星村 7'],
  mistakes: [
    { wrong: '乡镇群里发 #接办 12', fix: '乡镇群管几个村，要写村名：#接办 三星村 12' },
    { wrong: '#接办 没有上报的问题', fix: '只能接办村里 #上报 的问题；在 #台账 的“已上报乡镇”里看' },
    { wrong: '村干部接办本村上报的问题', fix: '由乡镇干部或领导接办；村里继续发 #进展 12 记录情况' },
  ],
};
