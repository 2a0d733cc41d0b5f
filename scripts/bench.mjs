#!/usr/bin/env node
// Runs a benchmark: `npm run bench -- <name>` (= node scripts/bench.mjs <name>) builds the server
// (npm run build:server), compiles bench/*.ts next to it into dist/bench, and runs
// dist/bench/<name>.js. The benchmark prints its result as its last line.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runInherited } from './lib/util.mjs';

const available = readdirSync(join(repoRoot, 'bench'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`Usage: npm run bench -- <name>   (benchmarks: ${available.join(', ')})`);
  process.exit(2);
}

async function run(command, args) {
  const { code, signal } = await runInherited(command, args);
  if (code !== 0) {
    console.error(`${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`})`);
    process.exit(1);
  }
}

await run('npm', ['run', '--silent', 'build:server']);
await run('npx', ['swc', 'bench', '-d', 'dist', '--config-file', '.swcrc', '--quiet']);
const script = join(repoRoot, 'dist', 'bench', `${name}.js`);
if (!existsSync(script)) {
  console.error(`${script} was not built`);
  process.exit(1);
}
await run(process.execPath, [script]);
