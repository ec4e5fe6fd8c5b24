// Small files of known types, made byte by byte, for the upload tests.

/** A minimal but well-formed one-page PDF. */
export function minimalPdf(text = 'kechuang') {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The first bytes of a 64-bit Linux ELF executable, padded. */
export function elfExecutable() {
  const header = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(header, 0);
  header.writeUInt16LE(2, 16); // e_type = ET_EXEC
  header.writeUInt16LE(0x3e, 18); // e_machine = x86-64
  header.writeUInt32LE(1, 20); // e_version
  return header;
}

export function htmlPage() {
  return Buffer.from('<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n');
}

/** A PDF of the given size (a valid header, then padding inside a comment). */
export function pdfOfSize(bytes) {
  const head = minimalPdf();
  return Buffer.concat([head, Buffer.alloc(bytes - head.length, 0x20)]);
}
