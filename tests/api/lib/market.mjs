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
