// Runs queries of every kind through a split index, with the search page's own code
// (themes/default/assets/search.js), and through the whole lunr.js index built from the same
// documents, and reports every difference in refs, order, scores or match data.
//
//   node split-equivalence.js VOCABULARY.json WHOLE_INDEX.json STORE.json SEARCH_JS [QUERY_COUNT] [SEED]
//
// VOCABULARY.json is the split index's vocabulary (its shards are read from the same folder),
// WHOLE_INDEX.json lunr.js's own index, STORE.json the single-file result store (ref → entry), or
// "split" to join the split index's own store files into it.
// Each query is compared twice:
//   lunr: lunr's query syntax as it is: whole.search(q) against the split index's lunr.Index;
//   page: the page's search (exact + prefix + one typo, exact title first; lunr syntax as it is).
// Prints {"queries", "comparisons", "withResults", "kinds", "mismatches", "mismatchCount",
// "postingBytes": {"median", "max"}}: the latter the uncompressed shard bytes a lunr-form query needs.
'use strict'

const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

const [vocabularyPath, wholePath, storePath, searchScript, countText, seedText] = process.argv.slice(2)
if (!searchScript) {
  console.error('usage: node split-equivalence.js VOCABULARY.json WHOLE_INDEX.json STORE.json SEARCH_JS [QUERY_COUNT] [SEED]')
  process.exit(2)
}

const page = require(path.resolve(searchScript))
const folder = path.dirname(vocabularyPath)
const vocabulary = JSON.parse(fs.readFileSync(vocabularyPath, 'utf8'))
const whole = lunr.Index.load(JSON.parse(fs.readFileSync(wholePath, 'utf8')))
const store = storePath === 'split'
  ? Object.assign({}, ...vocabulary.store.map(name => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'))))
  : JSON.parse(fs.readFileSync(storePath, 'utf8'))
const perKind = Math.max(1, Math.round(Number(countText || 400) / 20))

const split = new page.SplitIndex(lunr, vocabulary, function (name) {
  return Promise.resolve(JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')))
})
// The files a query asks for, fetched or already in memory, to report what a query costs uncached.
let requested = new Set()
split.file = function (name) {
  requested.add(name)
  return page.SplitIndex.prototype.file.call(this, name)
}
const fileBytes = name => fs.statSync(path.join(folder, name)).size

// A small deterministic generator (mulberry32), so a seed always gives the same queries.
let state = Number(seedText || 1) >>> 0
function random () {
  state = (state + 0x6D2B79F5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
function pick (list) { return list[Math.floor(random() * list.length)] }

// Words as readers type them, from the titles and summaries, and index terms by how common they are.
const entries = Object.keys(store).map(ref => store[ref])
const words = []
entries.forEach(entry => (entry.title + ' ' + entry.summary).toLowerCase().split(/[^a-z]+/).forEach(w => { if (w.length >= 3) words.push(w) }))
const frequency = whole.invertedIndex
const terms = Object.keys(frequency).filter(t => /^[a-z]+$/.test(t))
const documentCount = term => whole.fields.reduce((n, f) => n + Object.keys(frequency[term][f]).length, 0)
const byFrequency = terms.slice().sort((a, b) => documentCount(b) - documentCount(a) || (a < b ? -1 : 1))
const common = byFrequency.slice(0, 40)
const rare = byFrequency.slice(-Math.max(40, Math.floor(byFrequency.length / 4)))
const fields = whole.fields

function typo (word) {
  const i = Math.floor(random() * word.length)
  switch (Math.floor(random() * 4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1)
    case 1: return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word + 'e'
    case 2: return word.slice(0, i) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] + word.slice(i + 1)
    default: return word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i)
  }
}

const kinds = {
  'word': () => pick(words),
  'common word': () => pick(common),
  'rare word': () => pick(rare),
  'several words': () => [pick(words), pick(words), pick(words)].slice(0, 2 + Math.floor(random() * 2)).join(' '),
  'exact title': () => pick(entries).title,
  'typed prefix': () => { const w = pick(words); return w.slice(0, 2 + Math.floor(random() * (w.length - 1))) },
  'typo': () => typo(pick(words.filter(w => w.length >= 5))),
  'typo in several words': () => pick(words) + ' ' + typo(pick(words.filter(w => w.length >= 5))),
  '+required': () => '+' + pick(words) + ' +' + pick(common),
  '-prohibited': () => pick(common) + ' -' + pick(words),
  'only -prohibited': () => '-' + pick(common),
  '+ and -': () => '+' + pick(common) + ' -' + pick(rare) + ' ' + pick(words),
  'field:': () => pick(fields) + ':' + pick(words),
  'fields and words': () => 'title:' + pick(words) + ' ' + pick(fields) + ':' + pick(common) + ' ' + pick(words),
  'pre*': () => { const w = pick(words); return w.slice(0, 2 + Math.floor(random() * 3)) + '*' },
  '*suffix and in*ner': () => { const w = pick(terms); return random() < 0.5 ? '*' + w.slice(-3) : w.slice(0, 2) + '*' + w.slice(-2) },
  'term~1': () => typo(pick(words)) + '~1',
  'term~2 and boosts': () => pick(words) + '~2 ' + pick(words) + '^5',
  'field: with wildcard and fuzz': () => 'title:' + pick(words).slice(0, 3) + '* tags:' + pick(words) + '~1',
  'nothing to find': () => pick(['zzzxqv', 'the and of', 'title:', '~', '+', '"quoted words"', pick(words) + ' zzzxqv', '-zzzxqv', '*', 'ÿ ü', '    '])
}

function outcome (results) {
  return results.map(r => ({ ref: r.ref, score: r.score, metadata: JSON.stringify(r.matchData.metadata) }))
}

function difference (a, b) {
  if (a.error || b.error) return a.error === b.error ? null : 'errors ' + a.error + ' | ' + b.error
  if (a.length !== b.length) return a.length + ' results against ' + b.length
  for (let i = 0; i < a.length; i++) {
    if (a[i].ref !== b[i].ref) return 'result ' + i + ' is ' + a[i].ref + ' against ' + b[i].ref
    if (!Object.is(a[i].score, b[i].score)) return 'result ' + i + ' (' + a[i].ref + ') scores ' + a[i].score + ' against ' + b[i].score
    if (a[i].metadata !== b[i].metadata) return 'result ' + i + ' (' + a[i].ref + ') matched ' + a[i].metadata + ' against ' + b[i].metadata
  }
  return null
}

function attempt (run) {
  try { return Promise.resolve(run()).then(outcome, e => ({ error: e.name })) } catch (e) { return Promise.resolve({ error: e.name }) }
}

async function main () {
  const queries = []
  for (const kind of Object.keys(kinds)) {
    for (let i = 0; i < perKind; i++) queries.push({ kind, text: kinds[kind]() })
  }
  const mismatches = []
  const counts = {}
  const bytes = []
  let comparisons = 0
  let answered = 0
  for (const query of queries) {
    counts[query.kind] = (counts[query.kind] || 0) + 1
    const parse = q => new lunr.QueryParser(query.text, q).parse()

    const lunrWhole = await attempt(() => whole.search(query.text))
    requested = new Set()
    const lunrSplit = await attempt(() => split.indexFor(parse).then(index => index.search(query.text)))
    bytes.push([...requested].reduce((sum, name) => sum + fileBytes(name), 0))
    const pageWhole = await attempt(() => page.search(lunr, whole, query.text, store))
    const pageSplit = await attempt(() => page.searchSplit(lunr, split, query.text))
    for (const [form, a, b] of [['lunr', lunrWhole, lunrSplit], ['page', pageWhole, pageSplit]]) {
      comparisons++
      const why = difference(a, b)
      if (why) mismatches.push({ kind: query.kind, form, query: query.text, why })
      if (!a.error && a.length > 0) answered++
    }
  }
  bytes.sort((a, b) => a - b)
  process.stdout.write(JSON.stringify({
    queries: queries.length,
    comparisons,
    withResults: answered,
    kinds: counts,
    mismatches: mismatches.slice(0, 20),
    mismatchCount: mismatches.length,
    postingBytes: { median: bytes[Math.floor(bytes.length / 2)], max: bytes[bytes.length - 1] }
  }))
}

main().catch(e => { console.error(e); process.exit(1) })
