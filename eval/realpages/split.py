#!/usr/bin/env python3
"""Lay out the real-page set as corpora that ``score.py --corpus`` reads: the part recognition is
tuned on, and the part held back until a piece of work is done.

The repository keeps only facts about each page (``truth.json``: the truth, the page's address and the
query that found it); the pages' text stays outside it, in a folder of ``<file name>.txt`` copies made
with the search tool.

Pages come in batches (``batch``, 1 when absent). Within the first batch a page's part is decided by its
address alone (a hash): one in three was held back, scored once, then opened for study ("opened"). Each
later batch was held back whole, its truth written by people who did not tune recognition, until a newer
batch took its place; then it was opened too. The newest batch (``HELD_BATCH``) is the one held back.

Usage: split.py PAGES_DIR OUT_DIR   -> OUT_DIR/{tune,opened,held}/{docs,truth.json}
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELD_EVERY = 3  # one page in three of the first batch was held back
HELD_BATCH = 9  # the batch held back now


def part_of(doc: dict) -> str:
    """'held' for the held batch, 'opened' for a later batch once held; in the first batch 'opened' for
    one address in three, 'tune' for the rest, the same on every machine."""
    batch = doc.get("batch", 1)
    if batch == HELD_BATCH:
        return "held"
    if batch > 1:
        return "opened"
    digest = hashlib.sha256(doc["source_url"].encode("utf-8")).digest()
    return "opened" if digest[0] % HELD_EVERY == 0 else "tune"


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    pages, out = Path(sys.argv[1]), Path(sys.argv[2])
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))
    parts: dict[str, list[dict]] = {"tune": [], "opened": [], "held": []}
    missing = []
    for doc in truth["documents"]:
        source = pages / Path(doc["file"]).name
        if not source.exists():
            missing.append(source.name)
            continue
        parts[part_of(doc)].append(doc)
    for name, docs in parts.items():
        folder = out / name
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "docs").mkdir(parents=True)
        for doc in docs:
            shutil.copy(pages / Path(doc["file"]).name, folder / doc["file"])
        meta = dict(truth["meta"], part=name)
        (folder / "truth.json").write_text(
            json.dumps({"meta": meta, "documents": docs}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        print(f"{name}: {len(docs)} pages in {folder}")
    if missing:
        print(f"not in {pages}: {len(missing)} pages ({', '.join(missing[:5])}…)", file=sys.stderr)


if __name__ == "__main__":
    main()
