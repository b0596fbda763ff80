import { helpText } from '../prompts/help.ts';
import type { Handler } from './handler.ts';

export const help: Handler = async () => ({ replies: [{ text: helpText }] });
