// `node wrap.mjs core.wasm witDir world out.wasm`: embeds the world's WIT into a core module and turns
// it into a component.
import fs from 'node:fs';
import path from 'node:path';
import { jco } from './jco.mjs';

const [core, witDir, world, out] = process.argv.slice(2);
const embedded = await jco.componentEmbed({ binary: fs.readFileSync(core), witPath: path.resolve(witDir), world });
fs.writeFileSync(out, await jco.componentNew(embedded));
