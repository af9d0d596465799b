// After `vite build`: writes a .gz copy of every compressible file (the gateway serves it to browsers that accept
// gzip), prints what a first visit downloads, and fails the build when the initial JavaScript exceeds the budget.
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const OUT = 'target/classes/META-INF/simadmin-ui';
const BUDGET_KB = 200;
const COMPRESSIBLE = /\.(js|css|svg|json|txt|webmanifest)$/;

const manifestPath = join(OUT, '.vite', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
// The manifest is a build artefact, not something to serve: keep it next to the jar's classes for inspection.
mkdirSync('target', { recursive: true });
renameSync(manifestPath, 'target/ui-manifest.json');
rmSync(join(OUT, '.vite'), { recursive: true, force: true });

const gz = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sizes = new Map();
for (const path of walk(OUT)) {
  if (path.endsWith('.gz') || !COMPRESSIBLE.test(path)) continue;
  const bytes = readFileSync(path);
  const zipped = gz(bytes);
  sizes.set(relative(OUT, path), { raw: bytes.length, gzip: zipped.length });
  if (bytes.length >= 1024) writeFileSync(path + '.gz', zipped);
}

// What a first visit loads before any route's own chunk: the entry and its static imports, transitively.
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit(entryKey);
const initialCss = new Set((manifest[entryKey].css ?? []));

const rows = [...sizes.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
let initialJs = 0;
let lazyJs = 0;
console.log('\nadmin-ui bundle (gzip level 9)');
for (const [file, size] of rows) {
  const first = initial.has(file) || initialCss.has(file);
  if (file.endsWith('.js')) first ? (initialJs += size.gzip) : (lazyJs += size.gzip);
  console.log(`  ${first ? 'initial' : '  lazy '} ${kb(size.gzip)} gz ${kb(size.raw)} raw  ${file}`);
}
const routes = Object.values(manifest).filter((c) => c.isDynamicEntry).length;
console.log(`\n  initial JS: ${(initialJs / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB); ` +
  `${routes} lazily loaded route chunks, ${(lazyJs / 1024).toFixed(1)} KB gzipped in all\n`);
if (initialJs > BUDGET_KB * 1024) {
  console.error(`admin-ui: initial JS ${(initialJs / 1024).toFixed(1)} KB gzipped exceeds the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
