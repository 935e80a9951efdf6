// Reads each page's JSON-LD the way other systems would, with two independent peers:
//
// 1. jsonld.js 9 (a conforming JSON-LD 1.1 processor) expands the document and turns it into RDF in safe mode, which
//    fails on anything it would have to drop. schema.org's context is not fetched (tests make no network calls):
//    the loader serves the one rule that matters for reading it, that every term is a schema.org name.
// 2. The TypeScript compiler checks the same document against schema-dts, Google's typings of the whole schema.org
//    vocabulary: each "@type" must be a schema.org type, and each property a schema.org property of that type.
//
//   node json-ld.js DOCUMENTS_JSON
//
// DOCUMENTS_JSON is a list of { "name": "...", "json": "<the script's text>" }. Prints
// { "documents": [{ "name", "triples", "types": [...], "properties": [...] }], "problems": [{ "name", "message" }] }.
'use strict'

const fs = require('fs')
const path = require('path')
const jsonld = require('jsonld')
const ts = require('typescript')

const SCHEMA = 'https://schema.org/'

const documentLoader = async url => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`the test loads no context but schema.org's, not ${url}`)
  return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': SCHEMA } } }
}

async function readAsRdf (document) {
  const expanded = await jsonld.expand(document, { documentLoader, safe: true })
  const quads = await jsonld.toRDF(expanded, { safe: true })
  const types = new Set()
  const properties = new Set()
  for (const quad of quads) {
    if (quad.predicate.value.endsWith('-input') || quad.predicate.value.endsWith('-output')) continue // see checkTypes
    if (quad.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type') types.add(quad.object.value)
    else properties.add(quad.predicate.value)
  }
  return { triples: quads.length, types: [...types].sort(), properties: [...properties].sort() }
}

// One TypeScript file holds every document as a constant typed by schema-dts; each diagnostic names its document.
function checkTypes (documents) {
  const folder = fs.mkdtempSync(path.join(require('os').tmpdir(), 'json-ld-'))
  try {
    const lines = ['import type { Graph, Thing, WithContext } from "schema-dts";']
    const starts = [] // the line each document starts on
    documents.forEach((document, i) => {
      const value = JSON.parse(document.json)
      const type = value['@graph'] ? 'Graph' : 'WithContext<Thing>'
      starts.push(lines.length)
      lines.push(...`export const document${i}: ${type} = ${JSON.stringify(value, null, 1)};`.split('\n'))
    })
    const source = lines.join('\n')
    const file = path.join(folder, 'documents.ts')
    fs.writeFileSync(file, source)
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      typeRoots: [],
      baseUrl: path.join(__dirname, '..'),
      paths: { 'schema-dts': [path.join(__dirname, '..', 'node_modules', 'schema-dts')] }
    })
    const problems = []
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')
      if (!diagnostic.file) {
        problems.push({ name: '(compiler)', message })
        continue
      }
      // schema.org's Actions name an input's constraints as "<property>-input" (query-input on a SearchAction);
      // schema-dts types those only through WithActionConstraints, so they are read here as schema.org does.
      if (/'"[a-zA-Z]+-(input|output)"' does not exist in type '[A-Za-z]*ActionLeaf'/.test(message)) continue
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
      let index = 0
      for (let i = 0; i < starts.length; i++) if (line >= starts[i]) index = i
      problems.push({ name: documents[index].name, message: `${message} (at: ${lines[line].trim()})` })
    }
    return problems
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

async function main () {
  const documents = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
  const report = { documents: [], problems: [] }
  for (const document of documents) {
    try {
      report.documents.push({ name: document.name, ...await readAsRdf(JSON.parse(document.json)) })
    } catch (e) {
      report.problems.push({ name: document.name, message: `jsonld.js: ${e.name}: ${e.message}${e.details && e.details.event ? ' ' + JSON.stringify(e.details.event.details) : ''}` })
    }
  }
  report.problems.push(...checkTypes(documents))
  process.stdout.write(JSON.stringify(report))
}

main().catch(e => {
  process.stderr.write(String(e && e.stack ? e.stack : e))
  process.exit(1)
})
