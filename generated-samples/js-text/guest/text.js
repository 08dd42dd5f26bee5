// sample:text/text in JavaScript, componentized with jco (StarlingMonkey).
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function words(s) {
  return (s.match(WORD) || []).map((w) => w.toLowerCase());
}

function analyze(s) {
  return {
    characters: [...s].length,
    words: words(s).length,
    lines: s.length === 0 ? 0 : s.split(/\r\n|\n|\r/).length,
    sentences: (s.match(/[^.!?]*[\p{L}\p{N}][^.!?]*(?:[.!?]+|$)/gu) || []).length,
  };
}

function topWords(s, n) {
  const counts = new Map();
  for (const w of words(s)) counts.set(w, (counts.get(w) || 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([word, count]) => ({ word, count }));
}

function slugify(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

function wrap(s, width) {
  if (width === 0) throw 'width must be at least 1';
  const lines = [];
  let line = '';
  for (const w of s.split(/\s+/).filter((x) => x.length)) {
    const n = [...w].length;
    if (n > width) throw `word "${w}" is longer than ${width}`;
    if (line && [...line].length + 1 + n > width) { lines.push(line); line = w; }
    else line = line ? line + ' ' + w : w;
  }
  if (line) lines.push(line);
  return lines;
}

class Index {
  #docs = new Map(); // id -> Map(word -> count)
  add(id, body) {
    const counts = new Map();
    for (const w of words(body)) counts.set(w, (counts.get(w) || 0) + 1);
    this.#docs.set(id, counts);
  }
  search(query) {
    const q = [...new Set(words(query))];
    if (q.length === 0) return [];
    const hits = [];
    for (const [id, counts] of this.#docs) {
      if (q.every((w) => counts.has(w))) hits.push([id, q.reduce((t, w) => t + counts.get(w), 0)]);
    }
    return hits.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  }
  size() { return this.#docs.size; }
}

export const text = { analyze, topWords, slugify, wrap, Index };
