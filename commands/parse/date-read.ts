// A date-like phrase that names no real day carries the reason instead (`2月没有30日`).
import type { CivilDate } from '../../core/shanghai-calendar.ts';

export interface DateFault {
  fault: string;
}

