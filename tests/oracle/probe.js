// Runs lunr's text functions and the JavaScript built-ins our C# port imitates, for tests
// that compare the two on many inputs in one Node process.
//
//   node probe.js REQUEST.json
//
// REQUEST.json has any of these keys, each a list of inputs; the output has the same keys:
//   stem: strings -> lunr.stemmer           trim: strings -> lunr.trimmer
//   stopWord: strings -> dropped by lunr.stopWordFilter (true/false)
//   tokenize: strings -> lunr.tokenizer tokens [{str, position, index}]
//   lower: strings -> String.prototype.toLowerCase
//   lowerCodePoints: [from, to] ranges -> [[codePoint, lowercase], ...] where it changes
//   separators: [from, to] UTF-16 ranges -> code units matching lunr.tokenizer.separator
//   log: numbers -> Math.log(x)             round: numbers -> Math.round(x * 1000) / 1000
//   numberToString: numbers -> String(x)
//   (numbers in and out of log, round and numberToString are IEEE bits, "0x" and 16 hex
//   digits, so no digit is lost on the way)
//   objectKeys: lists of keys -> Object.keys order of an object made by inserting them
'use strict'

const fs = require('fs')
const lunr = require('lunr')

const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const buffer = new DataView(new ArrayBuffer(8))
const bits = function (x) {
  buffer.setFloat64(0, x)
  return '0x' + buffer.getBigUint64(0).toString(16).padStart(16, '0')
}
const fromBits = function (s) {
  buffer.setBigUint64(0, BigInt(s))
  return buffer.getFloat64(0)
}
const token = function (s) { return new lunr.Token(s, {}) }

const handlers = {
  stem: (s) => lunr.stemmer(token(s)).toString(),
  trim: (s) => lunr.trimmer(token(s)).toString(),
  stopWord: (s) => lunr.stopWordFilter(token(s)) === undefined,
  tokenize: (s) => lunr.tokenizer(s).map((t) => ({ str: t.str, position: t.metadata.position, index: t.metadata.index })),
  lower: (s) => s.toLowerCase(),
  lowerCodePoints: function ([from, to]) {
    const changed = []
    for (let cp = from; cp <= to; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const s = String.fromCodePoint(cp)
      const lower = s.toLowerCase()
      if (lower !== s) changed.push([cp, lower])
    }
    return changed
  },
  separators: function ([from, to]) {
    const found = []
    for (let u = from; u <= to; u++) {
      if (String.fromCharCode(u).match(lunr.tokenizer.separator)) found.push(u)
    }
    return found
  },
  log: (x) => bits(Math.log(fromBits(x))),
  round: (x) => bits(Math.round(fromBits(x) * 1000) / 1000),
  numberToString: (x) => String(fromBits(x)),
  objectKeys: function (keys) {
    const o = Object.create(null)
    for (const k of keys) o[k] = true
    return Object.keys(o)
  }
}

const response = {}
for (const key of Object.keys(request)) {
  if (!handlers[key]) throw new Error('unknown probe: ' + key)
  response[key] = request[key].map(handlers[key])
}
process.stdout.write(JSON.stringify(response))
