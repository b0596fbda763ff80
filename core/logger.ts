// The logger every layer writes to; bot/logger.ts makes it (redaction, masking).
export type { Logger } from 'pino';
