#!/usr/bin/env python3
"""Prints the pinyin readings table for src/domain/pinyin.rs.

Covers every Han character in the bundled dataset, the country-name table and the synthetic
generator, read by pypinyin (pip install pypinyin==0.55.0). A character has one reading in the
table: the one pypinyin gives it most often inside the names where it occurs (organizations,
topics, venues, cities, countries, and the generator's words), so 重 in 重庆 reads chong; a
character that occurs in no name keeps its most common reading.

Run from the repository's root: python3 tests/tools/pinyin_readings.py
"""
import collections
import json
import re

from pypinyin import Style, lazy_pinyin, pinyin

HAN = re.compile(r"[\u3400-\u9fff]")
RUN = re.compile(r"[\u3400-\u9fff]+")

dataset = json.load(open("assets/data/events.json", encoding="utf-8"))
names = []
for organization in dataset.get("organizations", []):
    names.append(organization["name"].get("zh") or "")
for topic in dataset.get("topics", []):
    names.append(topic["name"].get("zh") or "")
for event in dataset["events"]:
    venue = event.get("venue") or {}
    names += [venue.get("name_zh") or "", venue.get("city_zh") or ""]
for line in open("assets/data/country-names.tsv", encoding="utf-8"):
    if not line.startswith("#"):
        names += line.rstrip("\n").split("\t")[2:]
names += RUN.findall(open("src/domain/synthetic.rs", encoding="utf-8").read())

chars = set()
for name in ["assets/data/events.json", "assets/data/country-names.tsv", "src/domain/synthetic.rs"]:
    chars |= set(HAN.findall(open(name, encoding="utf-8").read()))

in_names = collections.defaultdict(collections.Counter)
for name in names:
    for run in RUN.findall(name):
        for char, reading in zip(run, lazy_pinyin(run, style=Style.TONE3, neutral_tone_with_five=True)):
            in_names[char][reading] += 1

readings = {}
for char in sorted(chars):
    if in_names[char]:
        readings[char] = in_names[char].most_common(1)[0][0]
    else:
        readings[char] = pinyin(char, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
    assert re.fullmatch(r"[a-zü]+[1-5]", readings[char]) or re.fullmatch(r"[a-z]+[1-5]", readings[char]), (char, readings[char])

items = sorted(readings.items())
for i in range(0, len(items), 8):
    print("    " + " ".join(f"('{c}', \"{r}\")," for c, r in items[i : i + 8]))
