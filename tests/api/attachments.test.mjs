// Attachments (docs/api.md "Attachments"): type checked from the content, size limit, read permission
// on the owning organisation. The server runs with a 1 MiB upload limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity } from './lib/world.mjs';
import { elfExecutable, htmlPage, minimalPdf, pdfOfSize } from './lib/files.mjs';

const MIB = 1024 * 1024;
let city;
const env = useServer({ serveArgs: ['--max-upload-mb', '1'], setup: async (e) => { city = await buildCity(e); } });

function upload(client, orgId, filename, bytes, contentType = 'application/octet-stream') {
  const q = `record_type=org&record_id=${orgId}&filename=${encodeURIComponent(filename)}`;
  return client.post(`/api/v1/attachments?${q}`, bytes, { headers: { 'content-type': contentType } });
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('a small PDF uploads, is listed, and downloads as the same bytes for its owner', async () => {
  const { baofengUser, admin } = city.clients;
  const own = city.orgs.entBaofeng;
  const pdf = minimalPdf('营业执照');
  const meta = assertOk(await upload(baofengUser, own.id, '营业执照.pdf', pdf, 'application/pdf'), 201);
  assert.equal(meta.filename, '营业执照.pdf');
  assert.equal(meta.size, pdf.length);
  assert.equal(meta.mime, 'application/pdf');
  assert.equal(meta.sha256, sha256(pdf));
  const list = assertOk(await baofengUser.get(`/api/v1/attachments?record_type=org&record_id=${own.id}`));
  assert.ok(list.items.some((a) => String(a.id) === String(meta.id)), 'the upload is not listed');
  for (const who of [baofengUser, admin]) {
    const res = await who.get(`/api/v1/attachments/${meta.id}/download`);
    assert.equal(res.status, 200);
    assert.ok(res.bytes.equals(pdf), 'downloaded bytes differ from the upload');
  }
});

test('attachments of an organisation outside the scope are 404 for list and download', async () => {
  const { baofengUser, yexianAdmin, yexianOfficer, expert } = city.clients;
  const own = city.orgs.entBaofeng;
  const meta = assertOk(await upload(baofengUser, own.id, 'a.pdf', minimalPdf()), 201);
  for (const [who, c] of Object.entries({ yexianAdmin, yexianOfficer, expert })) {
    const dl = await c.get(`/api/v1/attachments/${meta.id}/download`);
    assertError(dl, 404, 'NOT_FOUND');
    assert.ok(!dl.bytes.includes(Buffer.from('%PDF')), `${who} received the file`);
    assertError(await c.get(`/api/v1/attachments?record_type=org&record_id=${own.id}`), 404, 'NOT_FOUND');
  }
  assertError(await yexianAdmin.get('/api/v1/attachments/999999999/download'), 404, 'NOT_FOUND');
});

test('nobody uploads to an organisation outside the own scope', async () => {
  const res = await upload(city.clients.yexianAdmin, city.orgs.entBaofeng.id, 'x.pdf', minimalPdf());
  assertError(res, 404, 'NOT_FOUND');
});

test('an executable or an HTML page named .pdf is refused with 415', async () => {
  const c = city.clients.baofengUser;
  const own = city.orgs.entBaofeng.id;
  const listPath = `/api/v1/attachments?record_type=org&record_id=${own}&page_size=200`;
  const before = assertOk(await c.get(listPath)).total;
  assertError(await upload(c, own, 'report.pdf', elfExecutable(), 'application/pdf'), 415, 'FILE_TYPE_NOT_ALLOWED');
  assertError(await upload(c, own, 'report.pdf', htmlPage(), 'application/pdf'), 415, 'FILE_TYPE_NOT_ALLOWED');
  assertError(await upload(c, own, 'index.html', htmlPage(), 'text/html'), 415, 'FILE_TYPE_NOT_ALLOWED');
  assert.equal(assertOk(await c.get(listPath)).total, before, 'a refused file was stored');
});

test('a file over the upload limit is refused with 413 FILE_TOO_LARGE; one under it is accepted', async () => {
  const c = city.clients.baofengUser;
  const own = city.orgs.entBaofeng.id;
  assertError(await upload(c, own, 'big.pdf', pdfOfSize(MIB + 1024), 'application/pdf'), 413, 'FILE_TOO_LARGE');
  assertOk(await upload(c, own, 'fits.pdf', pdfOfSize(MIB - 1024), 'application/pdf'), 201);
});

test('uploads need the CSRF token', async () => {
  const c = city.clients.baofengUser;
  const res = await c.post(`/api/v1/attachments?record_type=org&record_id=${city.orgs.entBaofeng.id}&filename=a.pdf`,
    minimalPdf(), { csrf: false, headers: { 'content-type': 'application/pdf' } });
  assertError(res, 403, 'CSRF_INVALID');
});
