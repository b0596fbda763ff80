// Reads a PNG far enough to know it is one a viewer can open: the signature, every chunk's
// CRC, the IHDR size, and IDAT data that inflates to exactly the rows the size promises.
// Pixels are not compared: charts are tested by what they say, not pixel for pixel.
import { crc32, inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** The unfiltered rows' bytes (filter byte included), as inflated. */
  rawLength: number;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(png: Buffer): PngInfo {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: wrong signature');
  let offset = 8;
  let ihdr: Omit<PngInfo, 'rawLength'> | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < png.length && !ended) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') ihdr = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colourType: data[9] };
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!ihdr) throw new Error('no IHDR');
  if (!ended) throw new Error('no IEND: file cut short');
  if (ihdr.bitDepth !== 8 || !(ihdr.colourType in CHANNELS))
    throw new Error(`unexpected format: depth ${ihdr.bitDepth}, colour type ${ihdr.colourType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const expected = ihdr.height * (1 + ihdr.width * CHANNELS[ihdr.colourType]);
  if (raw.length !== expected) throw new Error(`image data is ${raw.length} bytes, ${expected} expected`);
  return { ...ihdr, rawLength: raw.length };
}
