"""Thai word breakers compared for line breaking: quality on the registry's and corpora's Thai names,
agreement with hand-marked boundaries, and the start-up cost of the first break.

Not part of the test suite: it needs the candidates installed beside the project
(``pip install pyicu pythainlp nlpo3``). Run: ``python bench/thai_breakers.py``.

Gold: names marked by hand. ``|`` is a word boundary (a break there is wanted), ``/`` a boundary
inside a compound (a break there is acceptable, not wanted); any other break between two Thai letters
is a break inside a word. Only positions between two Thai characters are scored: spaces and
hyphens are break opportunities for every breaker alike.
"""

from __future__ import annotations

import glob
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THAI = re.compile(r"[\u0e00-\u0e7f]")
# A break is impossible before a combining mark and after a leading vowel, whatever the dictionary.
COMBINING = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e33\u0e45]")
LEADING = "เแโใไ"

GOLD = [
    "การ/หารือ|ระดับ|เจ้า/หน้าที่|อาวุโส|ไทย - ออสเตรเลีย",
    "การ/หารือ|ระดับ|เจ้า/หน้าที่|อาวุโส|ไทย-สหภาพ|ยุโรป",
    "การ/หารือ|เชิง|ยุทธ/ศาสตร์|และ|การ/ป้องกัน/ประเทศ",
    "คณะ/กรรมาธิการ|ร่วม|ว่า/ด้วย|ความ/ร่วม/มือ|ทวิภาคี|ไทย - กัมพูชา",
    "คณะ/กรรมการ|ร่วม|ว่า/ด้วย|การ/ค้า การ/ลง/ทุน และ|ความ/ร่วม/มือ|ทาง|เศรษฐกิจ",
    "การ/หารือ|ด้าน|ไซเบอร์|ไทย - สหราช/อาณาจักร",
    "การ/ประชุม|รัฐ/มนตรี|ต่าง/ประเทศ|กรอบ|ความ/ร่วม/มือ|ล้าน/ช้าง-แม่/โขง",
    "การ/หารือ|ประจำ/ปี|ระหว่าง|นายก/รัฐ/มนตรี|ไทย|และ|มาเลเซีย",
    "การ/หารือ|ยุทธ/ศาสตร์|ด้าน|การ/ป้องกัน/ประเทศ|ไทย-สหรัฐฯ",
    "คณะ/กรรมการ|ชาย/แดน|ทั่ว/ไป (GBC)",
    "การ/หารือ|เชิง|นโยบาย|ไทย - ภูฏาน",
    "การ/หารือ|ด้าน|กงสุล|ไทย - ทูร์เคีย",
    "การ/ประชุม|หารือ|ระหว่าง|กระทรวง|การ/ต่าง/ประเทศ|ไทย - อินเดีย",
    "ความ/สัมพันธ์|ทาง|การ/ทูต|ไทย-ญี่ปุ่น",
    "กรุง/วอชิงตัน ดี.ซี.",
    "สาธารณรัฐ|ประชาธิปไตย|ประชาชน|ลาว",
    "การ/หารือ|หุ้น/ส่วน|ทาง|การ/เมือง",
    "การ/ประชุม|คณะ/รัฐ/มนตรี|ร่วม",
    "คณะ/กรรมาธิการ|ร่วม|ว่า/ด้วย|ความ/ร่วม/มือ|ทวิภาคี|ไทย - สาธารณรัฐ|เกาหลี",
    "การ/หารือ|ด้าน|การ/เมือง|และ|การ/ทหาร",
    "การ/หารือ|ด้าน|ความ/มั่น/คง",
    "กรุง/เทพ/มหา/นคร",
    "จังหวัด|เชียง/ใหม่",
    "การ/หารือ|เชิง|ยุทธ/ศาสตร์|ไทย - ฝรั่งเศส",
]


def parse_gold(marked: str) -> tuple[str, set[int], set[int]]:
    text, wanted, acceptable = "", set(), set()
    for ch in marked:
        if ch == "|":
            wanted.add(len(text))
        elif ch == "/":
            acceptable.add(len(text))
        else:
            text += ch
    return text, wanted, acceptable


def thai_inner(text: str, breaks: set[int]) -> set[int]:
    return {i for i in breaks if 0 < i < len(text) and THAI.match(text[i - 1]) and THAI.match(text[i])}


def icu_breaker(kind: str) -> Callable[[str], set[int]]:
    import icu

    make = icu.BreakIterator.createLineInstance if kind == "line" else icu.BreakIterator.createWordInstance
    it = make(icu.Locale("th"))

    def breaks(text: str) -> set[int]:
        it.setText(text)
        return set(it) - {len(text)}

    return breaks


def offsets(words: list[str]) -> set[int]:
    at, out = 0, set()
    for w in words[:-1]:
        at += len(w)
        out.add(at)
    return out


def newmm_breaker() -> Callable[[str], set[int]]:
    from pythainlp.tokenize import word_tokenize

    return lambda text: offsets(word_tokenize(text, engine="newmm", keep_whitespace=True))


def nlpo3_breaker() -> Callable[[str], set[int]]:
    import nlpo3
    import pythainlp

    words = Path(pythainlp.__file__).parent / "corpus" / "words_th.txt"
    nlpo3.load_dict(str(words), "th")
    return lambda text: offsets(nlpo3.segment(text, "th"))


BREAKERS: dict[str, Callable[[], Callable[[str], set[int]]]] = {
    "pyicu-line": lambda: icu_breaker("line"),
    "pyicu-word": lambda: icu_breaker("word"),
    "pythainlp-newmm": newmm_breaker,
    "nlpo3": nlpo3_breaker,
}
STARTUP = {
    "python alone": "pass",
    "pyicu-line": "import icu; b=icu.BreakIterator.createLineInstance(icu.Locale('th')); b.setText('ไทย-ลาว'); list(b)",
    "pythainlp-newmm": "from pythainlp.tokenize import word_tokenize; word_tokenize('ไทย-ลาว', engine='newmm')",
    "nlpo3": (
        "import nlpo3, pythainlp, pathlib;"
        "nlpo3.load_dict(str(pathlib.Path(pythainlp.__file__).parent/'corpus'/'words_th.txt'), 'th');"
        "nlpo3.segment('ไทย-ลาว', 'th')"
    ),
}


def corpus_names_and_sentences() -> tuple[list[str], list[str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from dialogtrack.registry import load_registry

    registry = load_registry()
    names: set[str] = set()
    for c in registry.countries.values():
        names.update((c.th, *c.aliases))
    for k in registry.kinds.values():
        names.update((k.th, *k.aliases))
    for f in registry.frameworks.values():
        names.update((f.th, *f.aliases))
    for aliases in registry.places.values():
        names.update(aliases)
    for truth in glob.glob(str(ROOT / "tests" / "corpora" / "*" / "truth.json")):
        for doc in json.loads(Path(truth).read_text(encoding="utf-8"))["documents"]:
            for e in doc.get("events", []):
                names.update(x for x in (e.get("series"), *e.get("series_aliases", []), e.get("location")) if x)
    sentences: list[str] = []
    for path in sorted(glob.glob(str(ROOT / "tests" / "corpora" / "*" / "docs" / "*-th.*"))):
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        sentences += [s.strip() for s in re.split(r"[\n]+| {2,}", text) if THAI.search(s) and len(s.strip()) > 20]
    return sorted(n for n in names if THAI.search(n)), sentences


def impossible(text: str, breaks: set[int]) -> int:
    """Breaks before a combining mark or after a leading vowel: wrong in any dictionary."""
    return sum(1 for i in breaks if 0 < i < len(text) and (COMBINING.match(text[i]) or text[i - 1] in LEADING))


def main() -> None:
    names, sentences = corpus_names_and_sentences()
    print(f"{len(names)} Thai names, {len(sentences)} Thai sentences of the corpora, {len(GOLD)} hand-marked names\n")
    results: dict[str, dict[str, set[int]]] = {}
    print("breaker          precision  recall  in-word breaks  impossible breaks (names+sentences)  ms / 1000 chars")
    for label, make in BREAKERS.items():
        breaks = make()
        tp = fp = fn = 0
        for marked in GOLD:
            text, wanted, acceptable = parse_gold(marked)
            got = thai_inner(text, breaks(text))
            tp += len(got & wanted)
            fp += len(got - wanted - acceptable)
            fn += len(wanted - got)
        texts = names + sentences
        started = time.perf_counter()
        found = {t: breaks(t) for t in texts}
        elapsed = time.perf_counter() - started
        results[label] = found
        bad = sum(impossible(t, b) for t, b in found.items())
        chars = sum(map(len, texts))
        print(
            f"{label:16} {tp / max(tp + fp, 1):9.3f} {tp / max(tp + fn, 1):7.3f} {fp:15d} {bad:20d}"
            f"{elapsed * 1e6 / chars:31.2f}"
        )
    print("\nstart-up: import and first break of one name, median of 7 fresh interpreters")
    for label, code in STARTUP.items():
        times = []
        for _ in range(7):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - started)
        print(f"  {label:16} {statistics.median(times) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
