#!/usr/bin/env python3
"""Writes fuzz/seeds/: inputs for load_and_diagnose made from the real knowledge base in faq/.

Each seed is questions.yaml (only the questions its entries use, their premises, and the choices
among them), one or two entry files (their `related` lines dropped, since the other entries are not
there), optionally synonyms.yaml, a description (the first entry's first symptom), and a few
answers, separated by 0xFF bytes. Run from the repository root: python3 fuzz/make_seeds.py
"""

import pathlib
import re

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FAQ = ROOT / "faq"
OUT = ROOT / "fuzz" / "seeds"
SEP = b"\xff"


def facts(text):
    data = yaml.safe_load(text)
    used = set(data.get("facts") or {})
    for solution in data.get("solutions") or []:
        used |= set(solution.get("facts") or {})
    return used


def questions(used):
    listed = yaml.safe_load((FAQ / "questions.yaml").read_text(encoding="utf-8"))["questions"]
    by_id = {q["id"]: q for q in listed}
    wanted = set(used)
    for q in list(wanted):
        wanted |= set(by_id[q].get("after") or [])
    kept = []
    for q in listed:
        options = [o for o in q.get("options") or [] if o in wanted]
        if q.get("options"):
            if len(options) >= 2:
                kept.append(dict(q, options=options))
        elif q["id"] in wanted:
            kept.append({k: v for k, v in q.items() if k != "phrases"} | {"phrases": q.get("phrases", [])[:2]})
    return yaml.safe_dump({"questions": kept}, allow_unicode=True, sort_keys=False)


def seed(name, entries, synonyms=False, answers=b""):
    texts = [(FAQ / "entries" / f"{e:02}.yaml").read_text(encoding="utf-8") for e in entries]
    texts = ["".join(l for l in t.splitlines(True) if not l.lstrip().startswith("related:")) for t in texts]
    used = set().union(*(facts(t) for t in texts))
    parts = [questions(used).encode(), texts[0].encode(), texts[1].encode() if len(texts) > 1 else b""]
    parts.append((FAQ / "synonyms.yaml").read_bytes() if synonyms else b"")
    parts.append(((yaml.safe_load(texts[0]).get("symptoms") or [""])[0]).encode())
    parts.append(answers)
    (OUT / name).write_bytes(SEP.join(parts))


OUT.mkdir(exist_ok=True)
seed("16-09", [16, 9], answers=bytes([0, 0, 1, 3, 1, 0]))
seed("16-15", [16, 15], synonyms=True, answers=bytes([0, 1, 2, 0]))
seed("02-03", [2, 3], answers=bytes([1, 0, 2, 3, 3, 0]))
seed("09-08", [9, 8], answers=bytes([2, 2, 2]))
seed("01-05", [1, 5], synonyms=True, answers=bytes([0]))
seed("13-14", [13, 14], answers=bytes([1, 1]))
seed("15", [15])

# Small hand-written bases, which mutate into other valid bases more easily than the real ones.
SMALL_QUESTIONS = "questions:\n  - {id: a, text: 甲？}\n  - {id: b, text: 乙？}\n"
SMALL_ONE = (
    "id: 1\ncategory: 测试\ntitle: 一\nfacts: {a: true}\nsolutions:\n"
    "  - facts: {b: true}\n    steps: [第一步]\n  - facts: {b: false}\n    label: 二\n    steps: [第一步, 第二步]\n"
)
SMALL_TWO = 'id: 2\ncategory: 测试\ntitle: 二\nweight: 3\nfacts: {a: false}\nsolutions:\n  - steps: [步]\nrelated: ["1.2"]\n'
SMALL_SYNONYMS = "synonyms:\n  - [企业微信, 企微]\nfillers: [怎么办]\n"
(OUT / "small").write_bytes(SEP.join(s.encode() for s in [SMALL_QUESTIONS, SMALL_ONE, SMALL_TWO, "", "", ""]) + bytes([0, 1, 3, 2]))
(OUT / "small-synonyms").write_bytes(
    SEP.join(s.encode() for s in [SMALL_QUESTIONS, SMALL_ONE, SMALL_TWO, SMALL_SYNONYMS, "企微怎么办", ""]) + bytes([1, 2, 0])
)
