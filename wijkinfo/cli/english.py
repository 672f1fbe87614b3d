"""The command line's own words in English: Dutch (as written in the parsers) → English.

The parsers are written in Dutch, the source language, like the window. With WIJKINFO_LANG=en
cli/language.py puts these in place of the Dutch help texts, descriptions and placeholders
before anything is shown. A test builds the English parser and fails on a Dutch text that has
no entry here, and on an entry nothing uses any more.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # the program, the options every command takes
    "wijkinfo: de sociale kaart van het wijkinformatiepunt. Zonder opdracht start het venster.": (
        "wijkinfo: the neighbourhood information point's directory of local services. "
        "Without a command the window starts."
    ),
    "toon het versienummer en stop": "show the version number and exit",
    "map met de gegevens (ook: WIJKINFO_DATA_DIR); handig vanaf een USB-stick": (
        "folder with the data (also: WIJKINFO_DATA_DIR); handy from a USB stick"
    ),
    "tekstgrootte van het venster, 100 tot 200 (bijvoorbeeld 150), alleen voor deze start": (
        "text size of the window, 100 to 200 (for example 150), for this start only"
    ),
    "wie deze opdracht geeft (een coördinator); het wachtwoord wordt gevraagd": (
        "who gives this command (a coordinator); the password is asked for"
    ),
    "lees het wachtwoord van --user uit dit bestand (eerste regel)": (
        "read the password of --user from this file (first line)"
    ),
    "(zie: wijkinfo --help)": "(see: wijkinfo --help)",
    "geheel getal": "whole number",
    # placeholders
    "NAAM": "NAME",
    "BESTAND": "FILE",
    "BESTAND.pdf": "FILE.pdf",
    "MAP": "FOLDER",
    "MAP|postgresql://…": "FOLDER|postgresql://…",
    "PROCENT": "PERCENT",
    "OPDRACHT": "COMMAND",
    "ACTIE": "ACTION",
    "SOORT": "KIND",
    "ZOEKVRAAG": "QUERY",
    "ZOEK": "SEARCH",
    "THEMA": "THEME",
    "WIJK": "AREA",
    "TAAL": "LANGUAGE",
    "JAAR": "YEARS",
    "SIGNAAL_ID": "SIGNAL_ID",
    "DIENST_ID": "SERVICE_ID",
    "ORGANISATIE": "ORGANISATION",
    "DATUM": "DATE",
    "TEKST": "TEXT",
    "PAD": "PATH",
    "BLAD": "SHEET",
    "DAGEN": "DAYS",
    # commands
    "laad de demo-sociale kaart (Lindestad) in een lege database": (
        "load the demo directory (Lindestad) into an empty database"
    ),
    "zoek diensten": "search services",
    "controleer de database en de versie van het schema": (
        "check the database and the version of its schema"
    ),
    "probeer een bezoek aan de balie op een tijdelijke map": (
        "try a desk visit on a temporary folder"
    ),
    "maak een back-up van de database": "make a backup of the database",
    "zet een back-up terug (de huidige database blijft bewaard)": (
        "restore a backup (the current database is kept)"
    ),
    "gebruikers (vrijwilligers en coördinatoren)": "users (volunteers and coordinators)",
    "contactgegevens van bewoners (coördinator)": "residents' contact details (coordinator)",
    "maak een nieuw herstelblad (PDF)": "make a new recovery sheet (PDF)",
    "wis leesbare contactgegevens uit back-ups van vóór de versleuteling": (
        "wipe readable contact details from backups made before encryption"
    ),
    "met de herstelcode weer toegang (alle wachtwoorden kwijt)": (
        "regain access with the recovery code (every password lost)"
    ),
    "bewaartermijnen toepassen op signalen": "apply the retention terms to signals",
    "signalen": "signals",
    "synchroniseer met de syncmap (cloudmap of USB-stick)": (
        "sync with the sync folder (cloud folder or USB stick)"
    ),
    "maak een verwijsbrief (PDF) voor een of meer diensten": (
        "make a referral sheet (PDF) for one or more services"
    ),
    "lees diensten in (HSDS of een spreadsheet)": "import services (HSDS or a spreadsheet)",
    "schrijf de sociale kaart weg als HSDS 3": "export the directory as HSDS 3",
    "de PostgreSQL-server waarmee balies synchroniseren": (
        "the PostgreSQL server that desks sync with"
    ),
    # search
    "hoogstens N resultaten": "at most N results",
    "uitvoer als JSON": "output as JSON",
    "alleen dit thema (code of naam)": "only this theme (code or name)",
    "alleen deze wijk of buurt (code of naam)": "only this area or neighbourhood (code or name)",
    "alleen wat nu open is": "only what is open now",
    "alleen in deze taal (code of naam)": "only in this language (code or name)",
    "alleen voor deze leeftijd": "only for this age",
    "alleen gratis": "only free of charge",
    # backup, referral, files
    "waar de back-up komt (buiten de gegevensmap)": "where the backup goes (outside the data folder)",
    "een bestaand bestand vervangen": "replace an existing file",
    "de vraag van de bewoner": "the resident's question",
    "de taal van de brief, voor de bewoner (standaard nl)": (
        "the language of the sheet, for the resident (default nl)"
    ),
    # users and privacy
    "maak een gebruiker; het wachtwoord wordt gevraagd": "add a user; the password is asked for",
    "toon de gebruikers": "list the users",
    "geef een coördinator toegang tot contactgegevens": (
        "give a coordinator access to contact details"
    ),
    "nieuw wachtwoord voor iemand (het wordt gevraagd)": (
        "a new password for someone (it is asked for)"
    ),
    "zet iemand uit (blijft bewaard); een coördinator verliest de sleutel": (
        "deactivate someone (kept on record); a coordinator loses the key"
    ),
    "zet iemand weer aan": "reactivate someone",
    "nieuw wachtwoord voor uzelf (--user)": "a new password for yourself (--user)",
    "toon de contactgegevens bij een signaal": "show the contact details of a signal",
    "zoek een bewoner op telefoon, e-mail of naam": "find a resident by phone, e-mail or name",
    "wis de contactgegevens bij een signaal": "wipe the contact details of a signal",
    "niet vragen of het zeker is": "do not ask for confirmation",
    "de coördinator die een nieuw wachtwoord krijgt": "the coordinator who gets a new password",
    # signals
    "toon alleen wat er zou veranderen": "only show what would change",
    "signalen naar een CSV-bestand (zonder contactgegevens)": (
        "signals to a CSV file (without contact details)"
    ),
    "dossier van een organisatie of dienst als gespreksnotitie (PDF) of CSV": (
        "file of an organisation or service as a meeting note (PDF) or CSV"
    ),
    "rapport voor de gemeente als PDF of CSV": "report for the municipality as PDF or CSV",
    "vanaf (jjjj-mm-dd)": "from (yyyy-mm-dd)",
    "tot en met (jjjj-mm-dd)": "up to and including (yyyy-mm-dd)",
    "naam of id (of een dienst)": "name or id (or a service)",
    "F.pdf of F.csv": "F.pdf or F.csv",
    # sync and hub
    "standaard: de gekozen map": "default: the chosen folder",
    "lees het wachtwoord van de syncmap uit dit bestand (eerste regel)": (
        "read the sync folder's passphrase from this file (first line)"
    ),
    "richt MAP in als nieuwe syncmap": "set up FOLDER as a new sync folder",
    "sta toe dat deze sync veel van de sociale kaart verwijdert (coördinator)": (
        "allow this sync to delete much of the directory (coordinator)"
    ),
    "toon de stand van de sync": "show the state of sync",
    "uitvoer als JSON (met --status)": "output as JSON (with --status)",
    "richt de server in (of werk de inrichting bij); voor de beheerder": (
        "set up the server (or update its set-up); for the administrator"
    ),
    "ruim oude wijzigingen op die in een momentopname staan; voor de beheerder": (
        "clear old changes that a snapshot holds; for the administrator"
    ),
    "synchroniseer deze balie met de server": "sync this desk with the server",
    "na het terugzetten van een back-up: alle balies lezen de server opnieuw": (
        "after restoring a backup: every desk reads the server again"
    ),
    "bewaar wijzigingen van de laatste DAGEN dagen (standaard 180)": (
        "keep the changes of the last DAYS days (default 180)"
    ),
    # import and export
    "HSDS 3 JSON, of een map/zip met datapackage.json": (
        "HSDS 3 JSON, or a folder/zip with datapackage.json"
    ),
    "een spreadsheet: CSV of XLSX, één rij per dienst": (
        "a spreadsheet: CSV or XLSX, one row per service"
    ),
    "alleen controleren, niets opslaan": "only check, save nothing",
    "afgewezen records overslaan en de rest inlezen": "skip refused records and import the rest",
    "nieuwe diensten die op een bestaande lijken niet inlezen": (
        "do not import new services that look like an existing one"
    ),
    "wat het bestand niet noemt (een ontbrekend bestand of kolom) ook verwijderen": (
        "also delete what the file leaves out (a missing file or column)"
    ),
    "JSON: {kolomkop: veld}, verbetert de geraden kolommen": (
        "JSON: {column heading: field}, corrects the guessed columns"
    ),
    "welk werkblad (XLSX)": "which worksheet (XLSX)",
    "HSDS 3: JSON-diensten of een tabular data package": (
        "HSDS 3: JSON services or a tabular data package"
    ),
    "het formaat van de export": "the format of the export",
    "de rol van de nieuwe gebruiker": "the new user's role",
}
