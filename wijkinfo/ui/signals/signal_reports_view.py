"""Rapportage: signals per month, theme and wijk as charts; CSV and the PDF for the municipality."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.signals.documents import make_signal_report
from wijkinfo.services.signals.export import export_csv
from wijkinfo.services.signals.intake import parse_date
from wijkinfo.services.signals.stats import SignalCounts, signal_counts
from wijkinfo.services.signals.suppression import Cell, count_text, publish
from wijkinfo.ui.file_dialogs import save_file_name
from wijkinfo.ui.machine_settings_page import active_language
from wijkinfo.ui.signals.dossier_panel import DossierPanel
from wijkinfo.ui.signals.signal_words import theme_label
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text

MAX_BARS = 12


SHORT_MONTHS = [
    QT_TRANSLATE_NOOP("Month", "jan"),
    QT_TRANSLATE_NOOP("Month", "feb"),
    QT_TRANSLATE_NOOP("Month", "mrt"),
    QT_TRANSLATE_NOOP("Month", "apr"),
    QT_TRANSLATE_NOOP("Month", "mei"),
    QT_TRANSLATE_NOOP("Month", "jun"),
    QT_TRANSLATE_NOOP("Month", "jul"),
    QT_TRANSLATE_NOOP("Month", "aug"),
    QT_TRANSLATE_NOOP("Month", "sep"),
    QT_TRANSLATE_NOOP("Month", "okt"),
    QT_TRANSLATE_NOOP("Month", "nov"),
    QT_TRANSLATE_NOOP("Month", "dec"),
]


def month_label(key: str) -> str:
    year, month = key.split("-")
    return QCoreApplication.translate("Month", str(SHORT_MONTHS[int(month) - 1])) + " " + year


def chart_rows(cells: tuple[Cell, ...]) -> tuple[tuple[str, int], ...]:
    """Bars as they may be shown: a hidden count (below the threshold) gets no bar, only its
    "< 5" beside the label."""
    return tuple((f"{c.label} ({c.text})" if c.hidden else c.label, c.count or 0) for c in cells)


def _chart(title: str, cells: tuple[Cell, ...], *, horizontal: bool = False) -> QChart:
    """A bar chart of whole numbers; long labels (themes, wijken) get horizontal bars."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setVisible(False)
    rows = chart_rows(cells)
    rows = (rows[:MAX_BARS][::-1] if horizontal else rows[-MAX_BARS:]) if rows else ()
    bar_set = QBarSet(title)
    bar_set.append([n for _label, n in rows])
    bar_set.setColor("#2f6690")
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # axis labels are rich text: "(< 5)" would open a tag and swallow the rest of the label
    categories.append([html.escape(label, quote=False) for label, _n in rows])
    values = QValueAxis()
    values.setLabelFormat("%d")
    top = max([n for _l, n in rows] + [1])
    values.setRange(0, top)
    values.setTickType(QValueAxis.TickType.TicksDynamic)
    values.setTickAnchor(0)
    values.setTickInterval(max(1, -(-top // 5)))  # whole steps, at most about five
    cat_side, value_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(categories, cat_side)
    chart.addAxis(values, value_side)
    series.attachAxis(categories)
    series.attachAxis(values)
    return chart


class SignalReportsView(QWidget):
    def __init__(
        self, store: Store, tasks: TaskRunner, actor: Callable[[], Actor], parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self.tasks, self._actor = store, tasks, actor
        self.counts: SignalCounts | None = None
        self._generation = 0  # the newest period asked for wins
        today = date.today()
        self.start = QLineEdit(date(today.year, 1, 1).strftime("%d-%m-%Y"), self)
        self.start.setObjectName("reportStart")
        self.end = QLineEdit(today.strftime("%d-%m-%Y"), self)
        self.end.setObjectName("reportEnd")
        refresh = QPushButton(self.tr("&Toon"), self)
        refresh.clicked.connect(self.refresh)
        self.start.returnPressed.connect(self.refresh)
        self.end.returnPressed.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("&CSV exporteren…"), self)
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton(self.tr("&PDF-rapport voor de gemeente…"), self)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.summary = QLabel(self)
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Van"), self))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("tot en met"), self))
        top.addWidget(self.end)
        top.addWidget(refresh)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        self.month_view = QChartView(self)
        self.theme_view = QChartView(self)
        self.wijk_view = QChartView(self)
        grid = QGridLayout()
        grid.addWidget(self.month_view, 0, 0, 1, 2)
        grid.addWidget(self.theme_view, 1, 0)
        grid.addWidget(self.wijk_view, 1, 1)
        for view in (self.month_view, self.theme_view, self.wijk_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(180)
        self.dossier = DossierPanel(store, tasks, actor, self._period_or_say, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.dossier)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def period(self) -> tuple[date | None, date | None]:
        today = date.today()
        start = parse_date(self.start.text(), today=today) if self.start.text().strip() else None
        end = parse_date(self.end.text(), today=today) if self.end.text().strip() else None
        return start, end

    def typed_fields(self) -> dict[str, QLineEdit]:
        """The period (carried over to the view built anew)."""
        return {"start": self.start, "end": self.end}

    def refresh(self) -> None:
        """Count the period's signals in the background; the charts follow when they are in."""
        actor = self._actor()
        if not can(actor, "report.view"):
            return
        try:
            start, end = self.period()
        except UserError as exc:
            self.summary.setText(error_text(exc))
            return
        self._generation += 1
        self.dossier.refresh()
        self.tasks.run(
            partial(signal_counts, self.store, actor=actor, start=start, end=end),
            on_done=partial(self._counted, self._generation),
            on_error=lambda exc: self.summary.setText(error_text(exc)),
        )

    def _counted(self, generation: int, counts: SignalCounts) -> None:
        if generation != self._generation:
            return
        self.counts = counts
        k = counts.threshold
        text = self.tr("Signalen in deze periode: {0}.").format(count_text(counts.total, k))
        if counts.tallies_total:
            text += " " + self.tr("Contacten geteld aan de balie: {0}.").format(
                count_text(counts.tallies_total, k)
            )
        text += " " + self.tr("Aantallen onder de {0} tonen we als < {0}.").format(k)
        self.summary.setText(text)
        months = tuple(
            Cell(month_label(c.label), c.count, c.text) for c in publish(counts.per_month, k)
        )
        self.month_view.setChart(_chart(self.tr("Per maand"), months))
        themes = tuple(
            Cell(theme_label(c.label), c.count, c.text) for c in publish(counts.per_theme, k)
        )
        self.theme_view.setChart(_chart(self.tr("Per thema"), themes, horizontal=True))
        wijken = publish(counts.per_wijk, k)
        self.wijk_view.setChart(_chart(self.tr("Per wijk"), wijken, horizontal=True))

    def _ask(self, title: str, name: str, pattern: str) -> Path | None:
        return save_file_name(self, "report", title, name, pattern)

    def _period_or_say(self) -> tuple[date | None, date | None] | None:
        """The chosen period, or None after showing why it cannot be used."""
        try:
            return self.period()
        except UserError as exc:
            self.summary.setText(error_text(exc))
            return None

    def _done(self, message: str) -> None:
        self.summary.setText(message)

    def export_csv(self) -> None:
        path = self._ask(self.tr("Signalen exporteren"), "signalen.csv", self.tr("CSV (*.csv)"))
        if path:
            self.run_export(path)

    def run_export(self, path: Path) -> None:
        period = self._period_or_say()
        if period is None:
            return
        start, end = period
        actor, language = self._actor(), active_language()  # the file speaks like the window
        self.tasks.run(
            lambda: export_csv(
                self.store, actor=actor, path=path, start=start, end=end, language=language
            ),
            on_done=lambda n: self._done(self.tr("{0} signalen opgeslagen in {1}").format(n, path)),
            on_error=lambda exc: self.summary.setText(error_text(exc)),
        )

    def export_pdf(self) -> None:
        path = self._ask(self.tr("Rapport opslaan"), "signalen-rapport.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.run_pdf(path)

    def run_pdf(self, path: Path) -> None:
        period = self._period_or_say()
        if period is None:
            return
        start, end = period
        actor, language = self._actor(), active_language()  # the report speaks like the window
        self.summary.setText(self.tr("Het rapport wordt gemaakt…"))
        self.tasks.run(
            lambda: make_signal_report(
                self.store, actor=actor, path=path, start=start, end=end, language=language
            ),
            on_done=lambda p: self._done(self.tr("Rapport opgeslagen: {0}").format(p)),
            on_error=lambda exc: self.summary.setText(error_text(exc)),
        )
