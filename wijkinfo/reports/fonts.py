"""The embedded font for every PDF: DejaVu Sans covers Dutch, Turkish, Polish and Maghrebi
names in Latin script and the euro sign (ë ï é ş ğ ı ł ż €). Licence: resources/fonts/."""

from __future__ import annotations

import functools
import threading
import zlib
from collections.abc import Iterable
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from wijkinfo.resources import resources_dir

REGULAR = "WijkSans"
BOLD = "WijkSans-Bold"
_SUBSET_CACHE_SIZE = 64
_lock = threading.Lock()


@functools.lru_cache(maxsize=2 * _SUBSET_CACHE_SIZE)
def _deflate(data: bytes) -> bytes:
    return zlib.compress(data)


class _CachedFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]  # untyped base
    """reportlab's Flate filter, remembering its output: the same font subset (and its
    ToUnicode map) is embedded again on every rebuild of a document."""

    def encode(self, text: str | bytes) -> bytes:
        return _deflate(text.encode("utf8") if isinstance(text, str) else bytes(text))


_CACHED_FLATE = _CachedFlate()


class _Formatted(pdfdoc.PDFObject):  # type: ignore[misc]  # untyped base
    """A PDF value formatted once (a subset's /Widths array)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: Any) -> bytes:
        return self.data


class EmbeddedFont(TTFont):  # type: ignore[misc]  # untyped base
    """A TrueType font whose subsets are made, compressed and formatted once per set of
    characters rather than once per document. Every PDF carries the subset of the glyphs it
    uses; documents rebuilt while someone types (the referral sheet's preview) use the same
    characters every time, and making the subset was most of the cost of a small PDF. The
    PDF is byte for byte what reportlab writes without the cache."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        make_subset = self.face.makeSubset
        subsets: dict[tuple[int, ...], bytes] = {}

        def cached_subset(subset: Iterable[int]) -> bytes:
            key = tuple(subset)
            data = subsets.get(key)
            if data is None:
                data = make_subset(subset)
                with _lock:
                    if len(subsets) >= _SUBSET_CACHE_SIZE:
                        subsets.clear()
                    subsets[key] = data
            return data

        self.face.makeSubset = cached_subset
        self._widths: dict[tuple[int, ...], _Formatted] = {}

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [tuple(s) for s in state.subsets] if state is not None else []
        fonts = doc.idToObject["BasicFonts"].dict
        before = set(fonts)
        super().addObjects(doc)
        if not doc.compression:
            return
        for name in set(fonts) - before:
            pdf_font = fonts[name]
            try:
                subset = subsets[int(name.rsplit("+", 1)[1])]
            except (IndexError, ValueError):
                continue
            widths = self._widths.get(subset)
            if widths is None:
                widths = _Formatted(pdf_font.Widths.format(doc))
                with _lock:
                    if len(self._widths) >= _SUBSET_CACHE_SIZE:
                        self._widths.clear()
                    self._widths[subset] = widths
            pdf_font.Widths = widths
            base = pdf_font.BaseFont
            for key in (f"toUnicodeCMap:{base}", f"fontFile:{self.face.filename}({base})"):
                stream = doc.idToObject.get(key)
                if isinstance(stream, pdfdoc.PDFStream) and stream.filters == [pdfdoc.PDFZCompress]:
                    stream.filters = [_CACHED_FLATE]


def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once; returns (regular, bold) font names."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        folder = resources_dir() / "fonts"
        pdfmetrics.registerFont(EmbeddedFont(REGULAR, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(EmbeddedFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
