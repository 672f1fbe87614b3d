"""The privacy page: what wijkinfo keeps about residents, why, how long, and who sees it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.signals.retention import get_retention


def privacy_html(store: Store) -> str:
    terms = get_retention(store)
    return QCoreApplication.translate(
        "PrivacyPage",
        "<h2>Privacy: wat bewaren we over bewoners?</h2>"
        "<h3>Wat</h3><p>Een signaal: de datum, de wijk en buurt, het thema, de betrokken "
        "organisaties, wat er misging en de urgentie. Geen naam. Schrijf in een signaal geen "
        "namen en geen gezondheidsgegevens.</p>"
        "<p>Alleen als de bewoner een terugkoppeling wil, en daar toestemming voor geeft: naam, "
        "telefoonnummer en/of e-mailadres, met de datum van de toestemming. Die staan apart van "
        "het signaal.</p>"
        "<p>Bij de balie tellen we contacten zonder iets over de persoon (tellingen).</p>"
        "<h3>Waarom</h3><p>Om te laten zien waar bewoners niet (goed) geholpen worden, en dat "
        "aan de gemeente en organisaties te melden. Contactgegevens gebruiken we alleen om de "
        "bewoner te laten weten wat er met het signaal gebeurd is.</p>"
        "<h3>Hoe lang</h3><p>Contactgegevens worden {0} dagen na het afsluiten van een signaal "
        "gewist. Het signaal zelf wordt {1} dagen na het afsluiten verwijderd; daarna blijft "
        "alleen een telregel over (thema en maand). wijkinfo doet dit zelf bij het "
        "opstarten.</p>"
        "<h3>Wie ziet het</h3><p>Vrijwilligers melden signalen, maar kunnen ze daarna niet "
        "meer openen en zien nooit contactgegevens. Coördinatoren beoordelen signalen. Alleen "
        "coördinatoren zien contactgegevens; elke keer dat iemand ze bekijkt, staat in het "
        "logboek (wie en wanneer).</p>"
        "<p>Een bewoner kan vragen om inzage of verwijdering: vraag het een coördinator.</p>",
    ).format(terms.anonymise_days, terms.delete_days)


class PrivacyPage(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setObjectName("privacyText")
        self.text.setHtml(privacy_html(store))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def show_privacy_page(store: Store, parent: QWidget | None) -> None:
    PrivacyPage(store, parent).exec()
