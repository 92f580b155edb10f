#!/usr/bin/env python3
"""Adds every word of the corpora's train split to the language-identification word lists of its language
(src/lang/lexicon/{en,fi,ru}.txt), so that words our own users write are known. Only words in the script and
alphabet of the language are added; the lists stay sorted by code point, one word per line.
Usage: python3 scripts/lexicon_add_corpus_words.py   (then measure with the langid_eval example)
"""
import json
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
ALPHABET = {"en": "a-z'", "fi": "a-zåäöšž", "ru": "а-яё"}
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")

for lang, letters in ALPHABET.items():
    path = os.path.join(ROOT, f"src/lang/lexicon/{lang}.txt")
    words = set(open(path, encoding="utf-8").read().split())
    allowed = re.compile(f"^[{letters}]+$")
    before = len(words)
    with open(os.path.join(ROOT, f"corpora/train/{lang}.jsonl"), encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"].lower().replace("\u2019", "'")
            words.update(w for w in WORD.findall(text) if allowed.match(w) and len(w) > 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(words)) + "\n")
    print(f"{lang}: {before} -> {len(words)} words")
