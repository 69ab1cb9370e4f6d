"""Prints the gzipped size of every file the browser downloads from dist/, and their total."""

import gzip
import os
import sys


def main(dist: str) -> int:
    rows = []
    for folder, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                raw = f.read()
            rows.append((os.path.relpath(path, dist), len(raw), len(gzip.compress(raw, 9))))
    rows.sort()
    width = max(len(r[0]) for r in rows)
    print(f"{'file':<{width}}  {'raw KB':>8}  {'gzip KB':>8}")
    for name, raw, packed in rows:
        print(f"{name:<{width}}  {raw / 1024:8.1f}  {packed / 1024:8.1f}")
    total_raw = sum(r[1] for r in rows)
    total_packed = sum(r[2] for r in rows)
    print(f"{'total':<{width}}  {total_raw / 1024:8.1f}  {total_packed / 1024:8.1f}")
    print(f"size: files={len(rows)} raw_kb={total_raw / 1024:.1f} gzip_kb={total_packed / 1024:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
