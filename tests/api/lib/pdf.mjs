// Reading PDF answers the way a user's viewer would: the text through poppler's pdftotext (poppler-utils).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/** Asserts a 200 application/pdf download and returns its text with whitespace removed (pdftotext's spacing
 * between CJK glyphs is a guess, so comparisons ignore it). */
export function pdfText(res) {
  assert.equal(res.status, 200, res.text.slice(0, 300));
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.match(res.headers.get('content-disposition'), /^attachment; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
  assert.equal(res.bytes.subarray(0, 5).toString(), '%PDF-');
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: res.bytes }).toString('utf8').replace(/\s+/g, '');
}
