"""The privacy page: what wijkinfo keeps about residents, why, how long, and who sees it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.privacy.key_status import KeyStatus, key_status
from wijkinfo.services.signals.retention import RetentionSettings, get_retention
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


def privacy_html(terms: RetentionSettings, status: KeyStatus | None = None) -> str:
    """The page, with this information point's retention terms filled in, and with ``status``
    what is true about the keys on this computer."""
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
        "<p>Een bewoner kan vragen om inzage of verwijdering: vraag het een coördinator.</p>"
        "<h3>Versleuteld</h3><p>Naam, telefoonnummer en e-mailadres van een bewoner worden "
        "versleuteld op het moment dat het signaal wordt opgeslagen, ook als er geen "
        "coördinator is aangemeld. Ze staan dus nooit leesbaar in het bestand op de laptop, "
        "in een back-up, in een export, op een USB-stick, in de cloudmap of op de server.</p>"
        "<p>Alleen coördinatoren hebben een sleutel. Die sleutel is beveiligd met hun eigen "
        "wachtwoord en wordt alleen geopend zolang ze zijn aangemeld. Een nieuwe coördinator "
        "krijgt toegang van een andere coördinator. Vertrekt er een coördinator, dan krijgt "
        "wijkinfo een nieuwe sleutel: wat daarna wordt opgeslagen, kan de oude sleutel niet "
        "meer openen.</p>"
        "<p><b>Herstelblad.</b> Bij het maken van de eerste coördinator maakt wijkinfo een "
        "herstelblad met een code. "
        "Bewaar het op papier op een veilige plek. Zijn alle coördinatoren hun wachtwoord "
        "kwijt, dan geeft die code weer toegang. Zonder herstelblad en zonder wachtwoord zijn "
        "de contactgegevens voor altijd weg.</p>"
        "<p>Een back-up bevat contactgegevens alleen versleuteld, en wordt na {0} dagen "
        "verwijderd.</p>",
    ).format(terms.anonymise_days, terms.delete_days) + (
        "" if status is None else _status_html(status)
    )


def _status_html(status: KeyStatus) -> str:
    """What is true on this computer now, so that the general text above promises nothing false."""

    lines = []
    if not status.coordinator_keys:
        lines.append(
            QCoreApplication.translate(
                "PrivacyPage",
                "Er is nog geen coördinator met een sleutel. Daarom kunnen hier nog geen "
                "contactgegevens van bewoners worden opgeslagen. Een coördinator maakt u met "
                "Aanmelden… (rechtsboven).",
            )
        )
    elif status.recovery_sheet:
        lines.append(
            QCoreApplication.translate(
                "PrivacyPage",
                "Er is een herstelblad gemaakt. wijkinfo bewaart de code niet: alleen dat papier "
                "geeft toegang terug als alle coördinatoren hun wachtwoord vergeten.",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "PrivacyPage",
                "Er is nog geen herstelblad. Vergeten alle coördinatoren hun wachtwoord, dan zijn "
                "de contactgegevens weg. Maak het nu: Beheer → Gebruikers en privacy → Nieuw "
                "herstelblad…",
            )
        )
    if status.provisional_key:
        lines.append(
            QCoreApplication.translate(
                "PrivacyPage",
                "Let op: op deze computer staat nog een voorlopige sleutel, gemaakt toen de "
                "versleuteling werd ingevoerd. Wie het bestand heeft, kan daarmee de oudere "
                "contactgegevens openen. Laat een coördinator één keer aanmelden; dan wordt de "
                "sleutel gewist.",
            )
        )
    heading = QCoreApplication.translate("PrivacyPage", "Op deze computer")
    return f"<h3>{heading}</h3>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)


class PrivacyPage(QDialog):
    def __init__(
        self,
        terms: RetentionSettings,
        parent: QWidget | None = None,
        status: KeyStatus | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPage")
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setObjectName("privacyText")
        self.text.setHtml(privacy_html(terms, status))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def show_privacy_page(store: Store, tasks: TaskRunner, parent: QWidget | None) -> None:
    """Read the terms and the keys' state in the background, then show the page."""

    def read() -> tuple[RetentionSettings, KeyStatus]:
        return get_retention(store), key_status(store)

    tasks.run(
        read,
        on_done=lambda got: PrivacyPage(got[0], parent, got[1]).exec(),
        on_error=lambda exc: QMessageBox.warning(parent, "wijkinfo", error_text(exc)),
    )
