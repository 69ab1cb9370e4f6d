// Writes NAME.gz (gzip -9) and NAME.br (Brotli, quality 11) beside every file trunk staged, for
// static hosts that serve precompressed files (nginx gzip_static/brotli_static, Caddy
// precompressed, Netlify, …). Runs as trunk's last post_build hook, after the CSP hash is in
// index.html, so the compressed page carries it too. Node's zlib has both codecs built in.
// PNG files (the preview cards) are compressed already and are left alone.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precompress.mjs: TRUNK_STAGING_DIR is not set; run it as a trunk hook');
  process.exit(1);
}

function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(gz|br|png)$/.test(name)) {
      const raw = readFileSync(path);
      writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
      writeFileSync(`${path}.br`, brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }));
    }
  }
}
walk(staging);
