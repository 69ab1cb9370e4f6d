// Writes assets/data/country-names.tsv: the name of every ISO 3166-1 alpha-2 code in English,
// Simplified and Traditional Chinese, as Unicode CLDR gives them (through Node's ICU, the same
// data browsers' Intl.DisplayNames reads). The app looks names up in this table instead of
// constructing Intl.DisplayNames, which cost 35-60 ms of every cold start (ICU loading its
// data). Run after a Node or CLDR update: node tests/tools/country_names.mjs

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The codes the dataset rules accept, read from the one list of them.
const source = readFileSync(join(root, 'src/domain/country.rs'), 'utf8');
const list = /const ASSIGNED: &str = "([^;]*)";/s.exec(source)[1].replace(/\\\n/g, ' ');
const codes = list.split(/\s+/).filter((c) => /^[A-Z]{2}$/.test(c));
const languages = ['en', 'zh-Hans', 'zh-Hant'];
const names = languages.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'code' }));
const lines = codes.map((code) => [code, ...names.map((n) => n.of(code))].join('\t'));
writeFileSync(
  join(root, 'assets/data/country-names.tsv'),
  `# code\t${languages.join('\t')}  (CLDR via Node ${process.versions.node}, ICU ${process.versions.icu}; tests/tools/country_names.mjs)\n${lines.join('\n')}\n`,
);
console.log(`country-names.tsv: ${codes.length} codes`);
