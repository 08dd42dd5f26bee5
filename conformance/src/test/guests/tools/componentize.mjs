// Turns core modules into components: `node componentize.mjs core.wasm witDir world features out.wasm`.
// features is a comma-separated list of @unstable features to enable ("-" for none).
import fs from 'node:fs';
import path from 'node:path';
import { jco } from './jco-env.mjs';

const [core, witDir, world, features, out] = process.argv.slice(2);
const opts = { binary: fs.readFileSync(core), witPath: path.resolve(witDir), world };
if (features && features !== '-') opts.features = { tag: 'list', val: features.split(',') };
const embedded = await jco.componentEmbed(opts);
const component = await jco.componentNew(embedded);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, component);
