// Loads serialized indexes with lunr.Index.load and runs the same queries on each.
//
//   node query.js QUERIES.json INDEX.json [INDEX.json ...]
//
// QUERIES.json: {"queries": ["ketamine", "title:ket*", ...], "matchData": false}
// Prints one JSON array per index, one element per query:
//   {"results": [{"ref": "...", "score": 1.2345678901234567, "metadata": {...}?}, ...]}
//   or {"error": "QueryParseError: ..."} when lunr cannot parse the query.
// Scores are JSON numbers, which JSON.stringify prints with full round-trip precision.
'use strict'

const fs = require('fs')
const lunr = require('lunr')

const [queriesPath, ...indexPaths] = process.argv.slice(2)
if (!queriesPath || indexPaths.length === 0) {
  console.error('usage: node query.js QUERIES.json INDEX.json [INDEX.json ...]')
  process.exit(2)
}

const spec = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))
const out = indexPaths.map(function (path) {
  const idx = lunr.Index.load(JSON.parse(fs.readFileSync(path, 'utf8')))
  return spec.queries.map(function (query) {
    try {
      return {
        results: idx.search(query).map(function (r) {
          const result = { ref: r.ref, score: r.score }
          if (spec.matchData) {
            result.metadata = r.matchData.metadata
          }
          return result
        })
      }
    } catch (e) {
      if (e instanceof lunr.QueryParseError) {
        return { error: e.name + ': ' + e.message }
      }
      throw e
    }
  })
})
process.stdout.write(JSON.stringify(out))
