// Operations subcommands: backup/restore round trip and demo data (the kechuang CLI next to the API).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { createOrg } from './lib/world.mjs';

const env = useServer();

async function orgTotal() {
  return assertOk(await (await env.admin()).get('/api/v1/orgs?page_size=1')).total;
}

test('restore brings back the data of a backup, attachments included', async () => {
  let admin = await env.admin();
  const kept = await createOrg(admin);
  const note = Buffer.from('备份前的附件内容\n');
  const attachment = assertOk(await admin.post(
    `/api/v1/attachments?record_type=org&record_id=${kept.id}&filename=note.txt`, note,
    { headers: { 'content-type': 'text/plain' } }), 201);

  const file = path.join(env.tmp, 'backup.kcb');
  const backup = await env.cli(['backup', '--to', file]);
  assert.equal(backup.code, 0, `backup failed:\n${backup.stdout}${backup.stderr}`);

  assertOk(await admin.patch(`/api/v1/orgs/${kept.id}`, { address: '备份之后改的地址' }));
  const added = await createOrg(admin);

  await env.stop();
  const restore = await env.cli(['restore', '--from', file]);
  assert.equal(restore.code, 0, `restore failed:\n${restore.stdout}${restore.stderr}`);
  await env.start();

  admin = await env.admin();
  const back = assertOk(await admin.get(`/api/v1/orgs/${kept.id}`));
  assert.equal(back.name, kept.name);
  assert.equal(back.address, kept.address, 'the change made after the backup survived the restore');
  assertError(await admin.get(`/api/v1/orgs/${added.id}`), 404, 'NOT_FOUND');
  const dl = await admin.get(`/api/v1/attachments/${attachment.id}/download`);
  assert.equal(dl.status, 200);
  assert.ok(dl.bytes.equals(note), 'the restored attachment differs');
});

test('restore from a file that is not a backup fails and leaves the data alone', async () => {
  const before = await orgTotal();
  const bogus = path.join(env.tmp, 'not-a-backup.kcb');
  writeFileSync(bogus, 'this is not a backup');
  await env.stop();
  const r = await env.cli(['restore', '--from', bogus]);
  await env.start();
  assert.notEqual(r.code, 0, 'restore accepted a bogus file');
  assert.equal(await orgTotal(), before);
});

test('demo-data --orgs N adds N organisations', async () => {
  const before = await orgTotal();
  await env.stop();
  const r = await env.cli(['demo-data', '--orgs', '25', '--seed', '7']);
  await env.start();
  assert.equal(r.code, 0, `demo-data failed:\n${r.stdout}${r.stderr}`);
  assert.equal(await orgTotal(), before + 25);
});
