// WeChat delivers a quote-reply as one text: the quoted message in 「」, a dashed line, then what
// the person wrote (wechaty's puppets build it this way):
//   「王芳：明天几点开会？」
//   - - - - - - - - - - - - - - -
//   九点，村委会二楼
// The quote is someone else's words; only the part after the line is this person's message.

const QUOTE_REPLY = /^「[^」]*」\s*\n\s*(?:-\s*){5,}\n?([\s\S]*)$/;

/** The person's own part of a quote-reply, or null when the message quotes nothing. */
export function ownPartOfQuoteReply(text: string): string | null {
  const m = QUOTE_REPLY.exec(text.trim());
  return m ? m[1].trim() : null;
}
