// For every topic in a built site, searches its title with the search page's own code
// (themes/default/assets/search.js) and reports where the topic ranks.
//
//   node title-search.js SITE_FOLDER SEARCH_JS
'use strict'

const fs = require('fs')
const path = require('path')
const lunr = require('lunr')

const [site, searchScript] = process.argv.slice(2)
const page = require(path.resolve(searchScript))
const index = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(site, 'search', 'index.json'), 'utf8')))
const store = JSON.parse(fs.readFileSync(path.join(site, 'search', 'store.json'), 'utf8'))

const misses = []
let topics = 0
for (const [ref, entry] of Object.entries(store)) {
  if (!entry.risk) continue // pages are not topics
  topics++
  const refs = page.search(lunr, index, entry.title, store).map(r => r.ref)
  const rank = refs.indexOf(ref) + 1
  if (rank === 0 || rank > 3) misses.push({ title: entry.title, rank, top: refs.slice(0, 3).map(r => store[r].title) })
}
process.stdout.write(JSON.stringify({ topics, found: topics - misses.length, misses }))
