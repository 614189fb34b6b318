// Completes package-lock.json with the platform packages that rollup (through tsup) lists as
// optional but that this registry does not serve (only the Linux glibc builds are there), so
// `npm install` cannot record them and npm 11's `npm ci` then refuses the lock (npm/cli#4828).
// Each entry carries only its os/cpu/libc, so npm skips it on every other platform without a fetch.
// Run after changing dependencies: `npm install && node scripts/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const CPU = { 'arm-eabi': 'arm', 'arm-gnueabihf': 'arm', 'arm-musleabihf': 'arm' };
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const m = /^@rollup\/rollup-([a-z0-9]+)-(.+)$/.exec(name);
    const where =
      `${path.replace(/[^/]*$/, '').replace(/\/$/, '')}${path.includes('node_modules/') ? '/' : ''}node_modules/${name}`.replace(
        /^\//,
        '',
      );
    if (!m || lock.packages[where] || lock.packages[`node_modules/${name}`]) continue;
    const [, os, rest] = m;
    const arch = CPU[rest] ?? rest.split('-')[0];
    const libc = /-gnu|gnueabihf/.test(rest) ? ['glibc'] : /musl/.test(rest) ? ['musl'] : undefined;
    lock.packages[`node_modules/${name}`] = {
      version,
      cpu: [arch],
      dev: true,
      ...(libc && { libc }),
      license: 'MIT',
      optional: true,
      os: [os],
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} platform entries`);
