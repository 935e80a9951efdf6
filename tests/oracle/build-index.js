// Builds lunr.js's own index from a search-documents file and writes JSON.stringify(idx).
//
//   node build-index.js DOCUMENTS.json [OUT.json]
//
// DOCUMENTS.json: {"ref": "id", "fields": [{"name": "title", "boost": 10}, {"name": "body"}],
//   "metadataWhitelist": ["position"] (optional), "stemmer": false (optional, default true),
//   "documentBoosts": {"<ref>": 2} (optional), "documents": [{"id": "...", ...}, ...]}
// Without OUT.json the index goes to stdout. Prints the build time to stderr.
'use strict'

const fs = require('fs')
const lunr = require('lunr')

const [input, output] = process.argv.slice(2)
if (!input) {
  console.error('usage: node build-index.js DOCUMENTS.json [OUT.json]')
  process.exit(2)
}

const spec = JSON.parse(fs.readFileSync(input, 'utf8'))
const boosts = spec.documentBoosts || {}

const started = process.hrtime.bigint()
const idx = lunr(function () {
  this.ref(spec.ref)
  for (const field of spec.fields) {
    this.field(field.name, field.boost === undefined ? undefined : { boost: field.boost })
  }
  if (spec.metadataWhitelist) {
    this.metadataWhitelist = spec.metadataWhitelist
  }
  if (spec.stemmer === false) {
    this.pipeline.remove(lunr.stemmer)
    this.searchPipeline.remove(lunr.stemmer)
  }
  for (const doc of spec.documents) {
    const ref = doc[spec.ref]
    this.add(doc, Object.prototype.hasOwnProperty.call(boosts, ref) ? { boost: boosts[ref] } : undefined)
  }
})
const json = JSON.stringify(idx)
const elapsed = Number(process.hrtime.bigint() - started) / 1e6

if (output) {
  fs.writeFileSync(output, json)
} else {
  process.stdout.write(json)
}
console.error(`lunr.js built ${spec.documents.length} documents in ${elapsed.toFixed(0)} ms (build + JSON.stringify)`)
