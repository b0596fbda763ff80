// Progress of a long cli job (a county roster import, an export, a backup). On a terminal a bar
// (cli-progress: a well-kept package that redraws in place, handles the terminal width and the
// ETA); in a log or a pipe, where redrawing would leave a mess, a plain line every tenth.
import cliProgress from 'cli-progress';
import { progressText } from '../../prompts/progress.ts';

export interface Progress {
  /** `done` of `total` units (rows, pages); a total of 0 means nothing to count yet. */
  update(done: number, total: number): void;
  /** Ends the bar (or the lines); the caller then prints its summary. */
  stop(): void;
}

export interface ProgressOptions {
  /** Where plain lines go when there is no terminal. */
  out: (line: string) => void;
  /** Whether the output is a terminal (default: stderr is one). */
  tty?: boolean;
  stream?: NodeJS.WriteStream;
  /** The unit counted, for the lines (`户`, `页`). */
  unit: string;
  /** Below this many units the job ends before anyone would wait for it: nothing is shown. */
  minTotal?: number;
}

export function createProgress(label: string, options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? !!stream.isTTY;
  const shown = (total: number) => total > 0 && total >= (options.minTotal ?? 0);
  if (tty) return barProgress(label, options.unit, stream, shown);
  let lastTenth = -1;
  return {
    update(done, total) {
      if (!shown(total)) return;
      const tenth = Math.min(10, Math.floor((done / total) * 10));
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      options.out(progressText.line(label, tenth * 10, done, total, options.unit));
    },
    stop() {},
  };
}

function barProgress(label: string, unit: string, stream: NodeJS.WriteStream, shown: (total: number) => boolean): Progress {
  const bar = new cliProgress.SingleBar(
    { format: progressText.barFormat(label, unit), stream, hideCursor: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!shown(total)) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
