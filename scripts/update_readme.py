#!/usr/bin/env python3
"""Refreshes the README sections that show real program output, between `<!-- BEGIN name -->` and
`<!-- END name -->` markers: the sample classification, the options of `classify`, the report of the
sample and the accuracy tables. Run after a change that alters output:  python3 scripts/update_readme.py
(needs a release build: cargo build --release; the real-dev rows need ../shared/eval/real-dev.jsonl).
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BIN = os.path.join(ROOT, "target/release/feedback-themes")


def run(*args):
    out = subprocess.run([BIN, *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed: {out.stderr}")
    return out.stdout.rstrip("\n")


def block(text, lang=""):
    return f"```{lang}\n{text}\n```"


def sections():
    s = {}
    sample = run("classify", "corpora/sample.jsonl")
    lines = sample.splitlines()
    first = json.dumps(json.loads(lines[0]), ensure_ascii=False, indent=2)
    s["sample-output"] = (
        "Output: 30 lines, one JSON object per input record, in input order. The first line, pretty-printed:\n\n"
        + block(first, "json")
        + "\n\nThe same as a table (`--format table`, first rows):\n\n"
        + block("\n".join(run("classify", "corpora/sample.jsonl", "-f", "table").splitlines()[:16]))
    )
    s["classify-options"] = block(run("classify", "--help"))
    s["report-output"] = (
        "`cargo run --release -- report corpora/sample.jsonl --date-field date --examples 1` prints (abridged):\n\n"
        + block("\n".join(run("report", "corpora/sample.jsonl", "--date-field", "date", "--examples", "1").splitlines()[:60]))
    )
    acc = ["Corpora test split (`feedback-themes evaluate corpora/test/<lang>.jsonl --compare`), micro / macro F1:\n"]
    for lang in ("en", "fi", "ru"):
        table = run("evaluate", f"corpora/test/{lang}.jsonl", "--compare").splitlines()
        if lang == "en":
            acc.append("| scorer | " + " | ".join(f"{l} test" for l in ("en", "fi", "ru")) + " |")
            acc.append("|---|---|---|---|")
            rows = {r.split("|")[1].strip(): [] for r in table[2:]}
        for r in table[2:]:
            cells = [c.strip() for c in r.strip("|").split("|")]
            rows[cells[0]].append(cells[1])
    for name, cells in rows.items():
        acc.append(f"| {name} | " + " | ".join(cells) + " |")
    full = run("evaluate", "corpora/test").splitlines()
    acc.append("\nThe default scorer in detail on the whole test split (`feedback-themes evaluate corpora/test`; the most"
               " frequent confusions follow in the real output):\n")
    acc.append(block("\n".join(full[: full.index("Most frequent confusions:") if "Most frequent confusions:" in full else 20])))
    dev = os.path.join(ROOT, "../shared/eval/real-dev.jsonl")
    if os.path.exists(dev):
        acc.append("\nReal customer texts (`feedback-themes evaluate ../shared/eval/real-dev.jsonl --compare`, 273 texts;"
                   " not shipped with the project), micro / macro F1:\n")
        acc.append(run("evaluate", dev, "--compare"))
    s["accuracy"] = "\n".join(acc)
    return s


def main():
    path = os.path.join(ROOT, "README.md")
    text = open(path, encoding="utf-8").read()
    for name, body in sections().items():
        pattern = re.compile(rf"(<!-- BEGIN {name} -->\n)(?:.*?\n)?(<!-- END {name} -->)", re.S)
        if not pattern.search(text):
            sys.exit(f"README.md has no {name} markers")
        text = pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text)
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
