"""Every refusal and message the service layer can raise reads in English in the English UI:
the templates of UserError, of Message and of every subclass (at any depth, also one raised
with a class-level template) are collected for translation and have an English translation
with the same {placeholders} — a translation that lost one would fall back to Dutch."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
import xml.etree.ElementTree as ET

import pytest

import wijkinfo
from tests.conftest import ROOT
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message

TRANSLATIONS = ROOT / "resources" / "translations"


@pytest.fixture(scope="module")
def extractor():
    sys.path.insert(0, str(TRANSLATIONS))
    try:
        import extract_messages
    finally:
        sys.path.pop(0)
    return extract_messages


def english_user_errors() -> dict[str, str]:
    root = ET.parse(TRANSLATIONS / "wijkinfo_en.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "UserError":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                found[message.findtext("source") or ""] = tr.text or ""
    return found


def _all_subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub} | _all_subclasses(sub)
    return out


def _import_everything_outside_the_ui() -> None:
    for info in pkgutil.walk_packages(wijkinfo.__path__, "wijkinfo."):
        if info.name.startswith(("wijkinfo.ui", "wijkinfo.db.migrations", "wijkinfo.__main__")):
            continue
        importlib.import_module(info.name)


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w*)[^}]*\}", text))


def test_every_service_template_has_english_with_the_same_placeholders(extractor):
    english = english_user_errors()
    templates = extractor.collect()
    assert len(templates) > 200
    missing = [t for t in templates if not english.get(t)]
    assert missing == [], "run `make lupdate` and translate these in wijkinfo_en.ts"
    lost = [t for t in templates if _fields(t) != _fields(english[t])]
    assert lost == []


def test_every_subclass_of_a_message_class_is_known_to_the_extractor(extractor):
    """A subclass the extractor does not know would raise its Dutch template untranslated."""
    _import_everything_outside_the_ui()
    known = extractor.error_names()
    subclasses = _all_subclasses(UserError) | _all_subclasses(Message)
    assert len(subclasses) > 15
    unknown = []
    for cls in subclasses:
        first = list(inspect.signature(cls.__init__).parameters)[1:2]
        if first == ["template"] and cls.__name__ not in known:
            unknown.append(cls.__qualname__)
    assert unknown == []


def test_class_level_templates_have_english():
    _import_everything_outside_the_ui()
    english = english_user_errors()
    class_templates = {
        cls.__qualname__: cls.__dict__["template"]
        for cls in _all_subclasses(UserError)
        if isinstance(cls.__dict__.get("template"), str)
    }
    assert {name: t for name, t in class_templates.items() if not english.get(t)} == {}
