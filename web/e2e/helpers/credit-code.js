// Valid, random unified social credit codes for test organisations. The check characters are computed
// by the product's own implementation of GB 32100-2015 and GB 11714 (src/shared/credit-code.js).
import { randomInt } from 'node:crypto'
import { creditCodeCheckChar, orgCodeCheckChar } from '../../src/shared/credit-code.js'

// GB 32100-2015 table 1: registration authority 9 = 工商 (market regulation), category 1 = 企业.
const ENTERPRISE_PREFIX = '91'

/** An enterprise credit code registered in the 6-digit region `regionCode`. */
export function randomCreditCode(regionCode) {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`region code must have 6 digits: ${regionCode}`)
  const orgBody = String(randomInt(10_000_000, 100_000_000))
  const first17 = `${ENTERPRISE_PREFIX}${regionCode}${orgBody}${orgCodeCheckChar(orgBody)}`
  return first17 + creditCodeCheckChar(first17)
}
