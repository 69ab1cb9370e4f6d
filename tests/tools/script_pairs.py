#!/usr/bin/env python3
"""Prints the Traditional→Simplified character pairs for src/domain/script.rs.

Covers every Han character in the source documents, the dataset, the synthetic generator and
the interface tables, as converted by OpenCC (pip install opencc). Only one-to-one pairs that
convert back are kept, so the table stays small and unambiguous.
"""
import glob
import re

import opencc

t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
files = glob.glob("../shared/sources/*") + ["assets/data/events.json", "src/domain/synthetic.rs"]
files += glob.glob("src/domain/i18n/*.rs")
chars = set()
for name in files:
    chars |= set(re.findall(r"[\u4e00-\u9fff]", open(name, encoding="utf-8").read()))
pairs = {}
for c in sorted(chars):
    simplified, traditional = t2s.convert(c), s2t.convert(c)
    if simplified != c and len(simplified) == 1:
        pairs[c] = simplified
    if traditional != c and len(traditional) == 1 and t2s.convert(traditional) == c:
        pairs[traditional] = c
items = sorted(pairs.items())
for i in range(0, len(items), 10):
    print("    " + " ".join(f"('{t}', '{s}')," for t, s in items[i : i + 10]))
