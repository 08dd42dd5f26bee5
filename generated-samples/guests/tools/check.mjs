// Dev check, run by ../build.sh when it rebuilds js-text: transpiles the JavaScript component with
// jco and calls it from node, as a second opinion while Weft cannot run it yet (see the README).
// The component uses extended-const, so node needs --experimental-wasm-extended-const (v20).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';
import { jco } from './jco.mjs';

const [wasm] = process.argv.slice(2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-samples-'));
fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
const { files } = await jco.transpile(fs.readFileSync(wasm), { name: 'text', noTypescript: true, quiet: true });
for (const [f, bytes] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
  fs.writeFileSync(path.join(dir, f), bytes);
}
const { text } = await import(pathToFileURL(path.join(dir, 'text.js')).href);
let failed = 0;
function eq(what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected)) { failed++; console.log(`FAILED ${what}: ${JSON.stringify(actual)}`); }
}
function err(what, fn, expected) {
  try { fn(); failed++; console.log(`FAILED ${what}: no error`); } catch (e) { eq(what, e.payload, expected); }
}
eq('analyze("")', text.analyze(''), { characters: 0, words: 0, lines: 0, sentences: 0 });
eq('analyze(lines)', text.analyze('one\ntwo\r\nthree'), { characters: 14, words: 3, lines: 3, sentences: 1 });
eq('analyze(unicode)', text.analyze('héllo wörld 👋'), { characters: 13, words: 2, lines: 1, sentences: 1 });
eq('topWords', text.topWords('b a c b a a', 10), [{ word: 'a', count: 3 }, { word: 'b', count: 2 }, { word: 'c', count: 1 }]);
eq('slugify', text.slugify('Crème brûlée — a recipe (2026 edition)'), 'creme-brulee-a-recipe-2026-edition');
eq('wrap', text.wrap('the quick brown fox jumps over the lazy dog', 10), ['the quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
err('wrap(0)', () => text.wrap('abc', 0), 'width must be at least 1');
const index = new text.Index();
index.add('fruit', 'apples and pears, apples and plums');
index.add('veg', 'carrots and peas');
index.add('pie', 'apple pie needs apples');
eq('search', index.search('apples'), ['fruit', 'pie']);
eq('size', index.size(), 3);
fs.rmSync(dir, { recursive: true, force: true });
console.log(failed ? `js-text: ${failed} checks failed` : 'js-text: node check ok');
process.exit(failed ? 1 : 0);
