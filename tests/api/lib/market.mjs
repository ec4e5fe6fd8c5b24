// Builders for technology-market tests: contract filings (技术合同认定登记).
import { creditCode } from './codes.mjs';
import { assertOk } from './client.mjs';
import { uniqueName } from './world.mjs';

/** A valid filing body; `overrides` replace top-level fields (undefined removes one). */
export function contractBody({ buyerRegion = '410422', ...overrides } = {}) {
  const body = {
    title: `低温储能材料技术开发${uniqueName('')}`,
    category: 'development',
    sub_type: 'entrusted',
    ip_kind: 'patent',
    hightech_field_code: '10101',
    signed_on: '2026-10-08',
    valid_from: '2026-10-08',
    valid_until: '2027-10-07',
    buyer: { name: `买方企业${uniqueName('')}`, credit_code: creditCode(buyerRegion), region_code: buyerRegion },
    total_amount_fen: 1_000_000_00,
    non_technical_costs: [{ kind: 'equipment', description: '购置试验设备', amount_fen: 150_000_00 }],
    ...overrides,
  };
  for (const [k, v] of Object.entries(body)) if (v === undefined) delete body[k];
  return body;
}

/** Files a contract as `client` (a seller organisation's user) and returns it. */
export async function fileContract(client, options) {
  return assertOk(await client.post('/api/v1/market/contracts', contractBody(options)), 201);
}

/** A valid demand (技术需求) or achievement (科技成果) submission; `overrides` replace fields. */
export function listingBody(kind, overrides = {}) {
  const contact = { contact_name: '王联系', contact_phone: '13800138000' };
  const common = { hightech_field_code: '10101', region_code: '410421', ...contact };
  const body = kind === 'demands'
    ? { title: `帘子布生产线视觉检测技术需求${uniqueName('')}`, description: '需要在线检测帘子布表面缺陷的机器视觉系统。',
      cooperation_mode: 'entrusted_dev', ...common }
    : { title: `新型固态储能电池隔膜材料${uniqueName('')}`, abstract: '一种耐高温的陶瓷涂覆隔膜，提高锂电池安全性。',
      keywords: '储能 隔膜', transfer_mode: 'license', maturity: 'intermediate', ...common };
  return { ...body, ...overrides };
}

/** Submits a listing as `submitter` and has `reviewer` (a bureau user over its organisation) publish it. */
export async function publishListing(submitter, reviewer, kind, overrides) {
  const item = assertOk(await submitter.post(`/api/v1/market/${kind}`, listingBody(kind, overrides)), 201);
  return assertOk(await reviewer.post(`/api/v1/market/${kind}/${item.id}/approve`, {}));
}
