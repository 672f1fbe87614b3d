"""Fill unfinished messages of a .ts file from other .ts files or JSON {source: translation}.

    python resources/translations/apply_translations.py wijkinfo_en.ts new_strings.json
    python resources/translations/apply_translations.py wijkinfo_en.ts other_branch_en.ts

A JSON value may be a list of plural forms for a %n message. Prints what is still missing.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def known_translations(path: Path) -> dict[str, str | list[str]]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, str | list[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")]
        found[message.findtext("source")] = forms or (tr.text or "")
    return found


def apply(target: Path, sources: list[Path]) -> list[str]:
    known: dict[str, str | list[str]] = {}
    for source in sources:
        known.update(known_translations(source))
    tree = ET.parse(target)
    missing = []
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if tr.get("type") != "unfinished":
            continue
        text = known.get(message.findtext("source"))
        if text is None:
            missing.append(message.findtext("source"))
            continue
        tr.attrib.pop("type")
        for child in list(tr):
            tr.remove(child)
        if isinstance(text, list):
            tr.text = None
            for form in text:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


if __name__ == "__main__":
    still = apply(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
    for source in still:
        print(f"untranslated: {source!r}")
    sys.exit(1 if still else 0)
