// 首席科技服务员 (issue 3): choosing an officer whose bureau covers the pooled enterprise, and the visit log with
// its form and the technology needs collected (text, field, urgency).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServer } from './lib/harness.mjs';
import { assertError, assertOk } from './lib/client.mjs';
import { buildCity } from './lib/world.mjs';

let city;
useServer({ setup: async (e) => { city = await buildCity(e); } });

const POOL = '/api/v1/cultivation/reserve-pool';

test('the candidates are the active officers whose bureau covers the enterprise', async () => {
  const { baofengOfficer, yexianOfficer, baofengUser } = city.clients;
  const org = city.orgs.entBaofeng.id;
  assertOk(await baofengOfficer.post(POOL, { org_id: org, reason: '拥有发明专利，研发投入高' }), 201);
  const { items } = assertOk(await baofengOfficer.get(`${POOL}/${org}/officer-candidates`));
  const ids = items.map((i) => i.user_id);
  assert.ok(ids.includes(city.accounts.baofengOfficer.user.id));
  assert.ok(ids.includes(city.accounts.cityOfficer.user.id), 'the city bureau covers every county');
  assert.ok(!ids.includes(city.accounts.yexianOfficer.user.id), 'another county does not');
  assert.ok(items.every((i) => i.region_name.length > 0 && i.display_name.length > 0));
  assertError(await yexianOfficer.get(`${POOL}/${org}/officer-candidates`), 404, 'NOT_FOUND');
  assertError(await baofengUser.get(`${POOL}/${org}/officer-candidates`), 403, 'FORBIDDEN');
});

test('the officer logs a visit with its form and the needs collected, each with field and urgency', async () => {
  const { baofengOfficer, cityOfficer } = city.clients;
  const org = city.orgs.entBaofeng.id;
  assertOk(await baofengOfficer.post(`${POOL}/${org}/service-officer`, { user_id: city.accounts.baofengOfficer.user.id }));
  const visit = {
    visited_on: '2026-11-18', form: 'phone', summary: '电话了解新产品研发进度',
    tech_needs: [
      { text: '锂电池极片缺陷视觉检测', field: '电子信息', urgency: 'high' },
      { text: '高校联合实验室合作' },
    ],
  };
  const bad = (patch, field, code = 'FIELD_INVALID') => baofengOfficer.post(`${POOL}/${org}/visits`, { ...visit, ...patch })
    .then((res) => assertError(res, 400, code, field));
  await bad({ form: 'letter' }, 'form');
  await bad({ tech_needs: [{ text: '检测', urgency: 'asap' }] }, 'tech_needs[0].urgency');
  await bad({ tech_needs: [{ field: '电子信息' }] }, 'tech_needs[0].text', 'FIELD_MISSING');
  await bad({ tech_needs: [{ text: '检测', budget: '50' }] }, 'tech_needs[0].budget', 'FIELD_UNKNOWN');
  const created = assertOk(await baofengOfficer.post(`${POOL}/${org}/visits`, visit), 201);
  assert.equal(created.form_name, '电话沟通');
  assertOk(await baofengOfficer.post(`${POOL}/${org}/visits`, { visited_on: '2026-11-20', summary: '上门座谈' }), 201);

  const { items } = assertOk(await cityOfficer.get(`${POOL}/${org}/visits`));
  assert.deepEqual(items.map((v) => v.visited_on), ['2026-11-20', '2026-11-18'], 'newest first');
  assert.equal(items[0].form, 'on_site');
  assert.deepEqual(items[0].tech_needs, []);
  const needs = items[1].tech_needs;
  assert.deepEqual(needs.map((n) => [n.text, n.field, n.urgency]),
    [['锂电池极片缺陷视觉检测', '电子信息', 'high'], ['高校联合实验室合作', '', 'normal']]);
  assert.deepEqual(needs.map((n) => n.urgency_name), ['紧急', '一般']);
});
