// The targets ledger (目标台账): policy documents read and reviewed, confirmed items in the ledger, targets
// bound to live registry metrics, unit reports accepted/returned, warnings, notifications and scopes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity, createOrg, loginAs, orgBody, strongPassword, uniqueName, BAOFENG, YEXIAN } from './lib/world.mjs';
import { minimalPdf } from './lib/files.mjs';
import { fileContract } from './lib/market.mjs';

let city;
// The daily sweep is off here: this file checks what POST …/warnings/notify sends (targets-scheduler tests the sweep).
const env = useServer({ setup: async (e) => { city = await buildCity(e); }, serveArgs: ['--ledger-warnings-hour', 'off'] });

const YEAR = new Date().getUTCFullYear();
const DOC = [
  '平顶山市科学技术局文件',
  `平科〔${YEAR}〕12号`,
  `关于印发${YEAR}年全市科技创新工作要点的通知`,
  '一、主要目标',
  `${YEAR}年全市新增高新技术企业20家以上，技术合同登记成交额达到5000万元。`,
  '二、重点任务',
  '（一）实施高新技术企业倍增工程。加强企业培育辅导。（牵头单位：市科技局，责任单位：市财政局、市税务局）',
  '（二）建设科技企业孵化器。完善孵化服务体系。（牵头单位：市科技局，责任单位：市发展改革委）',
  '（三）落实奖励政策。对首次认定的高新技术企业给予一次性奖励10万元。',
  '平顶山市科学技术局',
  `${YEAR}年3月1日`,
].join('\n');

const slice = (text, start, end) => [...text].slice(start, end).join('');

async function postDocument(client, body = { text: DOC }) {
  return assertOk(await client.post('/api/v1/policy-documents', body), 201);
}

function itemsOf(doc, kind) { return doc.items.filter((i) => i.kind === kind); }

async function ledgerIds(client, documentId) {
  const list = assertOk(await client.get(`/api/v1/ledger/items?document_id=${documentId}&page_size=200`));
  return list.items.map((i) => i.policy_item_id);
}

/** A confirmed target of a fresh document, as a ledger item. */
async function confirmedTarget(client = city.clients.cityOfficer) {
  const doc = await postDocument(client);
  const target = itemsOf(doc, 'target')[0];
  const confirmed = assertOk(await client.post(`/api/v1/policy-items/${target.id}/confirm`, {}));
  return assertOk(await client.get(`/api/v1/ledger/items/${confirmed.ledger_item_id}`));
}

test('a pasted document is stored with every extracted item at its exact span, all candidates', async () => {
  const doc = await postDocument(city.clients.cityOfficer);
  assert.equal(doc.text, DOC);
  assert.equal(doc.number, `平科〔${YEAR}〕12号`);
  assert.equal(doc.year, YEAR);
  assert.ok(itemsOf(doc, 'target').length >= 2, 'targets missing');
  assert.ok(itemsOf(doc, 'responsibility').length >= 2, 'responsibilities missing');
  assert.ok(itemsOf(doc, 'standard').length >= 1, 'standard missing');
  for (const item of doc.items) {
    assert.equal(item.text, slice(doc.text, item.start, item.end), `span of item ${item.id}`);
    assert.equal(item.status, 'candidate');
    assert.equal(item.origin, 'reader');
    assert.equal(item.ledger_item_id, null);
  }
  const hq = itemsOf(doc, 'target').find((t) => t.fields.value === 20);
  assert.ok(hq, 'the 20家 target was not read');
  assert.equal(hq.fields.unit, '家');
  assert.equal(hq.fields.year, YEAR);
  const again = assertOk(await city.clients.cityOfficer.get(`/api/v1/policy-documents/${doc.id}`));
  assert.deepEqual(again.items, doc.items);
  assert.deepEqual(await ledgerIds(city.clients.cityOfficer, doc.id), [], 'unconfirmed items reached the ledger');
});

test('an uploaded .txt (base64) is read like pasted text; bad base64 and empty input are 400', async () => {
  const c = city.clients.cityOfficer;
  const doc = await postDocument(c, { filename: '要点.txt', content_base64: Buffer.from(DOC).toString('base64') });
  assert.equal(doc.filename, '要点.txt');
  assert.equal(doc.text, DOC);
  for (const item of doc.items) assert.equal(item.text, slice(doc.text, item.start, item.end));
  assertError(await c.post('/api/v1/policy-documents', { filename: 'a.txt', content_base64: '!!!' }), 400, 'FIELD_INVALID', 'content_base64');
  assertError(await c.post('/api/v1/policy-documents', {}), 400, 'FIELD_MISSING', 'text');
  assertError(await c.post('/api/v1/policy-documents', { text: DOC, content_base64: 'YQ==' }), 400, 'FIELD_INVALID');
  assertError(await c.post('/api/v1/policy-documents', { text: DOC, extra: 1 }), 400, 'FIELD_UNKNOWN', 'extra');
});

test('confirm, reject, edit and add: only confirmed targets and tasks enter the ledger', async () => {
  const c = city.clients.cityOfficer;
  const doc = await postDocument(c);
  const [t1, t2] = itemsOf(doc, 'target');
  const [r1] = itemsOf(doc, 'responsibility');
  const [s1] = itemsOf(doc, 'standard');

  assertError(await c.patch(`/api/v1/policy-items/${t1.id}`, { fields: { value: -3 } }), 400, 'FIELD_INVALID', 'fields.value');
  assertError(await c.patch(`/api/v1/policy-items/${t1.id}`, { fields: { comparator: 'more' } }), 400, 'FIELD_INVALID', 'fields.comparator');
  assertError(await c.patch(`/api/v1/policy-items/${t1.id}`, { fields: { colour: 'red' } }), 400, 'FIELD_UNKNOWN', 'fields.colour');
  assertError(await c.patch(`/api/v1/policy-items/${t1.id}`, { end: 100000 }), 400, 'FIELD_INVALID', 'end');
  const edited = assertOk(await c.patch(`/api/v1/policy-items/${t1.id}`, { fields: { value: 25, indicator: '新增国家高新技术企业' } }));
  assert.equal(edited.fields.value, 25);
  assert.equal(edited.fields.indicator, '新增国家高新技术企业');
  assert.equal(edited.fields.unit, t1.fields.unit, 'an edit lost a field it did not touch');

  const confirmed = assertOk(await c.post(`/api/v1/policy-items/${t1.id}/confirm`, {}));
  assert.equal(confirmed.status, 'confirmed');
  assert.ok(confirmed.ledger_item_id);
  assertError(await c.post(`/api/v1/policy-items/${t1.id}/confirm`, {}), 409, 'INVALID_STATE');
  assertError(await c.patch(`/api/v1/policy-items/${t1.id}`, { fields: { value: 1 } }), 409, 'INVALID_STATE');
  assert.equal(assertOk(await c.post(`/api/v1/policy-items/${t2.id}/reject`, {})).status, 'rejected');
  assertError(await c.post(`/api/v1/policy-items/${t2.id}/confirm`, {}), 409, 'INVALID_STATE');
  assertOk(await c.post(`/api/v1/policy-items/${r1.id}/confirm`, {}));
  const standard = assertOk(await c.post(`/api/v1/policy-items/${s1.id}/confirm`, {}));
  assert.equal(standard.ledger_item_id, null, 'a money standard is not a ledger item');

  // A task the reader missed: the officer selects its span.
  const missedText = '完善孵化服务体系';
  const cpStart = [...DOC.slice(0, DOC.indexOf(missedText))].length;
  const cpEnd = cpStart + [...missedText].length;
  assertError(await c.post(`/api/v1/policy-documents/${doc.id}/items`, { kind: 'responsibility', start: cpStart, end: cpEnd, fields: { task: missedText } }),
    400, 'FIELD_MISSING', 'fields.lead');
  assertError(await c.post(`/api/v1/policy-documents/${doc.id}/items`, { kind: 'goal', start: cpStart, end: cpEnd, fields: {} }), 400, 'FIELD_INVALID', 'kind');
  assertError(await c.post(`/api/v1/policy-documents/${doc.id}/items`, { kind: 'responsibility', start: cpEnd, end: cpStart, fields: { task: 'x', lead: ['市科技局'] } }),
    400, 'FIELD_INVALID', 'end');
  const added = assertOk(await c.post(`/api/v1/policy-documents/${doc.id}/items`,
    { kind: 'responsibility', start: cpStart, end: cpEnd, fields: { task: missedText, lead: ['市科技局'], partners: ['市财政局'] } }), 201);
  assert.equal(added.text, missedText);
  assert.equal(added.origin, 'officer');
  assertOk(await c.post(`/api/v1/policy-items/${added.id}/confirm`, {}));

  const inLedger = await ledgerIds(c, doc.id);
  assert.deepEqual(inLedger.sort(), [t1.id, r1.id, added.id].sort());
  const ledger = assertOk(await c.get(`/api/v1/ledger/items?document_id=${doc.id}`)).items;
  const target = ledger.find((i) => i.policy_item_id === t1.id);
  assert.equal(target.kind, 'target');
  assert.equal(target.target_value, '25');
  assert.equal(target.title, '新增国家高新技术企业');
  const task = ledger.find((i) => i.policy_item_id === added.id);
  assert.equal(task.kind, 'task');
  assert.equal(task.lead_unit, '市科技局');
  assert.deepEqual(task.partners, ['市财政局']);
});

test('a target bound to the organisations metric moves when organisations are created and approved', async () => {
  const c = city.clients.cityOfficer;
  const item = await confirmedTarget();
  assertError(await c.patch(`/api/v1/ledger/items/${item.id}`, { metric: { id: 'nope', params: {} } }), 400, 'FIELD_INVALID', 'metric.id');
  assertError(await c.patch(`/api/v1/ledger/items/${item.id}`, { metric: { id: 'orgs_created', params: {} } }), 400, 'FIELD_MISSING', 'metric.params.year');
  assertError(await c.patch(`/api/v1/ledger/items/${item.id}`, { metric: { id: 'orgs_created', params: { year: YEAR, kind: 'alien' } } }),
    400, 'FIELD_INVALID', 'metric.params.kind');
  assertError(await c.patch(`/api/v1/ledger/items/${item.id}`, { progress: '5' }), 400, 'FIELD_UNKNOWN', 'progress');
  const bound = assertOk(await c.patch(`/api/v1/ledger/items/${item.id}`,
    { metric: { id: 'orgs_created', params: { year: YEAR, kind: 'enterprise', region_code: YEXIAN.code } } }));
  assert.equal(bound.progress_source, 'metric');
  const before = Number(bound.progress);
  await createOrg(city.clients.admin, { region: YEXIAN.code });
  await createOrg(city.clients.admin, { region: YEXIAN.code });
  await createOrg(city.clients.admin, { region: BAOFENG.code }); // another county: not counted
  await createOrg(city.clients.admin, { kind: 'university', region: YEXIAN.code }); // another kind: not counted
  const after = assertOk(await c.get(`/api/v1/ledger/items/${item.id}`));
  assert.equal(Number(after.progress), before + 2);
  assertError(await c.post(`/api/v1/ledger/items/${item.id}/reports`, { period: `${YEAR}-Q1`, progress: '3', narrative: '手填' }),
    409, 'INVALID_STATE');

  // Approved organisations: a registration counts only once a bureau approves it.
  const approved = assertOk(await c.patch(`/api/v1/ledger/items/${item.id}`,
    { metric: { id: 'orgs_approved', params: { year: YEAR, kind: 'enterprise', region_code: BAOFENG.code } } }));
  const base = Number(approved.progress);
  const reg = { org: orgBody({ region: BAOFENG.code }), user: { username: uniqueName('reg'), password: strongPassword(), display_name: '注册用户' } };
  const ids = assertOk(await env.client().post('/api/v1/auth/register', reg), 201);
  assert.equal(Number(assertOk(await c.get(`/api/v1/ledger/items/${item.id}`)).progress), base);
  assertOk(await city.clients.baofengOfficer.post(`/api/v1/orgs/${ids.org_id}/approve`, {}));
  const moved = assertOk(await c.get(`/api/v1/ledger/items/${item.id}`));
  assert.equal(Number(moved.progress), base + 1);
  assert.equal(moved.progress_permille, Math.floor(((base + 1) * 1000) / Number(moved.target_value)));
  const metrics = assertOk(await c.get('/api/v1/ledger/metrics')).items.map((m) => m.id);
  assert.ok(metrics.includes('orgs_created') && metrics.includes('orgs_approved'));
});

test('a target bound to contract turnover moves, exactly in 万元, when a contract is registered', async () => {
  const c = city.clients.cityOfficer;
  const item = await confirmedTarget();
  const bound = assertOk(await c.patch(`/api/v1/ledger/items/${item.id}`,
    { target_value: '5000', metric: { id: 'contract_turnover', params: { year: YEAR, region_code: BAOFENG.code } } }));
  const before = bound.progress;
  const filed = await fileContract(city.clients.baofengUser, { total_amount_fen: 1_234_567_00 }); // 1234567元 = 123.4567万元
  assert.equal(assertOk(await c.get(`/api/v1/ledger/items/${item.id}`)).progress, before, 'a pending contract counted');
  assertOk(await city.clients.baofengOfficer.post(`/api/v1/market/contracts/${filed.id}/register`, {}));
  const after = assertOk(await c.get(`/api/v1/ledger/items/${item.id}`));
  // 万元 to four decimals is exact to the yuan.
  const scaled = (s) => Math.round(Number(s ?? 0) * 10000);
  assert.equal(scaled(after.progress) - scaled(before), 1234567);
});

test('the responsible unit reports; the bureau returns and accepts; evidence attaches to the report', async () => {
  const { cityOfficer, baofengOfficer, yexianOfficer } = city.clients;
  const item = await confirmedTarget();
  assertError(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`, { lead_org_id: city.orgs.entBaofeng.id }), 400, 'FIELD_INVALID', 'lead_org_id');
  assertError(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`, { cycle: 'weekly' }), 400, 'FIELD_INVALID', 'cycle');
  assertError(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`, { deadline: `${YEAR}-02-30` }), 400, 'FIELD_INVALID', 'deadline');
  assert.equal(item.start_date, `${YEAR}-01-01`);
  assert.equal(item.end_date, `${YEAR}-12-31`);
  const moved = assertOk(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`, { deadline: `${YEAR}-11-30` }));
  assert.equal(moved.end_date, `${YEAR}-11-30`);
  assert.equal(Date.parse(moved.deadline), Date.UTC(YEAR, 10, 30, 16), 'the last day ends at midnight Beijing time');
  assertOk(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`, { deadline: `${YEAR}-12-31` }));
  const assigned = assertOk(await cityOfficer.patch(`/api/v1/ledger/items/${item.id}`,
    { lead_org_id: city.orgs.baofeng.id, partners: ['市财政局'], cycle: 'quarterly', target_value: '10' }));
  assert.equal(assigned.lead_org_id, city.orgs.baofeng.id);
  assert.equal(assigned.lead_unit, city.orgs.baofeng.name);
  assert.equal(assigned.progress, null);

  // The lead unit (a county bureau) sees the city's item and reports on it, but cannot manage it.
  const listed = assertOk(await baofengOfficer.get('/api/v1/ledger/items?page_size=200')).items.map((i) => i.id);
  assert.ok(listed.includes(item.id));
  assertError(await yexianOfficer.get(`/api/v1/ledger/items/${item.id}`), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.patch(`/api/v1/ledger/items/${item.id}`, { cycle: 'monthly' }), 403, 'FORBIDDEN');
  assertError(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`, { period: `${YEAR}-13`, progress: '1', narrative: 'x' }),
    400, 'FIELD_INVALID', 'period');
  assertError(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`, { period: `${YEAR}-Q1`, progress: '-1', narrative: 'x' }),
    400, 'FIELD_INVALID', 'progress');
  assertError(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`, { period: `${YEAR}-Q1`, narrative: 'x' }),
    400, 'FIELD_MISSING', 'progress');
  const first = assertOk(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`,
    { period: `${YEAR}-Q1`, progress: '4', narrative: '已完成4家企业培育' }), 201);
  assert.equal(first.status, 'submitted');
  assertError(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`, { period: `${YEAR}-Q1`, progress: '5', narrative: 'x' }),
    409, 'INVALID_STATE');

  const evidence = `/api/v1/attachments?record_type=ledger_report&record_id=${first.id}&filename=evidence.pdf`;
  assertOk(await baofengOfficer.post(evidence, minimalPdf('证明材料'), { headers: { 'content-type': 'application/pdf' } }), 201);
  assertError(await yexianOfficer.post(evidence, minimalPdf(), { headers: { 'content-type': 'application/pdf' } }), 404, 'NOT_FOUND');

  assertError(await baofengOfficer.post(`/api/v1/ledger/reports/${first.id}/accept`, {}), 403, 'FORBIDDEN');
  assertError(await cityOfficer.post(`/api/v1/ledger/reports/${first.id}/return`, {}), 400, 'FIELD_MISSING', 'reason');
  const returned = assertOk(await cityOfficer.post(`/api/v1/ledger/reports/${first.id}/return`, { reason: '缺少证明材料' }));
  assert.equal(returned.status, 'returned');
  assert.equal(assertOk(await cityOfficer.get(`/api/v1/ledger/items/${item.id}`)).progress, null, 'a returned report counted');
  assertError(await cityOfficer.post(`/api/v1/ledger/reports/${first.id}/accept`, {}), 409, 'INVALID_STATE');

  const second = assertOk(await baofengOfficer.post(`/api/v1/ledger/items/${item.id}/reports`,
    { period: `${YEAR}-Q1`, progress: '6.5', narrative: '补充材料后重新报送' }), 201);
  assert.equal(assertOk(await cityOfficer.post(`/api/v1/ledger/reports/${second.id}/accept`, {})).status, 'accepted');
  const after = assertOk(await cityOfficer.get(`/api/v1/ledger/items/${item.id}`));
  assert.equal(after.progress, '6.5');
  assert.equal(after.progress_permille, 650);
  assert.deepEqual(after.reports.map((r) => r.status), ['returned', 'accepted']);
});

test('organisation users cannot use the ledger; a county officer sees only the own county', async () => {
  const { baofengUser, yexianAdmin, baofengOfficer, yexianOfficer, cityOfficer } = city.clients;
  const cityDoc = await postDocument(cityOfficer);
  for (const c of [baofengUser, yexianAdmin]) {
    assertError(await c.post('/api/v1/policy-documents', { text: DOC }), 403, 'FORBIDDEN');
    assertError(await c.get('/api/v1/ledger/items'), 403, 'FORBIDDEN');
    assertError(await c.get(`/api/v1/policy-documents/${cityDoc.id}`), 403, 'FORBIDDEN');
    assertError(await c.post(`/api/v1/policy-items/${cityDoc.items[0].id}/confirm`, {}), 403, 'FORBIDDEN');
    assertError(await c.get('/api/v1/ledger/dashboard'), 403, 'FORBIDDEN');
  }
  const countyDoc = await postDocument(yexianOfficer);
  const target = itemsOf(countyDoc, 'target')[0];
  assertError(await baofengOfficer.get(`/api/v1/policy-documents/${countyDoc.id}`), 404, 'NOT_FOUND');
  assertError(await baofengOfficer.post(`/api/v1/policy-items/${target.id}/confirm`, {}), 404, 'NOT_FOUND');
  assertError(await yexianOfficer.get(`/api/v1/policy-documents/${cityDoc.id}`), 404, 'NOT_FOUND');
  const confirmed = assertOk(await yexianOfficer.post(`/api/v1/policy-items/${target.id}/confirm`, {}));
  const baofengSees = assertOk(await baofengOfficer.get('/api/v1/ledger/items?page_size=200')).items.map((i) => i.id);
  assert.ok(!baofengSees.includes(confirmed.ledger_item_id), 'a county officer sees another county\'s item');
  assertError(await baofengOfficer.get(`/api/v1/ledger/items/${confirmed.ledger_item_id}`), 404, 'NOT_FOUND');
  // The city bureau oversees its counties.
  assertOk(await cityOfficer.get(`/api/v1/policy-documents/${countyDoc.id}`));
  assertOk(await cityOfficer.get(`/api/v1/ledger/items/${confirmed.ledger_item_id}`));
  const docs = assertOk(await baofengOfficer.get('/api/v1/policy-documents?page_size=200')).items.map((d) => d.id);
  assert.ok(!docs.includes(countyDoc.id) && !docs.includes(cityDoc.id));
});

test('responsibility matrix and bulletin rank units by completion, as JSON and Excel', async () => {
  const c = city.clients.cityOfficer;
  const unitA = `甲单位${uniqueName('')}`;
  const unitB = `乙单位${uniqueName('')}`;
  const doc = await postDocument(c);
  const [t1, t2] = itemsOf(doc, 'target');
  const [task] = itemsOf(doc, 'responsibility');
  const ids = {};
  for (const [key, item] of Object.entries({ t1, t2, task })) {
    ids[key] = assertOk(await c.post(`/api/v1/policy-items/${item.id}/confirm`, {})).ledger_item_id;
  }
  assertOk(await c.patch(`/api/v1/ledger/items/${ids.t1}`, { lead_unit: unitA, target_value: '3' }));
  assertOk(await c.patch(`/api/v1/ledger/items/${ids.t2}`, { lead_unit: unitB }));
  assertOk(await c.patch(`/api/v1/ledger/items/${ids.task}`, { lead_unit: unitA, partners: [unitB] }));
  const report = assertOk(await c.post(`/api/v1/ledger/items/${ids.t1}/reports`, { period: `${YEAR}-Q1`, progress: '3', narrative: '已完成' }), 201);
  assertOk(await c.post(`/api/v1/ledger/reports/${report.id}/accept`, {}));

  const matrix = assertOk(await c.get('/api/v1/ledger/matrix'));
  assert.ok(matrix.units.includes(unitA) && matrix.units.includes(unitB));
  const taskRow = matrix.rows.find((r) => r.item_id === ids.task);
  assert.deepEqual(taskRow.cells, { [unitA]: 'lead', [unitB]: 'partner' });
  assert.equal(matrix.rows.find((r) => r.item_id === ids.t1).status, 'completed');

  const bulletin = assertOk(await c.get('/api/v1/ledger/bulletin'));
  const a = bulletin.units.find((u) => u.unit === unitA);
  const b = bulletin.units.find((u) => u.unit === unitB);
  assert.equal(a.items, 2);
  assert.equal(a.completed, 1);
  assert.equal(b.completion_permille, 0);
  assert.ok(a.completion_permille > b.completion_permille);
  assert.ok(a.rank < b.rank, 'the unit that reached its target ranks below one with no progress');
  const ranks = bulletin.units.map((u) => u.rank);
  assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y), 'bulletin is not in rank order');

  // Counties are ranked too: an item belongs to the jurisdiction of the bureau that entered it.
  const countyDoc = await postDocument(city.clients.yexianOfficer);
  assertOk(await city.clients.yexianOfficer.post(`/api/v1/policy-items/${itemsOf(countyDoc, 'target')[0].id}/confirm`, {}));
  const regions = assertOk(await c.get('/api/v1/ledger/bulletin')).regions;
  assert.ok(regions.some((r) => r.region === '叶县' && r.items >= 1), JSON.stringify(regions));
  assert.ok(regions.some((r) => r.region === '平顶山市' && r.items >= 3));
  const baofengRegions = assertOk(await city.clients.baofengOfficer.get('/api/v1/ledger/bulletin')).regions;
  assert.ok(!baofengRegions.some((r) => r.region === '叶县'), 'a county sees another county');

  for (const path of ['/api/v1/ledger/bulletin/export', '/api/v1/ledger/matrix/export']) {
    const res = await c.get(path);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /spreadsheetml/);
    assert.equal(res.bytes.subarray(0, 2).toString(), 'PK', 'not an .xlsx (zip) file');
  }
  assertError(await city.clients.baofengUser.get('/api/v1/ledger/bulletin/export'), 403, 'FORBIDDEN');
});

// Kept last: it moves the server clock past the year's end, which ends every session.
test('warnings: overdue quarterly reports and targets at risk, with notifications sent once', async () => {
  const c = city.clients.cityOfficer;
  const doc = await postDocument(c);
  const [task] = itemsOf(doc, 'responsibility');
  const taskItem = assertOk(await c.post(`/api/v1/policy-items/${task.id}/confirm`, {})).ledger_item_id;
  assertOk(await c.patch(`/api/v1/ledger/items/${taskItem}`, { lead_org_id: city.orgs.baofeng.id, cycle: 'quarterly' }));
  const target = itemsOf(doc, 'target')[0];
  const targetItem = assertOk(await c.post(`/api/v1/policy-items/${target.id}/confirm`, {})).ledger_item_id;
  const bound = assertOk(await c.patch(`/api/v1/ledger/items/${targetItem}`, {
    target_value: '100000', metric: { id: 'orgs_created', params: { year: YEAR, kind: 'enterprise' } },
  }));

  // Quarterly reports are due 5 days after the quarter ends (Beijing time).
  const dueOf = (q) => Date.UTC(YEAR, q * 3, 1) - 8 * 3600e3 + 5 * 86400e3;
  const expectedOverdue = (now) => [1, 2, 3, 4].filter((q) => dueOf(q) < now).map((q) => `${YEAR}-Q${q}`);
  const overdueOf = async (client) => assertOk(await client.get('/api/v1/ledger/warnings')).overdue
    .filter((w) => w.item_id === taskItem).map((w) => w.period);
  assert.deepEqual(await overdueOf(c), expectedOverdue(Date.now()));
  const elapsed = Number(bound.elapsed_permille);
  const atRisk = assertOk(await c.get('/api/v1/ledger/warnings')).at_risk.some((w) => w.item_id === targetItem);
  assert.equal(atRisk, elapsed > 0, 'a far-off target is at risk exactly when some of the year has passed');

  // A report for Q1 takes it off the list.
  assertOk(await city.clients.baofengOfficer.post(`/api/v1/ledger/items/${taskItem}/reports`,
    { period: `${YEAR}-Q1`, narrative: '一季度工作已推进' }), 201);
  assert.deepEqual(await overdueOf(c), expectedOverdue(Date.now()).filter((p) => p !== `${YEAR}-Q1`));

  // Notifications go to the lead unit's users, once per warning.
  const sent = assertOk(await c.post('/api/v1/ledger/warnings/notify', {})).sent;
  const inbox = assertOk(await city.clients.baofengOfficer.get('/api/v1/notifications?unread=1&page_size=200'));
  const mine = inbox.items.filter((n) => n.link === `/targets/ledger/${taskItem}`);
  assert.equal(mine.length, (await overdueOf(c)).length);
  assert.ok(sent >= mine.length);
  assert.equal(assertOk(await c.post('/api/v1/ledger/warnings/notify', {})).sent, 0, 'the same warnings were sent twice');
  if (mine.length > 0) {
    assertOk(await city.clients.baofengOfficer.post(`/api/v1/notifications/${mine[0].id}/read`, {}));
    const unread = assertOk(await city.clients.baofengOfficer.get('/api/v1/notifications?unread=1&page_size=200')).unread;
    assert.equal(unread, inbox.unread - 1);
    assertError(await city.clients.yexianOfficer.post(`/api/v1/notifications/${mine[0].id}/read`, {}), 404, 'NOT_FOUND');
  }

  // Past the year's end plus the grace days: every quarter is overdue and the target is past its deadline.
  const seconds = Math.ceil((dueOf(4) - Date.now()) / 1000) + 3600;
  await env.advanceClock(seconds);
  const officer = await loginAs(env, city.accounts.cityOfficer);
  const later = assertOk(await officer.get('/api/v1/ledger/warnings'));
  assert.deepEqual(later.overdue.filter((w) => w.item_id === taskItem).map((w) => w.period).sort(),
    [`${YEAR}-Q2`, `${YEAR}-Q3`, `${YEAR}-Q4`]);
  const risk = later.at_risk.find((w) => w.item_id === targetItem);
  assert.ok(risk, 'a target short of its value after the deadline is not at risk');
  assert.equal(risk.elapsed_permille, 1000);
  const dash = assertOk(await officer.get('/api/v1/ledger/dashboard'));
  assert.equal(dash.totals.overdue_reports, dash.overdue.length);
  assert.ok(dash.totals.at_risk >= 1);
  assert.ok(dash.totals.items >= 2);
  const sentLater = assertOk(await officer.post('/api/v1/ledger/warnings/notify', {})).sent;
  assert.ok(sentLater >= 1, 'the new Q4 warning was not sent');
});
