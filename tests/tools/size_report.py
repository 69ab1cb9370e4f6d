"""Prints the size of every file the browser downloads from dist/, raw, gzipped and as the
precompressed .br the build writes beside it, and their totals."""

import gzip
import os
import sys


def main(dist: str) -> int:
    rows = []
    for folder, _, files in os.walk(dist):
        for name in files:
            if name.endswith((".gz", ".br")):
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                raw = f.read()
            brotli = path + ".br"
            br = os.path.getsize(brotli) if os.path.exists(brotli) else 0
            rows.append((os.path.relpath(path, dist), len(raw), len(gzip.compress(raw, 9)), br))
    rows.sort()
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw KB':>8}  {'gzip KB':>8}  {'br KB':>8}")
    for name, raw, packed, br in rows:
        print(f"{name:<{width}}  {raw / 1024:8.1f}  {packed / 1024:8.1f}  {br / 1024:8.1f}")
    total_raw = sum(r[1] for r in rows)
    total_packed = sum(r[2] for r in rows)
    total_br = sum(r[3] for r in rows)
    print(f"{'total':<{width}}  {total_raw / 1024:8.1f}  {total_packed / 1024:8.1f}  {total_br / 1024:8.1f}")
    print(
        f"size: files={len(rows)} raw_kb={total_raw / 1024:.1f} gzip_kb={total_packed / 1024:.1f}"
        f" br_kb={total_br / 1024:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
