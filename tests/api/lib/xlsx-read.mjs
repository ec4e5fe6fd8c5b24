// A minimal .xlsx reader for download tests (no npm packages): the ZIP central directory, node:zlib for the
// deflated members, and the cells of the first sheet as text (shared or inline strings, numbers as written).
import { inflateRawSync } from 'node:zlib';

/** The text of one member of a .xlsx (a zip), found through the central directory. */
export function zipMember(bytes, name) {
  for (let p = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), i = bytes.readUInt32LE(p + 16), n = bytes.readUInt16LE(p + 10); n > 0; n -= 1) {
    const method = bytes.readUInt16LE(i + 10), size = bytes.readUInt32LE(i + 20);
    const nameLen = bytes.readUInt16LE(i + 28), extraLen = bytes.readUInt16LE(i + 30), commentLen = bytes.readUInt16LE(i + 32);
    const local = bytes.readUInt32LE(i + 42);
    if (bytes.toString('utf8', i + 46, i + 46 + nameLen) === name) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    i += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${name} not in the archive`);
}

const unescapeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

const textOf = (xml) => unescapeXml([...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join(''));

function columnIndex(ref) {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function sharedStrings(bytes) {
  try {
    return [...zipMember(bytes, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  } catch {
    return [];  // a workbook of inline strings has no table
  }
}

function cellText(attrs, inner, shared) {
  const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
  if (type === 'inlineStr') return textOf(inner);
  const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
  if (v === undefined) return '';
  return type === 's' ? shared[Number(v)] : unescapeXml(v);
}

/** The rows of the first sheet as arrays of cell texts ('' for an empty cell), the header row first. */
export function readXlsxRows(bytes, sheet = 'xl/worksheets/sheet1.xml') {
  const shared = sharedStrings(bytes);
  const rows = [];
  for (const row of zipMember(bytes, sheet).matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells = [];
    for (const c of (row[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const at = columnIndex(/\br="([A-Z]+\d+)"/.exec(c[1])[1]);
      while (cells.length < at) cells.push('');
      cells[at] = cellText(c[1], c[2] ?? '', shared);
    }
    rows.push(cells);
  }
  return rows;
}
