#!/usr/bin/env python3
# Checks the translations of the bundled dataset against its English:
#
#   check-dataset-translations.py CATALOG.json LANG [LANG…]
#
# For every full text (one with "en") and every LANG given:
# - the text has LANG, not empty;
# - the numbers are the English ones: the same digit sequences, as many
#   times (Arabic-Indic digits count as the Western ones);
# - every network acronym the English names (C40, ICLEI, GCoM…) is in the
#   translation as it is, in Latin letters.
# A translation may word a number differently from the English ("in the
# same year" for a year just given): such texts are listed in NUMBER_EXCEPTIONS
# below, each one read and found right. Prints one line per problem, with
# the text's place in the file as a JSON pointer, and fails when there is any.
import json
import re
import sys
from collections import Counter

# (language, JSON pointer): why the numbers differ and the text is right.
NUMBER_EXCEPTIONS = {
    ("he", "/networks/0/description"): "“Also in 2006”, right after 2006, is “in that same year”",
    ("he", "/networks/0/programmes/1/name"): "the Hebrew gloss after the Latin name names C40 again",
    ("he", "/networks/0/programmes/3/name"): "the Hebrew gloss after the Latin name names C40 again",
    ("he", "/networks/0/programmes/4/name"): "the Hebrew gloss after the Latin name names C40 again",
    ("he", "/networks/1/programmes/0/name"): "the Hebrew gloss translates “Agenda 21” after the Latin name",
    ("he", "/networks/3/name"): "the Hebrew gloss translates “100 Resilient Cities” after the Latin name",
    ("he", "/networks/3/founders"): "“its centennial” is “100 years” in Hebrew",
    ("he", "/networks/3/description"): "“its centennial” is “100 years” in Hebrew",
    ("he", "/networks/6/unconfirmed"): "“2016–17” written in full, 2016–2017",
    ("he", "/networks/8/description"): "“2021–22” written in full, 2021–2022",
    ("he", "/networks/8/benefits/0/example"): "“2021–22” written in full, 2021–2022",
    ("he", "/networks/10/description"): "“2012–13” and “2016–17” written in full",
    ("he", "/case_studies/0/sections/0/body"): "C$474,000 and C$500,000 written as 474 and 500 “thousand”",
    ("he", "/case_studies/0/timeline/6/event"): "C$500,000 written as 500 “thousand”",
}

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def is_text(value):
    return (isinstance(value, dict) and value and
            all(LANGUAGE_CODE.match(k) and isinstance(v, str) for k, v in value.items()))


def numbers(text):
    return Counter(re.findall(r"\d+", text.translate(ARABIC_INDIC)))


def texts(node, pointer=""):
    if is_text(node):
        yield pointer, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from texts(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, f"{pointer}/{i}")


def main():
    path, languages = sys.argv[1], sys.argv[2:]
    with open(path, encoding="utf-8") as f:
        catalog = json.load(f)

    acronyms = sorted({n["acronym"] for n in catalog["networks"]
                       if re.fullmatch(r"[A-Za-z0-9]+", n.get("acronym", ""))})
    problems = []
    checked = Counter()
    used_exceptions = set()

    for pointer, text in texts(catalog):
        if "en" not in text:
            continue
        english = text["en"]
        for lang in languages:
            value = text.get(lang, "").strip()
            if not value:
                problems.append(f"{path}: {pointer}: no “{lang}” text")
                continue
            checked[lang] += 1
            if numbers(english) != numbers(value):
                if (lang, pointer) in NUMBER_EXCEPTIONS:
                    used_exceptions.add((lang, pointer))
                else:
                    missing = numbers(english) - numbers(value)
                    extra = numbers(value) - numbers(english)
                    problems.append(f"{path}: {pointer}: “{lang}” numbers differ from the English: "
                                    f"missing {sorted(missing.elements())}, extra {sorted(extra.elements())}")
            for acronym in acronyms:
                named = re.search(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", english)
                if named and acronym not in value:
                    problems.append(f"{path}: {pointer}: “{lang}” does not name {acronym} as the English does")

    # An exception that no longer applies is a stale claim about the data.
    for lang, pointer in sorted(set(NUMBER_EXCEPTIONS) - used_exceptions):
        if lang in languages:
            problems.append(f"{path}: {pointer}: listed in NUMBER_EXCEPTIONS for “{lang}” but its numbers match: "
                            "remove it from the list")

    for problem in problems:
        print(problem)
    summary = ", ".join(f"{lang}: {checked[lang]} texts" for lang in languages)
    print(f"{summary}; network acronyms {', '.join(acronyms)}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
