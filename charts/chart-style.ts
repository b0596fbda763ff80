// How every chart looks. Made for a phone: the picture is 750 px wide (a phone shows it at
// about half that, on a 2× screen), so type is large, colours are few and each means one thing
// in every chart (red is always 逾期), and numbers are written on the bars, not read off an axis.
export const chartStyle = {
  width: 750,
  padding: 24,
  // The bundled font first (the PNG is drawn with it); the rest are for a browser showing the SVG.
  fontFamily: "'Noto Sans S Chinese', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  size: { title: 32, subtitle: 22, header: 24, label: 24, value: 22, note: 36 },
  colour: {
    text: '#1f2328',
    muted: '#6a737d',
    grid: '#e6e8eb',
    background: '#ffffff',
    created: '#3a78c9',
    closed: '#2f9e5a',
    overdue: '#d64535',
    awaitingCheck: '#e09a1f',
    open: '#3a78c9',
    rate: '#2f9e5a',
    belowTarget: '#e09a1f',
    metTarget: '#2f9e5a',
  },
  /** Height of the title block: the heading and one line under it. */
  headerHeight: 96,
  /** Widest village name on an axis, in em (a Chinese character is one em): longer ones end in '…'. */
  maxLabelEm: 6,
} as const;
