// Runs the reader-query set through the search page's own code (themes/default/assets/search.js)
// on a built site's single index, and through its split-index path when a split site is given too,
// which must rank every query the same. Prints the report as JSON, and rates for people on stderr.
//
//   node reader-queries.js SITE_FOLDER SEARCH_JS QUERIES_FOLDER [--split SPLIT_SITE_FOLDER] [--show tuning,held-out]
'use strict'

const fs = require('fs')
const path = require('path')
const lunr = require('lunr')
const set = require('./reader-query-set')

async function main () {
  const args = process.argv.slice(2)
  const [site, searchScript, queriesFolder] = args
  const page = require(path.resolve(searchScript))
  const index = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(site, 'search', 'index.json'), 'utf8')))
  const store = JSON.parse(fs.readFileSync(path.join(site, 'search', 'store.json'), 'utf8'))
  const parts = set.load(queriesFolder)

  const rank = text => page.search(lunr, index, text, store).map(result => store[result.ref].url)
  const shown = set.shownParts(args)
  const report = await set.score(parts, async text => rank(text), shown)

  const splitAt = args.indexOf('--split')
  if (splitAt >= 0) {
    const split = await splitSearch(page, args[splitAt + 1])
    // How many queries the split index ranks otherwise, and which, for the parts shown only.
    report.splitDifferences = 0
    report.splitDifferencesShown = []
    for (const [name, entries] of Object.entries(parts)) {
      for (const { query } of entries) {
        const single = rank(query)
        const fromSplit = await split(query)
        if (JSON.stringify(single) === JSON.stringify(fromSplit)) continue
        report.splitDifferences++
        if (shown.includes(name)) report.splitDifferencesShown.push({ query, single: single.slice(0, 5), split: fromSplit.slice(0, 5) })
      }
    }
  }

  process.stderr.write(set.describe(report, 'HealthLibrary') + '\n')
  process.stdout.write(JSON.stringify(report))
}

/** The page's split-index search on a site built with split: always, reading its files from disk. */
async function splitSearch (page, site) {
  const html = fs.readFileSync(path.join(site, 'search', 'index.html'), 'utf8')
  const vocabularyUrl = /data-split-url="([^"]+)"/.exec(html)[1]
  const read = url => Promise.resolve(JSON.parse(fs.readFileSync(path.join(site, url), 'utf8')))
  const folder = path.posix.dirname(vocabularyUrl)
  const vocabulary = await read(vocabularyUrl)
  const split = new page.SplitIndex(lunr, vocabulary, name => read(path.posix.join(folder, name)))
  return async text => {
    const results = await page.searchSplit(lunr, split, text)
    const entries = await split.entries(results.map(result => result.ref))
    return results.map(result => entries[result.ref].url)
  }
}

main().catch(error => { process.stderr.write(String(error && error.stack || error) + '\n'); process.exit(1) })
