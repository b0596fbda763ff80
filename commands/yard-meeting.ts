import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { yardMeetingManual } from '../prompts/manual/meeting.ts';
import { defineCommand } from './define-command.ts';
import { type MeetingParsed, recordMeeting } from './meeting/record-meeting.ts';
import { parseMeeting } from './parse/parse-meeting.ts';

/** `#院坝会 三星村2组 12月5日 参会32人 意见：…`: a 组's yard meeting; each opinion becomes a ledger item. */
export const yardMeeting = defineCommand({
  kind: 'yardMeeting',
  words: ['院坝会'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.yardMeeting,
  help: helpLines.meeting,
  manual: yardMeetingManual,
  parse(body, today): MeetingParsed<'yardMeeting'> {
    const { errors, ...fields } = parseMeeting(body, today);
    return { kind: 'yardMeeting', ok: errors.length === 0, errors, ...fields };
  },
  handle: (ctx) => recordMeeting(ctx, '院坝会'),
});
