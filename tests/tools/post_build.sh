#!/usr/bin/env bash
# Trunk's one post_build hook (trunk starts the hooks of a stage all at once, so steps that
# depend on each other run here, in order):
#   0. the data files the app fetches beside its wasm (src/domain/bundled.rs) into data/;
#   1. atlas-pages: a page and a preview card per bundled event, the main page's list;
#   2. the sha256 of every page's inline scripts into its Content-Security-Policy;
#   3. .gz and .br beside every file, for hosts that serve precompressed files.
set -euo pipefail
mkdir -p "$TRUNK_STAGING_DIR/data"
cp assets/map/countries-110m.paths.tsv assets/data/country-names.tsv assets/data/events.json \
  "$TRUNK_STAGING_DIR/data/"
cargo run --quiet --bin atlas-pages
python3 tests/tools/csp_hashes.py
node tests/tools/precompress.mjs
