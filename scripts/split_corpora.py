#!/usr/bin/env python3
"""Builds the fixed train/test split of the corpora and the counts table in corpora/README.md.

Input: the current corpora/{train,test}/<lang>.jsonl plus any new batches corpora/work/<lang>-<batch>.jsonl (not
committed; a batch record replaces the committed record with the same id). A record goes to test when md5(id) mod 4 == 0, so the split never
changes for existing ids. Validates every record (keys, language, theme ids, sorted unique themes, unique ids).
Usage: python3 scripts/split_corpora.py
"""
import glob
import hashlib
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
THEMES = [t["id"] for t in json.load(open(os.path.join(ROOT, "taxonomy/default.json"), encoding="utf-8"))["themes"]]
KEYS = {"id", "lang", "text", "themes", "sentiment", "churn_risk"}
LANGS = ["en", "fi", "ru"]


def load(paths):
    out = []
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                sys.exit(f"{path}:{n}: {e}")
            if set(r) != KEYS:
                sys.exit(f"{path}:{n}: keys {sorted(r)} != {sorted(KEYS)}")
            bad = [t for t in r["themes"] if t not in THEMES]
            if bad:
                sys.exit(f"{path}:{n}: unknown themes {bad}")
            r["themes"] = sorted(set(r["themes"]))
            if r["sentiment"] not in ("negative", "neutral", "positive") or not isinstance(r["churn_risk"], bool):
                sys.exit(f"{path}:{n}: bad sentiment/churn_risk")
            if not r["text"].strip():
                sys.exit(f"{path}:{n}: empty text")
            out.append(r)
    return out


def main():
    counts = {}
    for lang in LANGS:
        work = sorted(glob.glob(os.path.join(ROOT, f"corpora/work/{lang}-*.jsonl")))
        current = [os.path.join(ROOT, f"corpora/{s}/{lang}.jsonl") for s in ("train", "test")]
        # The committed splits plus any new batches; a batch record replaces the committed one with its id.
        committed = load([p for p in current if os.path.exists(p)])
        batches = load(work)
        ids = [r["id"] for r in batches]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            sys.exit(f"{lang}: duplicate ids {sorted(dup)[:5]}")
        replaced = set(ids)
        records = [r for r in committed if r["id"] not in replaced] + batches
        for r in records:
            if r["lang"] != lang:
                sys.exit(f"{r['id']}: lang {r['lang']} in the {lang} corpus")
        records.sort(key=lambda r: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", r["id"])])
        # The same text written twice (by two writers, or once per batch) is kept once.
        seen, unique = set(), []
        for r in records:
            key = " ".join(r["text"].lower().split())
            if key in seen:
                print(f"{r['id']}: duplicate text, dropped", file=sys.stderr)
                continue
            seen.add(key)
            unique.append(r)
        records = unique
        split = {"train": [], "test": []}
        for r in records:
            bucket = int(hashlib.md5(r["id"].encode()).hexdigest(), 16) % 4
            split["test" if bucket == 0 else "train"].append(r)
        for name, rs in split.items():
            os.makedirs(os.path.join(ROOT, f"corpora/{name}"), exist_ok=True)
            with open(os.path.join(ROOT, f"corpora/{name}/{lang}.jsonl"), "w", encoding="utf-8") as f:
                for r in rs:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            for r in rs:
                for t in r["themes"] or ["(none)"]:
                    counts[(lang, name, t)] = counts.get((lang, name, t), 0) + 1
            counts[(lang, name, "(texts)")] = len(rs)
    rows = ["| theme | " + " | ".join(f"{l} train | {l} test" for l in LANGS) + " |",
            "|---|" + "---|---|" * len(LANGS)]
    for t in THEMES + ["(none)", "(texts)"]:
        cells = [str(counts.get((l, s, t), 0)) for l in LANGS for s in ("train", "test")]
        rows.append(f"| {t} | " + " | ".join(cells) + " |")
    table = "\n".join(rows)
    readme = os.path.join(ROOT, "corpora/README.md")
    text = open(readme, encoding="utf-8").read()
    head = text.split("## Counts")[0]
    open(readme, "w", encoding="utf-8").write(
        head + "## Counts\n\nWritten by `python3 scripts/split_corpora.py` (texts per theme; a text may carry several).\n\n"
        + table + "\n")
    print(table)


if __name__ == "__main__":
    main()
