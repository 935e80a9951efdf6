// Runs the reader-query set through Pagefind 1.6, the peer: its Node API indexes the same documents
// the lunr index holds (each store entry's built page, as Pagefind reads any HTML page), and its own
// search script (pagefind.js, with its WebAssembly) answers each query under Node, its files read
// from disk. Prints the report as JSON, and rates for people on stderr.
//
//   node pagefind-queries.js SITE_FOLDER QUERIES_FOLDER WORK_FOLDER [--show tuning,held-out]
'use strict'

const fs = require('fs')
const path = require('path')
const { pathToFileURL, fileURLToPath } = require('url')
const set = require('./reader-query-set')

async function main () {
  const args = process.argv.slice(2)
  const [site, queriesFolder, work] = args
  const store = JSON.parse(fs.readFileSync(path.join(site, 'search', 'store.json'), 'utf8'))
  const bundle = path.resolve(work, 'pagefind')

  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({})
  if (errors.length) throw new Error(errors.join('\n'))
  for (const entry of Object.values(store)) {
    const content = fs.readFileSync(path.join(site, entry.url, 'index.html'), 'utf8')
    const added = await index.addHTMLFile({ url: entry.url, content })
    if (added.errors.length) throw new Error(entry.url + ': ' + added.errors.join('\n'))
  }
  const written = await index.writeFiles({ outputPath: bundle })
  if (written.errors.length) throw new Error(written.errors.join('\n'))
  await pagefind.close()

  // pagefind.js fetches its WebAssembly and index chunks beside itself; here they are files.
  const webFetch = globalThis.fetch
  globalThis.fetch = async (url, options) => {
    const address = new URL(String(url))
    if (address.protocol !== 'file:') return webFetch(url, options)
    return new Response(fs.readFileSync(fileURLToPath(address)))
  }
  const search = await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href)
  await search.options({ basePath: pathToFileURL(bundle).href + '/', baseUrl: '/' })
  await search.init()

  const rank = async text => {
    const found = await search.search(text)
    const data = await Promise.all(found.results.slice(0, 3).map(result => result.data()))
    return data.map(result => result.url)
  }
  const report = await set.score(set.load(queriesFolder), rank, set.shownParts(args))
  process.stderr.write(set.describe(report, 'Pagefind') + '\n')
  process.stdout.write(JSON.stringify(report))
}

main().catch(error => { process.stderr.write(String(error && error.stack || error) + '\n'); process.exit(1) })
