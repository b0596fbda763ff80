import { commandLabels } from '../prompts/command-labels.ts';
import { talkMeetingManual } from '../prompts/manual/meeting.ts';
import { defineCommand } from './define-command.ts';
import { type MeetingParsed, recordMeeting } from './meeting/record-meeting.ts';
import { parseMeeting } from './parse/parse-meeting.ts';

/** `#恳谈会 三星村 12月6日 参会15人 纪要：… 意见：…`: recorded like a 院坝会, with its 纪要. */
export const talkMeeting = defineCommand({
  kind: 'talkMeeting',
  words: ['恳谈会'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.talkMeeting,
  // The 院坝会 line of #帮助 names it.
  help: null,
  manual: talkMeetingManual,
  parse(body, today): MeetingParsed<'talkMeeting'> {
    const { errors, ...fields } = parseMeeting(body, today);
    return { kind: 'talkMeeting', ok: errors.length === 0, errors, ...fields };
  },
  handle: (ctx) => recordMeeting(ctx, '恳谈会'),
});
