"""Prints the size of every file the main page downloads from dist/ (its top level and the
data files in data/), raw, gzipped and as the precompressed .br the build writes beside it, and
their totals; then what the page loads only on first use (the worker module, the workbook
template); then what the event pages and preview cards add to dist/ (a reader downloads one
page, or one card in a link preview)."""

import gzip
import os
import sys


def sizes(path: str) -> tuple:
    with open(path, "rb") as f:
        raw = f.read()
    brotli = path + ".br"
    br = os.path.getsize(brotli) if os.path.exists(brotli) else 0
    return len(raw), len(gzip.compress(raw, 9)), br


def main(dist: str) -> int:
    first_load, on_use, pages, cards = [], [], [], []
    for folder, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(folder, name)
            if name.endswith((".gz", ".br")):
                continue
            if name.endswith(".png"):
                cards.append(os.path.getsize(path))
            elif folder == os.path.join(dist, "data"):
                first_load.append(("data/" + name, *sizes(path)))
            elif folder != dist:
                pages.append(sizes(path))
            elif name.startswith("atlas-worker") or name.endswith(".xlsx"):
                on_use.append((name, *sizes(path)))
            elif not name.endswith(".xml"):
                first_load.append((name, *sizes(path)))
    first_load.sort()
    width = max(len(r[0]) for r in first_load)
    print(f"{'file (main page, first load)':<{width}}  {'raw KB':>8}  {'gzip KB':>8}  {'br KB':>8}")
    for name, raw, packed, br in first_load:
        print(f"{name:<{width}}  {raw / 1024:8.1f}  {packed / 1024:8.1f}  {br / 1024:8.1f}")
    total = [sum(r[i] for r in first_load) for i in (1, 2, 3)]
    print(f"{'total':<{width}}  {total[0] / 1024:8.1f}  {total[1] / 1024:8.1f}  {total[2] / 1024:8.1f}")
    print(
        f"size: files={len(first_load)} raw_kb={total[0] / 1024:.1f} gzip_kb={total[1] / 1024:.1f}"
        f" br_kb={total[2] / 1024:.1f}"
    )
    for name, raw, packed, br in sorted(on_use):
        print(f"on first use: {name} raw_kb={raw / 1024:.1f} gzip_kb={packed / 1024:.1f} br_kb={br / 1024:.1f}")
    if pages or cards:
        print(
            f"pages: event_pages={len(pages)} raw_kb={sum(p[0] for p in pages) / 1024:.1f}"
            f" gzip_kb={sum(p[1] for p in pages) / 1024:.1f} cards={len(cards)}"
            f" cards_kb={sum(cards) / 1024:.1f} largest_card_kb={max(cards, default=0) / 1024:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
