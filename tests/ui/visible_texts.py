"""Every text a user can read in a window, and which of them are in the other language.

The translation catalogue decides: in the English UI a text is Dutch when it is the Dutch source
of a message whose English differs; in the Dutch UI a text is English when it is the English of
a message whose Dutch source differs. Long texts (a detail pane, a history) are also checked line
by line and part by part ("nieuw → in behandeling"), so a Dutch word inside English text shows.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from wijkinfo.resources import resources_dir

_TAGS = re.compile(r"<[^>]+>")
_PARTS = re.compile(r"\s*(?:→|·|•|—|–|\||:|;|,|\(|\)|\[|\]|‘|’|“|”|\"|\n|\. )\s*")
# Too short or too common to tell the languages apart ("OK", "E-mail", "Website", a digit).
_NEUTRAL_MIN = 3


def _plain(text: str) -> str:
    text = _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    text = re.sub(r"&(?=\S)", "", text)  # a mnemonic marker
    return re.sub(r"\s+", " ", text).strip().rstrip("…").rstrip(".:").strip()


@cache
def catalogue() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """(Dutch → English, English → Dutch) of every message whose two texts differ, and the
    texts that are the same in both languages."""
    root = ET.parse(resources_dir() / "translations" / "wijkinfo_en.ts").getroot()
    dutch_english: dict[str, str] = {}
    same: set[str] = set()  # texts a message keeps as they are ("E-mail", "OK")
    for message in root.iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        source = _plain(message.findtext("source") or "")
        for form in forms:
            english = _plain(form)
            if "{" in source or "%" in source or "{" in english or "%" in english:
                continue  # a template: only its filled-in text is ever seen
            if source.lower() == english.lower():
                same.add(source)
            elif len(source) >= _NEUTRAL_MIN:
                dutch_english.setdefault(source, english)
    english_dutch = {e: d for d, e in dutch_english.items()}
    # a word that is a source in one message and an English text in another is both languages
    both = set(dutch_english) & set(english_dutch)
    for word in both:
        dutch_english.pop(word, None)
        english_dutch.pop(word, None)
    return dutch_english, english_dutch, frozenset(same)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    root = view.rootIndex() if view.rootIndex().isValid() else QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    for section in range(columns):
        out.append(str(model.headerData(section, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(root), 60)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
    return out


def _menu_texts(menu: QMenu) -> list[str]:
    out = [menu.title()]
    for action in menu.actions():
        out += [action.text(), action.toolTip() if action.toolTip() != action.text() else ""]
        if action.menu() is not None:
            out += _menu_texts(action.menu())
    return out


def texts_of(root: QWidget) -> list[str]:
    """What a user reads in ``root`` (shown or on a page that can be shown)."""
    out: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        out += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            out.append(widget.text())
        if isinstance(widget, QGroupBox):
            out.append(widget.title())
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            out.append(widget.placeholderText())
        if isinstance(widget, QLineEdit) and widget.isReadOnly():
            out.append(widget.text())
        if isinstance(widget, (QTextBrowser,)) or (
            isinstance(widget, QTextEdit) and widget.isReadOnly()
        ):
            out += widget.toPlainText().splitlines()
        if isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
            out += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
            out += _model_texts(widget)
        if isinstance(widget, QListWidget):
            out += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QMenu):
            out += _menu_texts(widget)
        out += [a.text() for a in widget.actions() if a.text()]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None:
                out += _menu_texts(action.menu())
        out.append(root.statusBar().currentMessage())
    return [t for t in out if t]


def _pieces(text: str) -> list[str]:
    whole = _plain(text)
    return [whole, *(p for p in (_plain(x) for x in _PARTS.split(whole)) if p != whole)]


def leaks(texts: list[str], ui_language: str, also_dutch: set[str] = frozenset()) -> list[str]:
    """The texts (or parts of them) that are in the other language than ``ui_language``;
    ``also_dutch``: Dutch words from data wijkinfo writes itself (the first signal themes)."""
    dutch_english, english_dutch, same = catalogue()
    if ui_language == "en":
        other = set(dutch_english) | (set(also_dutch) - same)
    else:
        other = set(english_dutch)
    found: dict[str, None] = {}
    for text in texts:
        for piece in _pieces(text):
            if piece in other:
                found[f"{piece!r} in {text[:80]!r}"] = None
    return list(found)
