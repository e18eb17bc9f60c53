"""The registry: countries, frameworks, kinds of dialogue and places, loaded from TOML data.

Language knowledge is data (``data/*.toml``), not code, so a user can teach dialogtrack a new
country, kind of dialogue or spelling by dropping a TOML file of the same shape into a registry
folder (see ``load_registry``). Names are matched exactly and longest first, never by substring
tests: "Strategic and Defense Dialogue" must never be read as "Strategic Dialogue", and
"ประเทศไทย" must be one name, not "ประเทศ" followed by "ไทย".
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dialogtrack.models import Series

THAI_BLOCK = re.compile(r"[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Country:
    code: str
    en: str
    th: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Framework:
    code: str
    en: str
    th: str
    members: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Kind:
    id: str
    en: str
    th: str
    aliases: tuple[str, ...]
    annual: bool = False
    framework: bool = False
    base: str | None = None
    th_topic_words: tuple[str, ...] = ()
    registered: bool = True  # False for a name read from a text that the registry does not list
    name_from_text: bool = False  # each pair of parties names it its own way: a series takes its sources' words
    numbered_only: bool = False  # a programme named all the time: only its numbered meetings are rounds
    # Pairs of facing places (Thailand's side first) each with a committee of this kind of its own: the
    # Mae Sai–Tachileik committee numbers its rounds apart from the Mae Sot–Myawaddy one.
    localities: tuple[tuple[str, str], ...] = ()
    # Words that make any name of the genre's shape holding them this kind: "2+2" in "the 2+2 Political and
    # Security Policy Consultations" or "the foreign and defence minister 2+2 dialogue".
    markers: tuple[str, ...] = ()


def alias_pattern(aliases: Iterable[str]) -> str:
    """One regex for a set of names, for use inside larger patterns; the longest name wins.

    English names match case-insensitively between non-letters; names of two to four capitals
    ("US", "EU", "DPRK") match only as written, so "us" and "eu" in prose are not countries. Thai
    names match exactly, anywhere: Thai writes words without spaces.
    """
    names = set(aliases)
    thai = {a for a in names if THAI_BLOCK.search(a)}
    abbreviations = {a for a in names if re.fullmatch(r"[A-Z]{2,4}", a)}
    others = trie_pattern(a.casefold() for a in names - abbreviations - thai)
    latin = [trie_pattern(abbreviations)] if abbreviations else []
    latin += [f"(?i:{others})"] if others else []
    parts = [rf"(?<![A-Za-z])(?:{'|'.join(latin)})"] if latin else []  # the tree guards the end
    parts += [trie_pattern(thai)] if thai else []
    return "|".join(parts) if parts else r"(?!x)x"


# How a character of a name may be written in a text: spaces and dashes vary, apostrophes curl.
_FLEXIBLE = {" ": r"\s+", "-": r"\s*[-–—‑]\s*", "'": "['’]", "’": "['’]"}


def trie_pattern(words: Iterable[str]) -> str:
    """Names as a prefix tree regex: at each place of a text only the names that can start there are
    tried, and the longest that matches wins. A name that ends in a Latin letter must not run on into
    another letter ("India" is not found in "Indiana"; "Lao" still is in "Lao PDRs")."""
    end, guarded_end = "\0", "\0g"
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in re.sub(r"\s*[-–—‑]\s*", "-", re.sub(r"\s+", " ", word)).replace("’", "'"):
            node = node.setdefault(char, {})
        node[guarded_end if word[-1:].isascii() and word[-1:].isalpha() else end] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            _FLEXIBLE.get(c, re.escape(c)) + pattern(child) for c, child in sorted(node.items()) if c[0] != "\0"
        ]
        if guarded_end in node:
            branches.append(r"(?![A-Za-z])")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if end in node else body

    return pattern(root)


@lru_cache(maxsize=64)
def _cue_pattern(words: tuple[str, ...], ending: bool) -> re.Pattern[str]:
    body = alias_pattern(words)
    return re.compile(rf"(?:{body})[^\S\n]*$" if ending else body)


@lru_cache(maxsize=4096)
def fold_alias(text: str) -> str:
    """The key an alias is looked up by: case, spacing, dashes and apostrophes folded. Cached: a release
    names the same few countries dozens of times."""
    text = re.sub(r"\s*[-–—‑]\s*", "-", text.strip())
    return re.sub(r"\s+", " ", text).replace("’", "'").casefold()


# English subjects that are adjectives ("Economic", "Technical", "Cultural"): written before the kind's noun.
ADJECTIVE_ENDS = ("ic", "al")


@dataclass(eq=False)
class Registry:
    countries: dict[str, Country]
    frameworks: dict[str, Framework]
    kinds: dict[str, Kind]
    places: dict[str, list[str]]
    virtual: tuple[str, ...]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chairing: dict[str, tuple[str, ...]] = field(default_factory=dict)
    name_cadence: dict[str, tuple[str, ...]] = field(default_factory=dict)
    thai_topics: dict[str, str] = field(default_factory=dict)
    topic_adjectives: dict[str, str] = field(default_factory=dict)
    thai_name_words: dict[str, str] = field(default_factory=dict)
    data_digest: str = ""
    """A hash of every data file this registry was read from, the user's own included: claims read with
    another digest were read with other language knowledge (see ``pipeline.reading_fingerprint``)."""
    _alias_to_country: dict[str, str] = field(default_factory=dict)
    _alias_to_framework: dict[str, str] = field(default_factory=dict)
    _alias_to_kind: dict[str, str] = field(default_factory=dict)
    _alias_to_place: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for table, target in (
            (self.countries, self._alias_to_country),
            (self.frameworks, self._alias_to_framework),
            (self.kinds, self._alias_to_kind),
        ):
            for key, item in table.items():
                for alias in (*item.aliases, item.en, item.th):
                    target.setdefault(fold_alias(alias), key)
        for canonical, aliases in self.places.items():
            for alias in (canonical, *aliases):
                self._alias_to_place.setdefault(fold_alias(alias), canonical)

    # Compiled patterns, built once per registry.
    @cached_property
    def country_re(self) -> re.Pattern[str]:
        names = [a for c in self.countries.values() for a in (*c.aliases, c.en, c.th)]
        return re.compile(alias_pattern(names))

    @cached_property
    def framework_re(self) -> re.Pattern[str]:
        names = [a for f in self.frameworks.values() for a in (*f.aliases, f.en, f.th)]
        return re.compile(alias_pattern(names))

    @cached_property
    def place_re(self) -> re.Pattern[str]:
        names = [a for canonical, aliases in self.places.items() for a in (canonical, *aliases)]
        return re.compile(alias_pattern(names))

    def cue_re(self, name: str, *, ending: bool = False) -> re.Pattern[str]:
        """The cue words listed under ``name``, as one pattern; ``ending`` anchors it at the end of the
        text it is tried on (words written directly before a name)."""
        return _cue_pattern(self.cues.get(name, ()), ending)

    @cached_property
    def virtual_re(self) -> re.Pattern[str]:
        return re.compile(alias_pattern(self.virtual))

    def country(self, alias: str) -> str | None:
        return self._alias_to_country.get(fold_alias(alias))

    def framework(self, alias: str) -> str | None:
        return self._alias_to_framework.get(fold_alias(alias))

    def kind(self, alias: str) -> Kind | None:
        key = self._alias_to_kind.get(fold_alias(alias))
        return self.kinds[key] if key else None

    def named_kind(self, name: str) -> Kind:
        """A kind the registry does not list, known only by its English name as a text writes it; or the
        registry's kind whose marker the name holds ("2+2"), unless a party is still written into it
        ("SeventhJapan-Australia 2+2 …", a page that lost a space)."""
        words = fold_alias(name)
        for kind in self._marked_kinds if not self.country_re.search(name) else ():
            if any(re.search(rf"(?<![\w+]){re.escape(fold_alias(m))}(?![\w+])", words) for m in kind.markers):
                return kind
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
        return Kind(id=slug, en=name, th=name, aliases=(name,), registered=False)

    @cached_property
    def _marked_kinds(self) -> tuple[Kind, ...]:
        return tuple(k for k in self.kinds.values() if k.markers)

    def topical_kind(self, base: Kind, topic: str) -> Kind | None:
        """The kind a Thai name means when it spells out its subject: "คณะกรรมการร่วม" plus
        "ว่าด้วยความร่วมมือด้านการค้า การลงทุน …" is the joint committee on trade and investment."""
        for kind in self.kinds.values():
            if kind.base == base.id and kind.th_topic_words and all(w in topic for w in kind.th_topic_words):
                return kind
        return None

    def topic_qualifier(self, topic: str) -> str:
        """The English words of a subject a Thai name spells out after its kind, for the series' English
        name: "เพื่อความร่วมมือด้านรถไฟ" is "on Railway Cooperation", "ด้านการศึกษา" "on Education", and
        "ทางการค้า" the adjective "Trade" (a "Joint Trade Committee"). Empty unless every word of the
        subject is one ``thai_topics`` knows: better the kind's bare name than a half-translated one."""
        marker = re.match(r"\s*(ว่าด้วย|เพื่อ|ด้าน|ทาง)", topic)
        if marker is None:
            return ""
        rest = topic[marker.end() :]
        cooperation = "ความร่วมมือ" in rest
        rest = re.sub(r"ความร่วมมือ|ระหว่าง|ด้าน|ทาง|และ|[\s,]+", " ", rest)
        read = [self._thai_words(piece, self._topics_longest, self.thai_topics) for piece in rest.split()]
        if any(w is None for w in read):
            return ""
        words = [w for piece in read for w in piece or ()]
        if not words:
            return ""
        if cooperation and any(t.endswith(ADJECTIVE_ENDS) for w in words for t in w.split()):
            # beside an adjective, the nouns too: "Scientific and Technical Cooperation"
            words = [" ".join(self.topic_adjectives.get(t, t) for t in w.split()) for w in words]
        subject = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
        if not cooperation and (marker.group(1) == "ทาง" or (len(words) == 1 and words[0].endswith(ADJECTIVE_ENDS))):
            return subject  # an adjective goes before the kind: "ด้านเศรษฐกิจ" makes a "Joint Economic Commission"
        return f"on {subject} Cooperation" if cooperation else f"on {subject}"

    def thai_named_kind(self, thai: str) -> Kind | None:
        """A kind the registry does not list, named in Thai only ("กลไกหารือทางการเมืองและเศรษฐกิจ"), with its
        English name read word by word from ``thai_name_words`` and ``thai_topics``: Thai puts the noun
        first and what qualifies it after ("กลไก | หารือ | ทางการเมืองและเศรษฐกิจ"), English the other way
        round ("Political and Economic | Consultation | Mechanism"); a subject after ว่าด้วย, เพื่อ or ด้าน
        is read as ``topic_qualifier`` reads it. None unless every word is known: better no series than a
        half-translated name."""
        marker = re.search(r"ว่าด้วย|เพื่อ|ด้าน", thai)
        head, topic = (thai[: marker.start()], thai[marker.start() :]) if marker else (thai, "")
        words = self._thai_words(head, self._name_words_longest, self._name_words)
        if words is None:
            return None
        units: list[str] = []
        for word in words:  # "Political" "and" "Economic": one unit, in its own order
            if units and (word == "and" or units[-1].endswith(" and")):
                units[-1] = f"{units[-1]} {word}"
            else:
                units.append(word)
        if not units or units[-1].endswith(" and") or units[0] == "and":
            return None
        english_words = list(reversed(units))
        nouns = {n.casefold() for n in self.cues.get("meeting_nouns", ())}
        if english_words[-1].split()[-1].casefold() not in nouns:
            english_words.append("Meeting")  # "การประชุมระดับรัฐมนตรี": the meeting is the head
        qualifier = self.topic_qualifier(topic) if topic else ""
        if topic and not qualifier:
            return None
        if qualifier and not qualifier.startswith("on "):
            english_words.insert(len(english_words) - 1, qualifier)  # an adjective: before the noun
        elif qualifier:
            english_words.append(qualifier)
        name = " ".join(english_words)
        if (listed := self.kind(name)) is not None:
            return listed  # a listed body's English name, its Thai one spelled another way
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
        return Kind(id=slug, en=name, th=thai, aliases=(thai,), registered=False)

    @staticmethod
    def _thai_words(text: str, longest_first: Sequence[str], english: Mapping[str, str]) -> list[str] | None:
        """Thai written without spaces, read as the known words it is made of, longest first, into their
        English words (a particle's empty word left out); None when a part of it is no known word."""
        words: list[str] = []
        while text:
            known = next((t for t in longest_first if text.startswith(t)), None)
            if known is None:
                return None
            words += [english[known]] if english[known] else []
            text = text[len(known) :]
        return words

    @cached_property
    def _name_words(self) -> dict[str, str]:
        return {**self.thai_topics, **self.thai_name_words}

    @cached_property
    def _name_words_longest(self) -> tuple[str, ...]:
        return tuple(sorted(self._name_words, key=len, reverse=True))

    @cached_property
    def subject_words(self) -> frozenset[str]:
        """The English subjects ``thai_topics`` gives, word by word ("Railway", "Science"): a body's subject
        of one word is one of them."""
        return frozenset(w for english in self.thai_topics.values() for w in english.split())

    @cached_property
    def _topics_longest(self) -> tuple[str, ...]:
        return tuple(sorted(self.thai_topics, key=len, reverse=True))

    def place_th(self, place: str) -> str:
        """A gazetteer place's Thai name (its first Thai spelling), else its English one."""
        return next((a for a in self.places.get(place, ()) if THAI_BLOCK.search(a)), place)

    def place(self, alias: str) -> str | None:
        return self._alias_to_place.get(fold_alias(alias))

    def order_countries(self, codes: Iterable[str]) -> tuple[str, ...]:
        """Thailand first (the hub this tool follows), the others by English name."""
        unique = set(codes)
        rest = sorted(unique - {"TH"}, key=lambda c: self.countries[c].en if c in self.countries else c)
        return (("TH",) if "TH" in unique else ()) + tuple(rest)

    def series(
        self,
        kind: Kind,
        countries: Iterable[str] = (),
        framework: str | None = None,
        written: str = "",
        qualifier: str = "",
        qualifier_th: str = "",
    ) -> Series:
        """The series of ``kind`` between ``countries`` (or within ``framework``). A kind that each pair
        of parties names its own way ("2+2 Ministerial Dialogue", "Foreign and Defence Ministers' Meeting")
        is named in the English words ``written`` in the text, when there are some; its id stays the kind's.
        A ``qualifier`` the text writes after the kind ("for Economic … Cooperation") is shown with it and
        names another body than the bare kind; ``qualifier_th`` is the same subject as a Thai name spells it,
        for the Thai name (an English subject alone is put in brackets after it)."""
        kind_en = kind.en
        if kind.name_from_text and re.search(r"[A-Za-z]{3}", written) and not THAI_BLOCK.search(written):
            kind_en = _tidy_written_name(written)
        if framework:
            fw = self.frameworks[framework]
            return Series(
                id=f"{fw.code.lower()}-{kind.id}",
                name_en=f"{fw.en} {kind_en}",
                name_th=f"{kind.th}{fw.th}",
                countries=tuple(sorted(fw.members)),
                kind=kind.id,
            )
        local = qualifier.startswith("(")  # the places a local committee is of: "(Mae Sai–Tachileik)"
        key = f"-{kind.id}" + _qualifier_key(qualifier)
        if qualifier and (local or qualifier.split()[0] in ("on", "for", "of", "under")):
            kind_en = f"{kind_en} {qualifier}"
        elif qualifier:  # an adjective: "Joint Committee" on trade is the "Joint Trade Committee"
            kind_en = re.sub(r"^(Joint )?", lambda m: f"{m.group()}{qualifier} ", kind_en, count=1)
            # … the same body as an English release names it ("Joint Economic Commission"), so one id for both
            named = next((k for k in self.kinds.values() if k.en.casefold() == kind_en.casefold()), None)
            key = f"-{named.id if named else self.named_kind(kind_en).id}"
        ordered = self.order_countries(countries)
        en = "–".join(self.countries[c].en for c in ordered)
        th = "-".join(self.countries[c].th for c in ordered)
        return Series(
            id="-".join(c.lower() for c in sorted(ordered)) + key,
            name_en=f"{en} {kind_en}",
            # Thai runs the kind and the parties together; an English name the registry does not list
            # keeps a space before them.
            name_th=f"{kind.th}{th} ({qualifier_th})"
            if local
            else (f"{kind.th}{qualifier_th}{th}" if kind.registered else f"{kind.th} {th}")
            + (f" ({qualifier})" if qualifier and not qualifier_th else ""),
            countries=tuple(sorted(ordered)),
            kind=kind.id,
        )


def _tidy_written_name(written: str) -> str:
    """A name as a text writes it, as a title: without the quotes around "2+2", "two plus two" (or "2 2") as "2+2",
    each word capitalised but the small ones ("2+2 ministerial meeting" -> "2+2 Ministerial Meeting")."""
    name = re.sub(r"[\"“”]", "", re.sub(r"\s+", " ", written.strip())).replace("’", "'")
    name = re.sub(r"(?i)\btwo[ -](?:plus|by)[ -]two\b|(?<![\d+])\b2 2\b(?![\d+])", "2+2", name)  # "2 2": its plus lost
    return " ".join(w if w in _SMALL_WORDS or not w[:1].islower() else w[:1].upper() + w[1:] for w in name.split())


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "on", "in", "to"})
_QUALIFIER_FILLER = frozenset(
    {"on", "for", "of", "and", "the", "cooperation", "co-operation", "bilateral", "under", "program", "programme"}
)


def _qualifier_key(qualifier: str) -> str:
    """What a qualifier adds to a series' id: the body on railways is not the body on trade. Each word is
    cut to its first five letters and the words sorted, so that the spellings one body goes by ("Economic,
    Trade, Scientific and Technological" and "Economic, Trade, Science and Technology") keep one id."""
    words = sorted({w[:5] for w in re.findall(r"[a-z-]+", qualifier.casefold()) if w not in _QUALIFIER_FILLER})
    return "-" + "-".join(words) if words else ""


def _with_variants(aliases: Iterable[str], variants: dict[str, list[str]]) -> tuple[str, ...]:
    """Aliases, and each written with the other meeting nouns Thai puts in front of it."""
    out = list(dict.fromkeys(aliases))
    for alias in list(out):
        for prefix, replacements in variants.items():
            if alias.startswith(prefix):
                out += [r + alias[len(prefix) :] for r in replacements if r + alias[len(prefix) :] not in out]
    return tuple(out)


def _read_toml(name: str, digest: Any) -> dict[str, Any]:
    text = resources.files("dialogtrack").joinpath("data", name).read_text(encoding="utf-8")
    digest.update(text.encode("utf-8"))
    return tomllib.loads(text)


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> None:
    """Merge a user's registry file into the shipped data: new keys added, alias lists extended."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = [*base[key], *(v for v in value if v not in base[key])]
        else:
            base[key] = value


def load_registry(extra_dirs: Sequence[Path] = ()) -> Registry:
    """The shipped registry, extended by ``*.toml`` files in ``extra_dirs``.

    A user file may hold any of the shipped tables: ``[XX]`` country tables (with ``en``, ``th``,
    ``aliases``), ``[kinds.ID]`` tables, ``[thai_topics]``, ``[topic_adjectives]``, ``[thai_name_words]``,
    ``[places]``, ``[frameworks.CODE]`` and ``[cues]``.
    """
    digest = hashlib.sha256()
    countries = _read_toml("countries.toml", digest)
    kinds_data = _read_toml("series.toml", digest)
    frameworks = _read_toml("frameworks.toml", digest)
    places = _read_toml("places.toml", digest)
    cues = _read_toml("cues.toml", digest)
    for folder in extra_dirs:
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
            text = path.read_text(encoding="utf-8")
            digest.update(text.encode("utf-8"))
            extra = tomllib.loads(text)
            _merge(
                kinds_data,
                {
                    k: extra.pop(k)
                    for k in ("kinds", "thai_topics", "topic_adjectives", "thai_name_words")
                    if k in extra
                },
            )
            _merge(frameworks, extra.pop("frameworks", {}))
            _merge(places, {k: extra.pop(k) for k in ("places", "virtual") if k in extra})
            _merge(cues, {"cues": extra.pop("cues", {}), "name_variants": extra.pop("name_variants", {})})
            _merge(countries, extra)
    variants: dict[str, list[str]] = cues.get("name_variants", {})
    return Registry(
        countries={code: Country(code, c["en"], c["th"], tuple(c.get("aliases", ()))) for code, c in countries.items()},
        frameworks={
            code: Framework(code, f["en"], f["th"], tuple(f["members"]), tuple(f.get("aliases", ())))
            for code, f in frameworks.items()
        },
        kinds={
            kid: Kind(
                kid,
                k["en"],
                k["th"],
                _with_variants(k.get("aliases", ()), variants),
                k.get("annual", False),
                k.get("framework", False),
                k.get("base"),
                tuple(k.get("th_topic_words", ())),
                name_from_text=k.get("name_from_text", False),
                numbered_only=k.get("numbered_only", False),
                localities=tuple((a, b) for a, b in k.get("localities", ())),
                markers=tuple(k.get("markers", ())),
            )
            for kid, k in kinds_data["kinds"].items()
        },
        places={name: list(aliases) for name, aliases in places["places"].items()},
        virtual=tuple(places.get("virtual", {}).get("aliases", ())),
        cues={name: tuple(words) for name, words in cues["cues"].items() if isinstance(words, list)},
        chairing={name: tuple(words) for name, words in cues["cues"].get("chairing", {}).items()},
        name_cadence={word: tuple(th) for word, th in cues["cues"].get("name_cadence", {}).items()},
        thai_topics=dict(kinds_data.get("thai_topics", {})),
        topic_adjectives=dict(kinds_data.get("topic_adjectives", {})),
        thai_name_words=dict(kinds_data.get("thai_name_words", {})),
        data_digest=digest.hexdigest(),
    )
