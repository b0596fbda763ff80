import { describe, expect, it } from 'vitest';
import { detectNearMiss } from '../../../bot/addressing/detect-near-miss.ts';

const NOW = new Date('2026-12-01T10:00:00+08:00');
const near = (text: string) => detectNearMiss(text, NOW);

describe('a near miss of one of the bot’s commands', () => {
  it('is a word that sounds like a command, written where the command would be', () => {
    expect(near('#走方 王德福 三星村4组 全部达标')).toEqual({ written: '走方', command: '走访' });
    expect(near('#消号 12 已修好')).toEqual({ written: '消号', command: '销号' });
    expect(near('#台帐')).toEqual({ written: '台帐', command: '台账' });
    expect(near('＃台帐 三星村')).toEqual({ written: '台帐', command: '台账' });
    expect(near('【走方】王德福 全部达标')).toEqual({ written: '走方', command: '走访' });
  });

  it('counts the sounds southern speakers do not tell apart (zh/z, -ng/-n)', () => {
    expect(near('#帮组')).toEqual({ written: '帮组', command: '帮助' });
  });

  it('is one character off a longer command', () => {
    expect(near('#走访打开')).toEqual({ written: '走访打开', command: '走访打卡' });
    expect(near('#民情日志 王德福 三星村4组 全部达标')).toEqual({ written: '民情日志', command: '民情日记' });
  });

  it('is not a command the bot already knows', () => {
    expect(near('#走访 王德福 全部达标')).toBeNull();
    expect(near('#台账')).toBeNull();
  });

  it('is not a tag whose corrected form would be no command of the bot’s', () => {
    expect(near('#文体活动 周六篮球赛')).toBeNull(); // 文体 sounds like 问题, but #问题活动 is no report
    expect(near('#小号 我的微信小号')).toBeNull(); // 小号 sounds like 销号, but there is no item number
    expect(near('#大咖 分享会')).toBeNull(); // 打卡 is everyone's word, never offered
    expect(near('#日报# 走访6户')).toBeNull();
    expect(near('#通知 明天开会')).toBeNull();
    expect(near('#接龙\n1. 张三')).toBeNull();
  });

  it('is not unmarked chat, however it sounds', () => {
    expect(near('台帐明天再整理')).toBeNull();
    expect(near('走方便的路')).toBeNull();
  });
});
