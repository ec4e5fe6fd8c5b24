// Chooses a region for test organisations through the reference API and returns its path
// (province → city → county) with names, as the region cascader shows them.
import { REGION_CODE } from './env.js'

// The divisions hierarchy has three levels; the API names them province/city/county.
const DEPTH = 3
const isCounty = (region) => region.level === 'county' || Number(region.level) >= DEPTH

async function children(api, parent) {
  const query = parent ? `?parent=${encodeURIComponent(parent.code)}` : ''
  return (await api.get(`/ref/regions${query}`)).items ?? []
}

/** Follows `code` down from the top level, then the first child until the county level. */
export async function regionPath(api, code) {
  const path = []
  let options = await children(api, null)
  while (options.length && path.length < DEPTH) {
    // A region is inside an option when the option's code, without its trailing zero pairs, prefixes it.
    const inside = options.find((o) => code && (o.code === code || code.startsWith(o.code.replace(/(00)+$/, ''))))
    const next = inside ?? options[0]
    path.push(next)
    if (isCounty(next)) break
    options = await children(api, next)
  }
  if (!path.length) throw new Error('GET /ref/regions returned no regions')
  return path
}

/** The region to use: KC_REGION_CODE, else the admin's own region (the city's data scope), else any. */
export async function testRegionPath(adminApi) {
  const me = await adminApi.get('/auth/me')
  return regionPath(adminApi, REGION_CODE || me.user?.region_code || '')
}
