// The reader-query set (tests/reader-queries/*.json) and how a search engine is scored on it: a
// query is a hit at k when one of the topics that answer it is among the first k results.
'use strict'

const fs = require('fs')
const path = require('path')

/** The parts of the set, each a list of { query, kind, answers }, by name ("tuning", "held-out"). */
function load (folder) {
  const parts = {}
  for (const name of ['tuning', 'held-out']) {
    parts[name] = JSON.parse(fs.readFileSync(path.join(folder, name + '.json'), 'utf8')).queries
  }
  return parts
}

/**
 * Runs every query through rank(text), which resolves to the result addresses in order, and counts
 * top-1 and top-3 hits per part and overall. Misses are listed only for the parts in show, so that
 * a run while tuning never shows how the held-out queries fare, only how many hit.
 */
async function score (parts, rank, show) {
  const report = { parts: {}, overall: { queries: 0, top1: 0, top3: 0 } }
  for (const [name, queries] of Object.entries(parts)) {
    const part = { queries: queries.length, top1: 0, top3: 0 }
    const misses = []
    for (const entry of queries) {
      const urls = await rank(entry.query)
      const at = urls.findIndex(url => entry.answers.includes(url)) + 1
      if (at === 1) part.top1++
      if (at >= 1 && at <= 3) part.top3++
      else misses.push({ query: entry.query, kind: entry.kind, answers: entry.answers, rank: at, top: urls.slice(0, 3) })
    }
    if (show.includes(name)) part.misses = misses
    report.parts[name] = part
    report.overall.queries += part.queries
    report.overall.top1 += part.top1
    report.overall.top3 += part.top3
  }
  return report
}

/** "tuning: top-1 80/105 (76.2%), top-3 ..." lines for people. */
function describe (report, engine) {
  const rate = (hits, of) => `${hits}/${of} (${(100 * hits / of).toFixed(1)}%)`
  const lines = []
  for (const [name, part] of [...Object.entries(report.parts), ['overall', report.overall]]) {
    lines.push(`${engine} ${name}: top-1 ${rate(part.top1, part.queries)}, top-3 ${rate(part.top3, part.queries)}`)
    for (const miss of part.misses || []) {
      lines.push(`  miss: "${miss.query}" (${miss.kind}) at ${miss.rank || 'none'}; wanted ${miss.answers.join(' or ')}; got ${miss.top.join(', ')}`)
    }
  }
  return lines.join('\n')
}

/** --show tuning,held-out (default: tuning only; never the held-out part unless asked). */
function shownParts (args) {
  const at = args.indexOf('--show')
  return at >= 0 ? args[at + 1].split(',') : ['tuning']
}

module.exports = { load, score, describe, shownParts }
