// A JavaScript wasi:cli command (built by build.sh with componentize-js): prints its arguments and
// WEFT_* environment variables, uses the language (classes, closures, regexps, BigInt, JSON,
// exceptions, TextEncoder) and the clocks and random sources StarlingMonkey takes from WASI.
import { getArguments, getEnvironment } from 'wasi:cli/environment@0.2.12';

class Counter {
  #counts = new Map();
  add(word) { this.#counts.set(word, (this.#counts.get(word) ?? 0) + 1); }
  top() { return [...this.#counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3); }
}

function factorial(n) { return n <= 1n ? 1n : n * factorial(n - 1n); }

export const run = {
  run() {
    console.log('hello from JavaScript');
    console.log('args: ' + JSON.stringify(getArguments().slice(1)));
    for (const [k, v] of getEnvironment()) {
      if (k.startsWith('WEFT_')) console.log('env ' + k + '=' + v);
    }
    console.error('to stderr');

    const counter = new Counter();
    const text = 'the quick brown fox jumps over the lazy dog the fox';
    for (const w of text.match(/\w+/g)) counter.add(w);
    console.log('top words: ' + JSON.stringify(counter.top()));
    console.log('25! = ' + factorial(25n));
    try {
      JSON.parse('{not json');
    } catch (e) {
      console.log('caught ' + e.name);
    }
    console.log('utf-8 bytes of "héllo": ' + new TextEncoder().encode('héllo').length);
    let x = 0;
    for (let i = 0; i < 100000; i++) x += i % 7;
    console.log('sum: ' + x);

    const t0 = Date.now(), p0 = performance.now();
    console.log('wall clock after 2020: ' + (t0 > Date.UTC(2020, 0, 1)));
    console.log('monotonic clock advances: ' + (performance.now() >= p0));
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    console.log('random bytes: ' + bytes.length);
    const r = Math.random();
    console.log('Math.random in [0,1): ' + (r >= 0 && r < 1));
  }
};
