#!/usr/bin/env python3
"""Lists the entries of Qt .ts files that a user would see untranslated or broken.

An entry is a problem when it is unfinished (new or changed since it was translated), when
its translation is empty, when the translation lacks a placeholder (%1, %n) of the source,
or when the source has a mnemonic '&' and the translation has none. Exit status 1 when any
entry of any file is a problem, so CI can fail on it.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
# '&' followed by a character that can be a mnemonic; '&&' is a literal ampersand.
MNEMONIC = re.compile(r"&(?!&)(?=[^\s&])")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def has_mnemonic(text):
    return bool(MNEMONIC.search((text or "").replace("&&", "")))


def check(path):
    problems = []
    entries = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            entries += 1
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            where = f"{name}: {source!r}"
            if kind == "unfinished":
                problems.append(f"untranslated  {where}")
                continue
            if any(not form.strip() for form in forms):
                problems.append(f"empty         {where}")
                continue
            wanted = placeholders(source)
            for form in forms:
                got = placeholders(form)
                # A numerus form may spell out its number (German "ein Bild") and leave %n out.
                if [p for p in wanted if p != "%n"] != [p for p in got if p != "%n"]:
                    problems.append(f"placeholders  {where}: {form!r} has {got}, source {wanted}")
                if has_mnemonic(source) and not has_mnemonic(form):
                    problems.append(f"no mnemonic   {where}: {form!r}")
    return entries, problems


def main(paths):
    failed = False
    for path in paths:
        entries, problems = check(path)
        for problem in problems:
            print(f"{os.path.basename(path)}: {problem}")
        print(f"{os.path.basename(path)}: {entries} entries, {len(problems)} problem(s)")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
