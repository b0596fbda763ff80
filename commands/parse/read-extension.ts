// `#延期 12 1月15日前 材料未到`: the item, the new 时限 and why. The 时限 is read as a
// deadline after 时限： is (前/内 optional); the rest, less a leading 延至/延期到, is the reason.
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { findKeyedDeadline } from './parse-deadline.ts';
import { readTarget, type TargetParsed } from './read-target.ts';

export interface ExtensionParsed extends TargetParsed<'extend'> {
  toDueOn: string | null;
  /** A 时限 that names no day (`2月30日前`), with the reason it does not. */
  fault: { written: string; reason: string } | null;
  reason: string | null;
}

const LEAD = /^[\s,，;；:：、。]*(?:申请)?(?:延期|延至|延长至|延长到|推迟到|推迟至|改为|改到|到|至)?[\s,，;；:：、]*/;
const EDGES = /^[\s,，;；:：、。]+|[\s,，;；:：、。]+$/g;
const REASON_KEY = /^(?:原因|理由)[\s:：]*/;

export function readExtension(body: string, today: CivilDate): ExtensionParsed {
  const target = readTarget('extend', body);
  const none = { ...target, toDueOn: null, fault: null, reason: null };
  const text = target.target?.text;
  if (!text) return none;
  const rest = text.replace(LEAD, '');
  const due = findKeyedDeadline(rest, today);
  if (!due) return { ...none, reason: rest.replace(EDGES, '') || null };
  const reason = `${rest.slice(0, due.start)} ${rest.slice(due.end)}`.replace(EDGES, '').replace(REASON_KEY, '').trim() || null;
  return {
    ...target,
    toDueOn: due.dueOn,
    fault: due.fault ? { written: due.written, reason: due.fault } : null,
    reason,
  };
}
