#!/usr/bin/env python3
"""Builds a language-identification development set from corpora/langid-dev/<lang>.txt (our own sentences,
written for the purpose: 300 each for ru, uk, bg; 250 each for en, fi, et, sv, de, es) in the layout of the langid_eval example: <lang>-sentences.txt,
<lang>-word-pairs.txt (consecutive word pairs) and <lang>-single-words.txt (up to 1,000 distinct words of 3+
letters, shuffled with a fixed seed). Weights of the detector are chosen on this set, never on the benchmark.
Usage: python3 scripts/langid_dev_set.py OUT_DIR && cargo run --release --example langid_eval -- OUT_DIR
"""
import glob
import os
import random
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "target/langid-dev"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(7)
    langs = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "corpora/langid-dev/*.txt")))
    for lang in langs:
        sentences = [l.strip() for l in open(os.path.join(ROOT, f"corpora/langid-dev/{lang}.txt"), encoding="utf-8") if l.strip()]
        pairs, singles = [], set()
        for s in sentences:
            words = WORD.findall(s)
            pairs += [f"{words[i]} {words[i + 1]}" for i in range(0, len(words) - 1, 2)]
            singles.update(w.lower() for w in words if len(w) >= 3)
        singles = sorted(singles)
        rng.shuffle(singles)
        for name, lines in [("sentences", sentences), ("word-pairs", pairs), ("single-words", singles[:1000])]:
            with open(os.path.join(out, f"{lang}-{name}.txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
        print(f"{lang}: {len(sentences)} sentences, {len(pairs)} pairs, {min(len(singles), 1000)} words")


main()
