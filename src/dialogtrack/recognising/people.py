"""Co-chairs: the people a release says led or co-chaired a round, without titles or honorifics.

Names are found only where the genre says who chaired: "co-chaired by …", "… co-chaired the
meeting", "the U.S. side was led by …", "ทำหน้าที่ประธานร่วม", "เป็นประธานร่วม". English names are the
runs of capitalised words left once titles ("Assistant Secretary of State for …"), honorifics
("H.E. Mr.", "General") and country names are set aside; Thai names are the one or two words that
follow an honorific (นาย, นาง, พลเอก …), as Thai writes them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dialogtrack.recognising.annotate import annotate
from dialogtrack.recognising.scan import FRAMEWORK, KIND
from dialogtrack.registry import Registry, alias_pattern

TITLE_WORDS_FILE = "people.toml"


@lru_cache(maxsize=1)
def _people_data() -> dict[str, Any]:
    text = resources.files("dialogtrack").joinpath("data", TITLE_WORDS_FILE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _longest_first(words: list[str]) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _english_honorifics() -> re.Pattern[str]:
    """The honorifics before an English name (``people.toml``), as one pattern to set them aside."""
    data = _people_data()
    written = []
    for word in _longest_first(data["honorifics_en"]):
        body = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")  # "Dato' Sri" as "Dato’ Sri" too
        written.append(body + (r"\s*" if word.endswith(".") else r"\.?\s+"))
        if word.upper() != word and len(word.rstrip(".")) > 2:
            # in capitals only before a name in capitals: "DATO AHMAD BIN YUSOF", never "GEN" of "GENERAL"
            upper = re.escape(word.upper()).replace(r"\ ", r"\s+").replace("'", "['’]")
            written.append(upper + (r"\s*" if word.endswith(".") else r"\.?\s+") + r"(?=[A-Z]{2,}\b)")
    before_name = "|".join(re.escape(w) for w in data["honorifics_en_before_name"])
    return re.compile(rf"\b(?:{'|'.join(written)})|\b(?P<before_name>{before_name})\s+(?=[A-Z][a-z])")


def _thai_honorifics() -> str:
    """The honorifics and ranks before a Thai name (``people.toml``), as a pattern to build names on."""
    data = _people_data()
    parts = [rf"{re.escape(p)}[\u0e01-\u0e4e]*(?=\s)" for p in data["honorific_th_prefixes"]]
    for word in _longest_first(data["honorifics_th"]):
        body = re.escape(word).replace(r"\ ", r"\s*")
        others = [w[len(word) :] for w in data["not_honorifics_th"] if w.startswith(word)]
        parts.append(body + (rf"(?!{'|'.join(map(re.escape, others))})" if others else ""))
    parts += [rf"{re.escape(w)}(?=\s)" for w in data["honorifics_th_before_space"]]
    return f"(?:{'|'.join(parts)})"


HONORIFICS_EN = _english_honorifics()
LATIN_LETTER = r"[^\W\d_\u0e00-\u0e7f]"  # a letter of any Latin script ("ş", "é"), not a Thai one
EN_NAME_TOKEN = rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:{LATIN_LETTER}|['’\-])+|[A-Z]\.|[A-Z](?=\s))"
# Where a clause (and so its subject) begins: patterns that read a subject are tried only there, so
# a long passage is not scanned from every character.
CLAUSE_START = (
    r"(?:^|(?<=[.;:])[ \t]+|(?<=\d\.)[ \t]*|(?<=,)[ \t]+and[ \t]+|\bwhile[ \t]+|\bwhereas[ \t]+"
    r"|(?:(?<=delegation)|(?<=side)|(?<=team))[ \t]+and[ \t]+)[ \t]*"  # "X led the U.S. delegation and Y led …"
)
# Where the names after "… by" end: a full stop, a quotation's end, or the main clause that follows them
# ("Co-chaired by X and Y, the meeting underscored …").
AGENT_NAMES_END = (
    r"(?:[.;\"”]\s|[.;]?$|,\s+(?=(?:the\s+(?:meeting|talks|dialogue|session|consultations?|two\s+sides|sides"
    r"|delegations)|both\s+sides|it|they)\b))"
)
# "Thailand was represented by X, and Türkiye by Y": the other side's representative in the same clause
OTHER_SIDE_BY = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+by\s")
CHAIR_EN: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # Each pattern with the words, in lower case, one of which every match of it holds: a passage
    # without them is not searched (the patterns are long, and most paragraphs name no chair).
    (
        ("chair",),
        # A quotation ends the names: '"… co-chaired by X and Y," Z told reporters' (Z said it); so does the
        # main clause after them: "Co-chaired by X and Y, the meeting underscored …"
        re.compile(r"\b[Cc]o-?chaired\s+by\s+(?P<names>[^.;\"”]+?(?:\.[^\s.][^.;\"”]*?)*)" + AGENT_NAMES_END, re.M),
    ),
    (("chair",), re.compile(r"\bunder\s+the\s+co-?chair(?:man)?ship\s+of\s+(?P<names>[^.;]+)")),
    (
        ("chair",),
        re.compile(
            CLAUSE_START
            + r"(?P<names>[^.;:\n]+?)\s+(?:co-?chaired|will\s+co-?chair|co-?chairs|(?:is\s+|are\s+)?co-?chairing)\b"
            r"(?!\s+by)",
            re.M,
        ),
    ),
    (("represented",), re.compile(r"\b(?:was|were)\s+represented\s+by\s+(?P<names>[^.;]+)")),
    # "At the invitation of Y, X paid an official visit to …"
    (
        ("invitation",),
        re.compile(
            r"\bAt\s+the\s+invitation\s+of\s+(?P<names>[^.;]+?),\s+(?P<names2>[^.;]+?)\s+paid\s+an?\s+"
            r"(?:official\s+|working\s+|state\s+)?visit\b"
        ),
    ),
    (
        ("led", "head", "chair"),
        re.compile(r"\b(?:was|were|will\s+be|is|are)\s+(?:led|headed|chaired)\s+by\s+(?P<names>[^.;]+)"),
    ),
    # "This bilateral consultation, led by X and Y, was attended by …": the round, and who led it
    (
        ("led", "head"),
        re.compile(
            r"\b(?i:meeting|consultations?|dialogue|talks|session|retreat|round)\s*,\s+(?:led|headed)\s+by\s+"
            r"(?P<names>[^.;]+?)(?=,|[.;]|$)",
            re.M,
        ),
    ),
    (
        ("led", "head", "lead"),
        re.compile(
            # "… led the U.S. delegation", "X and his counterpart Y led their respective delegations"
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+(?:led|headed|will\s+lead|will\s+head)\s+(?:the|their|its)\s+"
            r"(?:\S+\s+){0,2}(?:delegations?|sides?|teams?)\b",
            re.M,
        ),
    ),
    # "X and his counterpart, Y, led the 10th strategic defense dialogue": the two who led the round itself,
    # named by its number (not "led the Thai delegation to the 5th meeting")
    (
        ("led",),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+led\s+the\s+"
            r"(?:\d{1,3}\s?(?:st|nd|rd|th)|[a-z]+(?:st|nd|rd|th)|inaugural)\s+"
            r"(?:(?!(?:delegations?|sides?|teams?|to|of|in|at)\b)[\w'’+-]+\s+){0,5}?"
            r"(?i:dialogue|talks|consultations?|meeting|commission|committee|retreat)\b",
            re.M,
        ),
    ),
    # "… co-chaired the meeting with Thai Foreign Minister X", "… co-chair the meeting with his counterpart, Gen Y",
    # "… will co-chair the meeting alongside Chinese foreign minister Y"
    (
        ("chair",),
        re.compile(
            r"\bco-?chair(?:ed|s|ing)?\s+the\s+[^.;]{0,120}?\b(?:with|alongside|together\s+with)\s+"
            r"(?P<names2>[^.;\"”]+?)(?=\s+(?:in|at|on|by|according)\b|,\s+(?:according|said|who)\b|,?[\"”]|[.;]|$)"
        ),
    ),
    # "… after chairing the 43rd … meeting with his Indonesian counterpart, Y": chairing with one's counterpart
    (
        ("chair",),
        re.compile(
            r"\bchair(?:ed|s|ing)?\s+the\s+[^.;]{0,120}?\bwith\s+(?:his|her|their)\s+(?:\S+\s+){0,2}?counterparts?,?\s+"
            r"(?P<names2>[^.;]+?)(?=\s+(?:in|at|on|by|according)\b|,|[.;]|$)"
        ),
    ),
    (
        ("held",),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+held\s+the\s+[^.;]{0,120}?"
            r"(?i:Dialogue|Talks|Consultations?|Meeting|Commission|Retreat)\s+with\s+(?P<names2>[^.;]+?)\s+(?:in|at|on|by)\b",
            re.M,
        ),
    ),
    # "X and Y met for the Fifth 2+2 Meeting", "X and Y met in Canberra for the 7th Annual Leaders' Meeting",
    # "X and Y convened in Putrajaya for the 11th … Retreat", "… met Friday at the State Department for the
    # inaugural meeting …": the principals of a bilateral round are its co-chairs.
    (
        ("met", "convened"),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+(?:met|convened)\s+"
            r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
            r"(?:[^.;\n]{1,80}?\s+)?"  # "in Bogor", "for the last time in their present roles in Bogor"
            r"(?:for|at|to\s+hold)\s+(?:the|their)\s+"
            r"(?:\S+\s+){0,8}?(?:\d\+\d|[A-Z][\w'’-]*\s+(?i:Dialogue|Talks|Consultations?|Meeting|Commission|Committee|Retreat))",
            re.M,
        ),
    ),
    # "X and Y hosted A and B for the second 2+2", "X welcomed Y to Canberra for their first annual Leaders' Meeting"
    (
        ("hosted", "welcomed"),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+(?:hosted|welcomed)\s+(?P<names2>[^.;\n]+?)\s+"
            r"(?:(?:to|in)\s+[A-Z][\w .'-]{1,40}?\s+)?for\s+(?:the|their)\s+",
            re.M,
        ),
    ),
    # "X and Y held the 7th Singapore-Australia Annual Leaders' Meeting in Canberra today"
    (
        ("held",),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+held\s+the\s+"
            r"(?:(?i:first|second|third|inaugural)|\d{1,3}(?:st|nd|rd|th)|[A-Za-z][a-z]+th)\s+"
            r"[^.;\n]{0,100}?(?:Dialogue|Talks|Consultations?|Meeting|Commission|Committee|Retreat)\b(?!\s+with)",
            re.M,
        ),
    ),
    # "X together with Y held the seventh 2+2 Meeting with A and B, Thursday 9 September"
    (
        ("held",),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+held\s+the\s+[^.;]{0,120}?(?:\d\+\d\s+)?"
            r"(?i:Dialogue|Talks|Consultations?|Meeting|Commission|Retreat)\s+with\s+(?P<names2>[^.;]+?)(?=,|\s+(?:in|at|on|by|of)\b|[.;]|$)",
            re.M,
        ),
    ),
    # "X paid an official visit to Thailand … for the sixth Annual Consultation …, at the invitation of Y"
    (
        ("invitation",),
        re.compile(
            CLAUSE_START
            + r"(?P<names>[^.;\n]+?)\s+paid\s+an?\s+(?:official\s+|working\s+|state\s+)?visit\s+to\s+[^.;]{0,80}?"
            r"\bfor\s+the\s+[^.;]{0,160}?\bat\s+the\s+invitation\s+of\s+(?P<names2>[^.;]+)",
            re.M,
        ),
    ),
    # "… the seventh Meeting of the … Committee, co-hosted with Cambodian Deputy Prime Minister Y in Phnom Penh"
    (
        ("hosted", "chaired"),
        re.compile(r"\bco-?(?:hosted|chaired)\s+with\s+(?P<names2>[^.;,]+?)(?=\s+(?:in|at|on|by)\b|[.;,]|$)"),
    ),
    # "… discussed in the 8th Joint Commission Meeting (JCM) between External Affairs Minister X and his Thai
    # counterpart Y": the round's principals (countries named there are no one)
    (
        ("between",),
        re.compile(
            r"\b(?:Meeting|Commission|Committee|Dialogue|Consultations?|Talks|Retreat)(?:\s*\([A-Z]{2,8}\))?\s+between\s+"
            r"(?P<names>[^.;]+?)(?:[.;]\s|[.;]?$)",
            re.M,
        ),
    ),
    # "The 14th strategic talks were held in Seoul between X and his Japanese counterpart, Y"
    (
        ("held",),
        re.compile(
            r"\b(?:was|were)\s+held\s+(?:(?:in|at|on)\s+[^.;,]{1,40}?\s+)?between\s+(?P<names>[^.;]+?)(?:[.;]\s|[.;]?$)",
            re.M,
        ),
    ),
    # "X will attend the 21st Meeting of the … Joint Commission … at the invitation of Y"
    (
        ("invitation",),
        re.compile(
            CLAUSE_START + r"(?P<names>[^.;:\n]+?)\s+(?:will\s+attend|attended|attends|is\s+attending|to\s+attend"
            r"|to\s+co-?chair|co-?chaired|will\s+co-?chair)\s+the\s+[^.;]{0,200}?\bat\s+the\s+invitation\s+of\s+"
            r"(?P<names2>[^.;]+)",
            re.M,
        ),
    ),
    # "X will begin a two-day working visit to Indonesia on Monday for the 13th Annual Consultation with Y"
    (
        ("visit",),
        re.compile(
            CLAUSE_START
            + r"(?P<names>[^.;\n]+?)\s+(?:will\s+(?:begin|make|pay)|began|made|paid|is\s+(?:making|paying))\s+"
            r"an?\s+(?:[\w-]+\s+){0,3}visit\s+to\s+[^.;]{1,60}?\s+(?:for|to\s+attend)\s+the\s+[^.;]{0,120}?\bwith\s+"
            r"(?P<names2>[^.;,]+)",
            re.M,
        ),
    ),
    # "X made an official visit to Thailand … for the sixth annual consultation. The visit was made at the
    # invitation of Y": the host who invited the visitor for the round.
    (
        ("invitation",),
        re.compile(
            CLAUSE_START
            + r"(?P<names>[^.;\n]+?)\s+(?:made|paid|is\s+(?:making|paying)|will\s+(?:make|pay)|is\s+visiting)\s+"
            r"(?:an?\s+(?:[\w-]+\s+){0,3}visit\s+to\s+)?[^.;]{0,160}?\b(?:for|co-?chair(?:ing)?)\s+the\s+[^.;]{0,200}?\.\s+"
            r"The\s+visit\s+(?:was|is|will\s+be)\s+(?:made\s+|paid\s+)?at\s+the\s+invitation\s+of\s+(?P<names2>[^.;]+)",
            re.M,
        ),
    ),
    (
        ("leading",),
        re.compile(
            r"\bLeading\s+the\s+(?:\S+\s+){0,2}(?:delegation|side)\s+(?:were|was)\s+(?P<names>[^;]+?)(?:\.\s|\.?$)"
        ),
    ),
    # "The head of the Australian delegation was Ms X, First Assistant Secretary …"
    (
        ("head",),
        re.compile(
            r"\b[Tt]he\s+head\s+of\s+the\s+(?:\S+\s+){0,3}?delegation\s+(?:was|is|will\s+be)\s+"
            r"(?P<names>[^;]+?)(?:\.\s|\.?$)"
        ),
    ),
)
# Thai says who chaired with a verb after its subject: "X และ Y เป็นประธานร่วม…", "X … เป็นหัวหน้าคณะ…";
# the partner follows "ร่วมกับ". Attending ("เข้าร่วมการประชุม…") counts only with a counterpart named
# ("… ครั้งที่ ๖ กับนาย Y"): the two heads of delegation. The verbs are data (cues.toml, [cues.chairing]).
PARTNER_TH = re.compile(r"(?:ร่วมกับ|กับ)[^\S\n]*$")
# A name that is the object of another verb (the host of a courtesy call, the person met) is no chair.
# ("ตามคำเชิญของ X … เพื่อเป็นประธานร่วม" and "X ให้การต้อนรับ Y ในโอกาสเป็นประธานร่วม" name the partner).
OBJECT_BEFORE_TH = re.compile(r"(?:คารวะ|หารือกับ|พบกับ|พบหารือกับ|เข้าพบ|ร่วมคณะ|ในนาม|แทน|(?<!คำเชิญ)ของ)[^\S\n]*$")
# Presiding over a ceremony ("เป็นประธานในพิธีเปิดการประชุม …", the opening) or a press briefing ("… ในการแถลงสรุปผล
# การประชุม …") is not chairing the round.
CEREMONY_TH = re.compile(r"[^\S\n]*(?:ใน|ฝ่ายไทยใน)?(?:พิธี|การแถลง|งานแถลง)")
# Thai ends a clause with a space and a connective, not with a dot: dots mark abbreviations and initials
# ("พล.อ.", "นางเรตโน แอล. พี. มาร์ซูดี").
# Where a Thai clause ends, for the subject of the verb after it; "X เปิดเผยว่า …": what X reports is a clause of
# its own, whose subject is not X.
THAI_CLAUSE_END = re.compile(r"[;:]|\s(?:ทั้งนี้|ต่อมา|นอกจากนี้|ซึ่ง|โดย(?!มี))|(?:เปิดเผยว่า|กล่าวว่า|แจ้งว่า|ระบุว่า)")


def _english_honorifics_before() -> str:
    """The English honorifics a Thai rank may come before, as Thai pages write a Malaysian officer:
    "พล.ท.Dato’ Pahlawan Haji Muhamad …"; set aside like the Thai ones."""
    data = _people_data()
    words = _longest_first([*data["honorifics_en"], *data["honorifics_en_before_name"]])
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)
    # in capitals before a name in capitals: "พลเรือตรี DATO AHMAD BIN YUSOF"
    upper = "|".join(
        re.escape(w.upper()).replace(r"\ ", r"\s+").replace("'", "['’]")
        for w in words
        if w.upper() != w and len(w.rstrip(".")) > 2
    )
    return rf"(?:(?:{body})\.?\s+(?=[A-Z])|(?:{upper})\.?\s+(?=[A-Z]{{2,}}\b))*"


def _thai_malay_name() -> str:
    """A Malay name written in Thai: one or two given names, "บิน" and the father's, whose own title stays
    with it ("ฮิสฮัมมุดดิน บิน ตุน ฮุสเซน", as "Hishammuddin bin Tun Hussein")."""
    data = _people_data()
    joiners = "|".join(map(re.escape, _longest_first(data["name_joiners_th"])))
    kept = "|".join(map(re.escape, _longest_first(data["name_joiner_titles_th"])))
    return rf"{THAI_WORD}(?:\s{THAI_WORD})?\s(?:{joiners})\s(?:(?:{kept})\s)?{THAI_WORD}"


THAI_WORD = r"[\u0e01-\u0e4e]+"
HONORIFICS_TH = _thai_honorifics()
THAI_NAME = re.compile(
    HONORIFICS_TH
    + r"(?:\s*"
    + HONORIFICS_TH
    + r")*\s*"
    + _english_honorifics_before()
    + r"(?P<name>"
    + _thai_malay_name()
    + r"|[\u0e01-\u0e4e]+\s[\u0e01-\u0e4e]+(?:-[\u0e01-\u0e4e]+)?"
    # a third word, unless it is where the title or the clause begins: consumed, that word would hide the
    # next name joined to it ("… รัฐมนตรีว่าการกระทรวงการต่างประเทศและนายสก วันนา")
    + r"(?P<third>\s(?!และ|กับ|หรือ|"
    + "|".join(map(re.escape, _people_data()["thai_title_starts"].split()))
    + r")[\u0e01-\u0e4e]+)?"
    # one Thai word glossed by its romanisation: "นายเสารัภกุมาร (Saurabh Kumar)"
    + r"|[\u0e01-\u0e4e]{3,}(?=[^\S\n]*\([A-Z][a-z]+(?:[ .'-]+[A-Z][a-z]+)+\))|"
    + EN_NAME_TOKEN
    + r"(?:\s+"
    + EN_NAME_TOKEN
    + r"){1,4})"  # "Zulkifli Bin Haji Zainal Abidin"
)


# A foreign name a Thai page writes in Latin letters, with its English honorific: "และ Mr. John Smith รองปลัด…".
ROMAN_NAME_IN_THAI = re.compile(
    r"(?<![A-Za-z(])(?:Mr|Mrs|Ms|Dr)\.?\s+(?P<name>" + EN_NAME_TOKEN + r"(?:\s+" + EN_NAME_TOKEN + r"){1,3})"
    # followed by Thai, or by an English title set off by a comma before the Thai goes on ("Mr. William
    # Tan, Director-General, Singapore Cooperation Programme เป็นประธานร่วม…")
    r"(?P<third>(?!x)x)?(?=\s*[\u0e01-\u0e4e(]|\s*$|,\s*[A-Z][^\u0e00-\u0e7f\n]{0,80}?[\u0e01-\u0e4e])"
)


# A name written without an honorific, as news pages write foreign officials' names in Thai ("โดยมีแดเนียล
# คริเทนบริงค์ ผู้ช่วยรัฐมนตรี…", "ในขณะที่ธานี ทองภักดี ปลัดกระทรวง…"): two words after "โดยมี", "ขณะที่" or "และ",
# followed by the office that says who they are.
BARE_THAI_NAME = re.compile(
    r"(?:(?<=โดยมี)|(?<=ขณะที่)|(?<=และ))(?P<name>[\u0e01-\u0e4e]{2,}\s[\u0e01-\u0e4e]{2,})(?P<third>(?!x)x)?"
    r"(?=\s(?:ผู้ช่วยรัฐมนตรี|รัฐมนตรี|ปลัดกระทรวง|รองปลัดกระทรวง|อธิบดี|เอกอัครราชทูต|เลขาธิการ|ผู้บัญชาการ|นายกรัฐมนตรี|รองนายกรัฐมนตรี))"
)


# An office and its country, then the name with no honorific, as news pages write foreign leaders in Thai:
# "นายกรัฐมนตรีลาว ทองลุน สีสุลิต ได้นำคณะ…".
THAI_OFFICES_OF_COUNTRIES = (
    "นายกรัฐมนตรี",
    "รองนายกรัฐมนตรี",
    "ประธานาธิบดี",
    "รัฐมนตรีต่างประเทศ",
    "รัฐมนตรีว่าการกระทรวงการต่างประเทศ",
    "รัฐมนตรีกลาโหม",
    "รัฐมนตรีว่าการกระทรวงกลาโหม",
)


@lru_cache(maxsize=8)
def _office_then_name(registry: Registry) -> re.Pattern[str]:
    thai_countries = [a for c in registry.countries.values() for a in (c.th, *c.aliases) if THAI_LETTERS.fullmatch(a)]
    offices = "|".join(sorted(THAI_OFFICES_OF_COUNTRIES, key=len, reverse=True))
    countries = "|".join(sorted(set(thai_countries), key=len, reverse=True))
    return re.compile(
        rf"(?:{offices})(?:{countries})\s(?P<name>[\u0e01-\u0e4e]{{2,}}\s[\u0e01-\u0e4e]{{2,}})(?P<third>(?!x)x)?(?=\s|$)"
    )


@lru_cache(maxsize=8)
def _office_then_one_word(registry: Registry) -> re.Pattern[str]:
    """A name of one word after an office, as Thai pages write a Vietnamese leader's ("นายกรัฐมนตรี ฝามมิงชิ้งห์
    และนายกรัฐมนตรีลาว …"): only where "และ", "กับ" or the verb follows it at once."""
    offices = "|".join(sorted(THAI_OFFICES_OF_COUNTRIES, key=len, reverse=True))
    return re.compile(
        rf"(?:{offices})[\u0e01-\u0e4e]{{0,12}}?\s(?P<name>[\u0e01-\u0e4e]{{6,30}})(?P<third>(?!x)x)?"
        r"(?=\s+(?:และ|กับ|ได้|เป็นประธาน))"
    )


def _offices_names(line: str, registry: Registry) -> list[re.Match[str]]:
    """Names after an office and its country, unless a word of them is where a title or the clause begins; a
    name of one word after an office, unless it is a country or a word of titles."""
    starts = thai_title_starts()
    found = [
        m
        for m in _office_then_name(registry).finditer(line)
        if not any(w.startswith(starts) for w in m.group("name").split())
    ]
    found += [
        m
        for m in _office_then_one_word(registry).finditer(line)
        if not m.group("name").startswith((*starts, *thai_office_starts(), "ทั้ง", "ของ", "ประเทศ"))
        and not registry.country(m.group("name"))
        and not any(f.start("name") <= m.start("name") < f.end("name") for f in found)
    ]
    return found


@dataclass(frozen=True)
class ChairWords:
    """The registry's chair verbs as patterns: English subject and agent forms, Thai chair and lead verbs."""

    subject_en: re.Pattern[str]
    agent_en: re.Pattern[str]
    verbs_en: tuple[str, ...]
    chair_th: re.Pattern[str]
    lead_th: re.Pattern[str]
    attend_th: re.Pattern[str]
    members_th: re.Pattern[str]
    led_by_th: re.Pattern[str]
    side_title_th: re.Pattern[str]
    thai_cue: re.Pattern[str]


@lru_cache(maxsize=8)
def chair_words(registry: Registry) -> ChairWords:
    verbs = alias_pattern(registry.chairing.get("en", ()))
    return ChairWords(
        subject_en=re.compile(CLAUSE_START + rf"(?P<names>[^.;:\n]+?)\s+(?:will\s+)?(?:{verbs})\s+the\b", re.M),
        agent_en=re.compile(rf"\b(?:{verbs})\s+by\s+(?P<names>[^.;\"”]+?)" + AGENT_NAMES_END, re.M),
        verbs_en=tuple(v.casefold() for v in registry.chairing.get("en", ())),
        chair_th=re.compile(rf"(?:ได้)?(?:ร่วมกัน)?(?:{alias_pattern(registry.chairing.get('th', ()))})"),
        lead_th=re.compile(
            rf"(?:ได้)?(?<!เข้า)(?:{alias_pattern(registry.chairing.get('th_lead', ()))})"
            # not the head of one agency's team: "… เป็นหัวหน้าคณะผู้แทนกรมส่งเสริมสหกรณ์"
            rf"(?!(?:ผู้แทน)?[^\S\n]*(?:{alias_pattern(registry.chairing.get('th_lead_of_agency', ())) or '(?!x)x'}))"
        ),
        attend_th=re.compile(alias_pattern(registry.chairing.get("th_attend", ()))),
        members_th=re.compile(alias_pattern(registry.chairing.get("th_members", ())) or "(?!x)x"),
        led_by_th=re.compile(alias_pattern(registry.chairing.get("th_led_by", ()))),
        side_title_th=re.compile(
            # "ประธานคณะกรรมการชายแดนส่วนท้องถิ่นฝ่ายไทย", or with the body's acronym: "ประธาน TBC ฝ่ายไทย"
            rf"(?<!เป็น)(?:{alias_pattern(registry.chairing.get('th_side_title', ()))})(?!าธิบดี|ร่วม)"
            rf"(?:[^\S\n]*[A-Z]{{2,6}}[^\S\n]*)?\S{{0,30}}?ฝ่าย(?:{_thai_countries(registry)})"
        ),
        thai_cue=re.compile(
            alias_pattern(
                tuple(
                    w
                    for key in ("th", "th_lead", "th_attend", "th_led_by", "th_side_title")
                    for w in registry.chairing.get(key, ())
                )
            )
        ),
    )


def _thai_countries(registry: Registry) -> str:
    return "|".join(map(re.escape, sorted({c.th for c in registry.countries.values() if c.th}, key=len, reverse=True)))


def title_words() -> frozenset[str]:
    return frozenset(_people_data()["title_words"].split())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    return frozenset(_people_data().get("place_words_en", ()))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return frozenset(_people_data()["not_names_en"].split())


@lru_cache(maxsize=1)
def thai_title_starts() -> tuple[str, ...]:
    return tuple(_people_data()["thai_title_starts"].split())


@lru_cache(maxsize=1)
def thai_office_starts() -> tuple[str, ...]:
    return tuple(_people_data()["thai_office_starts"].split())


@lru_cache(maxsize=8)
def _country_words(registry: Registry) -> frozenset[str]:
    """Country names of one word ("Cambodian", "Thai", "Japan"): never part of a person's name. A word of a
    longer name ("Nam" of "Viet Nam", "Hong" of "Hong Kong") may be ("Hor Nam Hong"): longer names are
    set aside whole, where the text writes them."""
    # Initials ("S Korea", "U.S.") are no country words: "Dr. S. Jaishankar" keeps his.
    words = (a.casefold() for c in registry.countries.values() for a in (*c.aliases, c.en) if len(a.split()) == 1)
    return frozenset(w for w in words if len(w.strip(".")) > 1)


ABBREVIATION_DOT = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Adm|St|Jr|Sr|H\.E|U\.S|U\.K|E\.U|D\.C"
    r"|Asst|Sec|Usec|Asec|Amb|Dep|Gov|Sen|Rep|Pres|Maj|Brig|Capt|Cdr|Cmdr|Supt|Rt|Hon)\.|\b[A-Z]\.(?=\s*[A-Z])"
    r"|(?<=\b[A-Z]\.\s[A-Z])\.(?=\s)"  # "the U. S. and Thai heads": the second initial's dot
    r"|(?<=[A-Z])\.(?=[A-Z])|(?<=[a-z])\.(?=[a-z])"  # "VOV.VN", "e.g": a dot inside a word ends no clause
)
MASKED_DOT = "\u2024"


@lru_cache(maxsize=64)
def find_co_chairs(
    passage: str, registry: Registry, chairs_only: bool = False, surnames: bool = False
) -> tuple[str, ...]:
    """Names of the people ``passage`` says chaired or led the meeting, in order, without duplicates.
    ``chairs_only`` for a framework's meeting of many members: there, leading one's delegation is
    attending, and only chair wording names a chair.

    Cached: every round of a release asks about the paragraphs that name it, and one long paragraph
    that names many rounds would otherwise be read once per round.
    """
    names: list[str] = []
    # Dots of abbreviations and initials ("Mr.", "U.S.", "Daniel J. Kritenbrink") do not end a clause.
    masked = ABBREVIATION_DOT.sub(lambda m: m.group().replace(".", MASKED_DOT), passage)
    lowered = passage.lower()
    for cues, pattern in CHAIR_EN:
        if not any(cue in lowered for cue in cues) or (chairs_only and "chair" not in cues):
            continue
        subject = pattern.pattern.startswith(CLAUSE_START)
        matches = list(pattern.finditer(masked))
        if cues == ("represented",) and len(matches) + sum(len(OTHER_SIDE_BY.findall(m["names"])) for m in matches) < 2:
            continue  # one side's representatives alone are a delegation, not the two who led the round
        for m in matches:
            if cues == ("between",) and _recalled(masked, m.start()):
                continue  # "… builds on the commitments from the Leaders' Dialogue between X and Y": another meeting's
            for group in ("names", "names2"):
                if m.groupdict().get(group):
                    segment = m.group(group).replace(MASKED_DOT, ".")
                    segment = _last_clause(segment) if subject and group == "names" else segment
                    names.extend(english_names(segment, registry, surnames))
    words = chair_words(registry)
    if any(v in lowered for v in words.verbs_en):  # the registry's own chair verbs, a user's included
        for pattern in (words.subject_en, words.agent_en):
            for m in pattern.finditer(masked):
                segment = m.group("names").replace(MASKED_DOT, ".")
                segment = _last_clause(segment) if pattern is words.subject_en else segment
                names.extend(english_names(segment, registry, surnames))
    for line in passage.split("\n"):  # Thai writes a paragraph as one line; "ม.ค." has dots but ends nothing
        # only a line with a Thai chair, lead or attend verb, or a side and its head, is read
        if words.thai_cue.search(line) or _side_has(registry).search(line):
            names.extend(thai_chairs(line, registry, chairs_only))
    seen: dict[str, None] = {}
    for name in names:
        if registry.place(name) or registry.country(name) or name.rsplit(" ", 1)[-1] in _place_words():
            continue  # "… chaired by X in Phnom Penh", "… in Koh Kong Province": a place written like a name is no one
        seen.setdefault(name, None)
    return tuple(seen)


# Words before a meeting's name, in its sentence, that recall it as another, earlier meeting: "commitments
# from the …", "since the …", "following the last …".
RECALLED_BEFORE = re.compile(
    r"(?i:\b(?:from|since|following|previous|last|earlier|prior|builds?\s+on|outcomes?\s+of|commitments?\s+of)\b)"
    r"[^.;\n]{0,60}$"
)


def _recalled(text: str, at: int) -> bool:
    """Whether the meeting named at ``at`` is recalled in its sentence rather than reported."""
    clause = max(text.rfind(".", 0, at), text.rfind(";", 0, at), text.rfind("\n", 0, at)) + 1
    return bool(RECALLED_BEFORE.search(text, clause, at))


SUBORDINATE = re.compile(r"\b(?:before|after|when|until|once|since)\s+")
HOSTED_ON_VISIT = re.compile(
    r"\b(?:hosted|received|welcomed|met\s+with)\s+(?P<visitor>.+?)\s+(?:on\s+the\s+occasion\s+of|during)\s+"
    r"(?:his|her|their)\s+(?:official\s+|working\s+)?visit\b"
)


def _last_clause(segment: str) -> str:
    """The subject of a verb is in its own clause: "X will call on Y before he and Z co-chair …" names Z (and
    a "he" of no name), not Y; and the subject of two verbs comes before the first: "X will hold talks with
    Y and co-chair …" names X, the one who does both."""
    if visitor := HOSTED_ON_VISIT.search(segment):
        # "X hosted Y on the occasion of his visit to Vietnam to co-chair …": the visitor co-chairs, the host
        # receives him
        return visitor.group("visitor")
    found = list(SUBORDINATE.finditer(segment))
    if found and found[-1].group().strip().casefold() == "since":
        return ""  # "… 22 years since X jointly chaired the meeting": who chaired it once, not this round
    segment = segment[found[-1].end() :] if found else segment
    first_verb = OTHER_VERB_FIRST.search(segment)
    return segment[: first_verb.start()] if first_verb else segment


# "… will hold talks with Y and": an auxiliary and another verb after the subject, before "co-chair"
OTHER_VERB_FIRST = re.compile(r"\s+(?:will|would|shall|is\s+to|are\s+to)\s+(?!co-?chair|be\b|also\b|jointly\b)[a-z]")


def thai_chairs(line: str, registry: Registry, chairs_only: bool = False) -> list[str]:
    """The people a Thai passage says chaired or headed the delegations: the subject of a chair verb
    (with whoever is joined to it by "และ"), and the partner after "ร่วมกับ"/"กับ" that follows."""
    people = list(THAI_NAME.finditer(line))
    people += [
        m
        for m in BARE_THAI_NAME.finditer(line)
        if not any(p.start() <= m.start() < p.end() for p in people) and _bare_name_plausible(m.group("name"))
    ]
    people += [m for m in _offices_names(line, registry) if not any(p.start() <= m.start() < p.end() for p in people)]
    people += [
        m for m in ROMAN_NAME_IN_THAI.finditer(line) if not any(p.start() <= m.start() < p.end() for p in people)
    ]
    people.sort(key=lambda m: m.start())
    found: list[str] = []
    words = chair_words(registry)
    cues = [(m, True) for m in words.chair_th.finditer(line)]
    cues += [] if chairs_only else [(m, True) for m in words.lead_th.finditer(line)]
    cues += [] if chairs_only else [(m, False) for m in words.attend_th.finditer(line)]
    preparatory = registry.cue_re("preparatory_before")
    previous_end = 0
    for cue, chairing in sorted(cues, key=lambda c: c[0].start()):
        if CEREMONY_TH.match(line, cue.end()):
            continue  # "เป็นประธานในพิธีเปิดการประชุม …": presiding over the opening, not chairing the round
        # A name before an earlier verb is that verb's subject: "X เข้าร่วมประชุม … มีนาย Y … ประธานร่วม" makes
        # Y the chair and X an attendee.
        clause = _thai_clause_start(line, cue.start())
        subjects_from = max(clause, previous_end)
        earlier_end, previous_end = previous_end, max(previous_end, cue.end())
        # "X เดินทางไปเข้าร่วมการประชุม … โดยมี Y และ Z เป็นประธานร่วม": "โดยมี" introduces the chairs.
        clause = max(clause, line.rfind("โดยมี", clause, cue.start()))
        if preparatory.search(line, clause, cue.start()):
            continue  # a secretariat's or a preparatory meeting's chairs ("การประชุมกองเลขานุการ … โดยมี X เป็นประธาน")
        subjects_from = max(subjects_from, clause)
        if members := words.members_th.search(line, subjects_from, cue.start()):
            subjects_before = members.start()  # "X พร้อมด้วยคณะ … ประกอบด้วย A, B ร่วมหารือ": A and B attend
        else:
            subjects_before = cue.start()
        subjects = [p for p in people if subjects_from <= p.start() < subjects_before and _is_subject(line, p, clause)]
        if not subjects and line.endswith("ซึ่ง", 0, clause):
            # "… และมีนาย Y (…) รัฐมนตรี… ซึ่งเดินทางเยือนประเทศไทย… เป็นประธานร่วมฝ่ายรัสเซีย": the clause that
            # "ซึ่ง" opens says who Y is; the verb after it is still Y's.
            outer = max(_thai_clause_start(line, clause - len("ซึ่ง")), earlier_end)
            subjects = [p for p in people if outer <= p.start() < clause and _is_subject(line, p, outer)]
        window = line[cue.end() : cue.end() + 260]
        stop = THAI_CLAUSE_END.search(window)
        partners = [
            p
            for p in people
            if cue.end() <= p.start() < cue.end() + (stop.start() if stop else len(window))
            and PARTNER_TH.search(line[max(cue.end(), p.start() - 12) : p.start()])
        ][:1]
        if not chairing and not partners:
            continue  # attending, with no counterpart named: an attendee, not a head of delegation
        found.extend(thai_name(p) for p in (*subjects, *partners))
    if not chairs_only:
        # "พันเอก X ผู้บังคับ… ประธานคณะกรรมการ…ฝ่ายไทย พร้อมด้วยพันตรี Y … ประธาน…ฝ่ายเมียนมา": the person a side's
        # chair is said to be, in the title after the name.
        for title in words.side_title_th.finditer(line):
            clause = _thai_clause_start(line, title.start())
            if preparatory.search(line, clause, title.start()):
                continue
            named = [p for p in people if max(clause, title.start() - SIDE_TITLE_WITHIN) <= p.start() < title.start()]
            found.extend(thai_name(p) for p in named[-1:])
        # "… นำโดย นางซูซาน ธอร์นตัน รักษาการผู้ช่วยรัฐมนตรี…": the first person named after it heads the delegation;
        # so does the one a side is said to have: "ฝ่ายไทยโดย มี พ.อ. X …", "โดยฝ่ายเมียนมา มี พ.ท. Y …"
        for cue in (*words.led_by_th.finditer(line), *_side_has(registry).finditer(line)):
            after = [p for p in people if cue.end() <= p.start() <= cue.end() + 3]
            found.extend(thai_name(p) for p in after[:1])
    return found


SIDE_TITLE_WITHIN = 160  # characters: a name, then its office, then the side it chairs


@lru_cache(maxsize=8)
def _side_has(registry: Registry) -> re.Pattern[str]:
    """ "ฝ่ายไทยโดย มี", "ฝ่ายเมียนมา มี", "ฝ่ายลาวนำโดย": a side of the meeting and the person it has at its head."""
    thai = sorted({c.th for c in registry.countries.values() if c.th}, key=len, reverse=True)
    return re.compile(
        rf"ฝ่าย(?:{'|'.join(map(re.escape, thai))})[^\S\n]*(?:โดย)?[^\S\n]*(?:มี|นำโดย)(?!การ|ความ)[^\S\n]*"
    )


BARE_NAME_WORD = 25  # letters: a Thai given name or surname is shorter than a run of prose


def _bare_name_plausible(name: str) -> bool:
    """A name written without an honorific is two words of a name's length, neither an office nor where
    the clause goes on ("… และรัฐมนตรีว่าการกระทรวงการต่างประเทศได้เป็นประธาน…" after "และ" is no one)."""
    words = name.split()
    return all(len(w) <= BARE_NAME_WORD and not w.startswith(thai_title_starts()) for w in words)


def _thai_clause_start(line: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last sentence break before it."""
    start = 0
    for m in THAI_CLAUSE_END.finditer(line, 0, at):
        start = m.end()
    return start


def _is_subject(line: str, person: re.Match[str], clause: int) -> bool:
    """A name before the verb is its subject unless another verb takes it as object ("เข้าเยี่ยมคารวะนาย X")."""
    return not OBJECT_BEFORE_TH.search(line[max(clause, person.start() - 16) : person.start()])


def thai_name(m: re.Match[str]) -> str:
    """Given name and surname; a third word only when it is not where the title begins. A name of one word
    (as Myanmar names are written in Thai) is followed by the title at once: "พันโท อ่องลินอู ผู้บังคับกองพัน…"."""
    name = m.group("name").strip()
    third = m.group("third")
    if third and third.strip().startswith(thai_title_starts()):
        name = name[: -len(third)].strip()
    words = name.split()
    if len(words) >= 2 and THAI_LETTERS.fullmatch(words[1]) and words[1].startswith(thai_office_starts()):
        return words[0]
    if len(words) >= 2 and (glued := _GLUED_OFFICE.search(name, len(name) - len(words[-1]) + 2)):
        return name[: glued.start()]  # "ใจดีเอกอัครราชทูต…": the surname, then the office written against it
    return name


_GLUED_OFFICE = re.compile("|".join(map(re.escape, _longest_first(_people_data()["glued_offices_th"].split()))))


THAI_LETTERS = re.compile(r"[\u0e01-\u0e4e]+")


def _set_aside(m: re.Match[str], segment: str) -> str:
    """An honorific, set aside; one written only before a name ("Tun", "U") not inside a name, where it is
    part of it: "Mohd Najib Tun Abdul Razak" keeps his father's title."""
    if m.group("before_name"):
        previous = segment[: m.start()].split()[-1:]
        if previous and previous[0] in _name_joiners()[0]:
            return m.group()  # "Ahmad Zaki bin Tun Hussein": the father's title, in the name as written
        if previous and _looks_like_name(previous[0]) and previous[0].casefold() not in title_words():
            return m.group()
    return " "


def _looks_like_name(token: str) -> bool:
    """A capitalised word of letters (any Latin script: "Ayşe", "Demirtaş"), an initial, or "J."; not a
    possessive ("the EU's High Representative")."""
    if token.endswith(("'s", "’s")):
        return False
    word = token.rstrip(".")
    return bool(word) and word[0].isupper() and all(c.isalpha() or c in "'’-" for c in word)


def english_names(segment: str, registry: Registry, surnames: bool = False) -> list[str]:
    """Person names in a list such as "Minister X and Lao Deputy Prime Minister Y". With ``surnames``, a
    part that holds one name-like word alone ("Sangiampongsa will co-chair …") gives that word: the caller
    keeps it only if the release spells the person out in full elsewhere."""
    stop = title_words() | _country_words(registry)
    names = []
    segment = HONORIFICS_EN.sub(lambda m: _set_aside(m, segment), segment)
    segment = registry.country_re.sub(lambda m: " | " if " " in m.group() else m.group(), segment)
    # The names of frameworks and dialogues are no one's ("… Meeting of Lancang-Mekong River Dialogue …").
    marks = annotate(segment, registry, sentences=False).marks
    spans: list[list[int]] = []
    for mark in sorted(m for label in (FRAMEWORK, KIND) for m in marks.of(label)):
        if spans and mark.start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], mark.end)
        else:
            spans.append([mark.start, mark.end])
    for start, end in reversed(spans):
        segment = segment[:start] + " | " + segment[end:]
    joiners, ends = _name_joiners()
    for part in re.split(
        r",\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+with\s+|\s+of\s+the\s+|\s+while\s+|\s+whereas\s+",
        segment,
    ):
        tokens = re.findall(r"[^\W\d_][\w'’\-]*\.?|\S+", part)
        tokens = tokens[: next((i for i, t in enumerate(tokens) if i and t in ends), len(tokens))]
        run: list[str] = []
        best: list[str] = []
        single = ""
        titles_only = True  # only titles, countries and names so far: a lone word after them is a name
        for i, token in enumerate([*tokens, ""]):
            word = token.casefold().strip("'’")
            if not run and word in _not_names():
                continue  # a sentence's first word is no one's: "While X … is to lead the delegation"
            if _looks_like_name(token) and word not in stop and word.rstrip(".") not in stop:
                run.append(token)
                continue
            if token in joiners and run and i + 1 < len(tokens) and _looks_like_name(tokens[i + 1]):
                run.append(token)  # "Anwar bin Ibrahim"
                continue
            if NICKNAME.fullmatch(token) and run and i + 1 < len(tokens) and _looks_like_name(tokens[i + 1]):
                run.append(token)  # 'Joko "Jokowi" Widodo', as written
                continue
            if len(run) >= 2 and not registry.place(" ".join(run)):
                best = run  # "… Somchai Rakthai in New Delhi": a place is no one
            elif len(run) == 1 and not single and titles_only and not run[0].isupper():
                single = run[0]
            run = []
            titles_only = titles_only and (not token or token == "|" or word in stop or word.rstrip(".") in stop)
        if best and not all(INITIAL.fullmatch(token) for token in best):  # "U. S." is no one
            names.append(" ".join(best))
        elif surnames and not best and len(single) > 2 and single.casefold() not in _not_names():
            names.append(single)  # the first name-like word alone: "Paetongtarn led a delegation …"
    return names


NICKNAME = re.compile(r"[\"“'‘][A-Z][a-z]+[\"”'’]")


@lru_cache(maxsize=1)
def _name_joiners() -> tuple[frozenset[str], frozenset[str]]:
    """The words that join a name to a father's ("bin") and that end it ("ibni"), from ``people.toml``."""
    data = _people_data()
    return frozenset(data["name_joiners_en"]), frozenset(data["name_ends_en"])


INITIAL = re.compile(r"[A-Z]\.?")
