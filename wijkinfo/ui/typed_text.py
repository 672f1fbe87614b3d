"""The words typed in a view's input lines, by name, for the same view built anew (the window in
another language). Password fields are never read: a secret stays in the field it was typed
in, and is typed again."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit


@dataclass(frozen=True)
class TypedText:
    texts: tuple[tuple[str, str], ...] = ()


def keep_texts(fields: Mapping[str, QLineEdit]) -> TypedText:
    return TypedText(
        tuple(
            (name, field.text())
            for name, field in fields.items()
            if field.echoMode() == QLineEdit.EchoMode.Normal
        )
    )


def restore_texts(fields: Mapping[str, QLineEdit], state: TypedText) -> bool:
    """Put the texts back; True when one differs from what the new view showed."""
    changed = False
    for name, text in state.texts:
        field = fields.get(name)
        if field is not None and field.text() != text:
            field.setText(text)
            changed = True
    return changed
