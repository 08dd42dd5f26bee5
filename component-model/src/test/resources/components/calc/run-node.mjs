// Calls the jco-transpiled component (argv[2]: its JS entry) as listed in calls.json and prints one
// line per call: "<func> ok <value>" or "<func> err <value>" (jco throws the error payload of a
// result<_, E>). Values: numbers and bigints in decimal, strings JSON-quoted, lists/tuples as
// [a,b], a missing option as none.
import { readFileSync } from 'node:fs';
const calc = await import(process.argv[2]);
const calls = JSON.parse(readFileSync(new URL('./calls.json', import.meta.url), 'utf8'));
const render = (v) => {
  if (v === null || v === undefined) return 'none';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(render).join(',') + ']';
  return String(v);
};
for (const { func, args } of calls) {
  try {
    console.log(`${func} ok ${render(calc[func](...args))}`);
  } catch (e) {
    console.log(`${func} err ${render(e.payload)}`);
  }
}
