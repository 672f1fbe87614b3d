"""The referral basket: the services the volunteer collects for one resident's sheet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

MAX_ITEMS = 20  # the same limit the referral service keeps


@dataclass(frozen=True)
class BasketItem:
    id: str
    name: str
    organization: str


class Basket(QObject):
    """An ordered list of services without duplicates; ``changed`` fires after every edit."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[BasketItem] = []

    def items(self) -> list[BasketItem]:
        return list(self._items)

    def ids(self) -> list[str]:
        return [item.id for item in self._items]

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, service_id: object) -> bool:
        return any(item.id == service_id for item in self._items)

    def add(self, item: BasketItem) -> bool:
        """Add at the end; False when it is already there or the basket is full."""
        if item.id in self or len(self._items) >= MAX_ITEMS:
            return False
        self._items.append(item)
        self.changed.emit()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            del self._items[row]
            self.changed.emit()

    def move(self, row: int, delta: int) -> int:
        """Move an item up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self.changed.emit()
        return target

    def replace(self, items: list[BasketItem]) -> None:
        """Hold exactly ``items`` (the same basket in a window built anew)."""
        self._items = list(dict.fromkeys(items))[:MAX_ITEMS]
        self.changed.emit()

    def clear(self) -> None:
        if self._items:
            self._items.clear()
            self.changed.emit()
