// Unified social credit codes (统一社会信用代码) for test data.
// GB 32100-2015: 18 characters = registration authority (1) + organisation type (1) + region code (6)
// + organisation code per GB 11714-1997 (8 body characters + its check character) + check character.
import { randomInt } from 'node:crypto';

const GB32100_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function gb11714CheckChar(body8) {
  const sum = [...body8].reduce((s, ch, i) => s + parseInt(ch, 36) * GB11714_WEIGHTS[i], 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function gb32100CheckChar(first17) {
  const sum = [...first17].reduce((s, ch, i) => s + GB32100_CHARS.indexOf(ch) * GB32100_WEIGHTS[i], 0);
  return GB32100_CHARS[(31 - (sum % 31)) % 31];
}

// Registration authority + organisation type per kind: 91 enterprise (工商·企业), 12 public institution
// (机构编制·事业单位), 11 government organ (机构编制·机关).
const PREFIX_BY_KIND = {
  enterprise: '91', service_provider: '91', university: '12', institute: '12', city_bureau: '11', county_bureau: '11',
};

/** A valid, random credit code for an organisation of `kind` registered in `regionCode`. */
export function creditCode(regionCode, kind = 'enterprise') {
  const body = String(randomInt(10_000_000, 100_000_000));
  const first17 = PREFIX_BY_KIND[kind] + regionCode + body + gb11714CheckChar(body);
  return first17 + gb32100CheckChar(first17);
}

/** The same code with a wrong (but well-formed) check character. */
export function withBadCheckChar(code) {
  const good = code[17];
  const bad = GB32100_CHARS[(GB32100_CHARS.indexOf(good) + 1) % GB32100_CHARS.length];
  return code.slice(0, 17) + bad;
}
