// Writes a gzip -9 copy (name.gz) beside every text asset in the build output.
// The C++ server serves these precompressed files to clients that accept gzip,
// so it never has to compress at request time.
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs'
import { join, extname } from 'node:path'
import { gzipSync, constants } from 'node:zlib'

const COMPRESSIBLE = new Set(['.js', '.css', '.html', '.svg'])

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(path)
    else yield path
  }
}

function precompress(root) {
  let count = 0
  let before = 0
  let after = 0
  for (const file of filesUnder(root)) {
    if (!COMPRESSIBLE.has(extname(file))) continue
    const data = readFileSync(file)
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION })
    writeFileSync(`${file}.gz`, gz)
    count += 1
    before += data.length
    after += gz.length
  }
  return { count, before, after }
}

const root = process.argv[2] ?? 'dist'
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`precompress: no directory ${root}`)
  process.exit(1)
}
const { count, before, after } = precompress(root)
console.log(`precompress: ${count} files, ${(before / 1024).toFixed(1)} KiB -> ${(after / 1024).toFixed(1)} KiB gzip`)
