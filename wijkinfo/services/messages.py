"""A Dutch message that the UI can still translate: a literal template plus its values.

The import checks produce many small texts (“moet tekst zijn, maar is {kind}”) that end up in
lists, tuples and other messages. A ``Message`` *is* its Dutch text (a ``str``), so the CLI,
logs and tests use it as plain text; it also keeps ``template`` and ``params`` so the UI can
translate the template first and then fill in the values (values may be Messages themselves).

The template must be a string literal at the call: resources/translations/extract_messages.py
collects ``Message("…")`` templates for Qt Linguist, like those of ``UserError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Message(str):
    """Dutch text that remembers the template and values it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(
        self,
    ) -> tuple[Callable[[str, dict[str, Any]], Message], tuple[str, dict[str, Any]]]:
        # A str subclass would otherwise be rebuilt from its Dutch text alone.
        return (_rebuild, (self.template, self.params))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class Named(str):
    """A name that coordinators keep in Dutch and may also give in English (a theme).

    It *is* the Dutch name; a text in English shows ``english`` when there is one. As the
    value of a Message it follows the language the Message is shown in."""

    english: str

    def __new__(cls, dutch: str, english: str = "") -> Named:
        self = super().__new__(cls, dutch)
        self.english = english
        return self

    def __reduce__(self) -> tuple[type[Named], tuple[str, str]]:
        return (Named, (str(self), self.english))

    def __repr__(self) -> str:
        return f"Named({str(self)!r}, {self.english!r})"
