<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPanel</name>
    <message>
        <source>Toegang tot contactgegevens &amp;geven</source>
        <translation>Give access to contact &amp;details</translation>
    </message>
    <message>
        <source>Nieuw &amp;wachtwoord…</source>
        <translation>New &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Uitzetten / weer aanzetten</source>
        <translation>Switch &amp;off / on again</translation>
    </message>
    <message>
        <source>Oude back-ups opschonen…</source>
        <translation>Clean up old backups…</translation>
    </message>
    <message>
        <source>Sleutels en accounts</source>
        <translation>Keys and accounts</translation>
    </message>
    <message>
        <source>Telefoonnummer, e-mailadres of naam</source>
        <translation>Phone number, e-mail address or name</translation>
    </message>
    <message>
        <source>&amp;Zoek bewoner</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <source>Nieuw he&amp;rstelblad…</source>
        <translation>New &amp;recovery sheet…</translation>
    </message>
    <message>
        <source>Contactgegevens w&amp;issen</source>
        <translation>&amp;Wipe contact details</translation>
    </message>
    <message>
        <source>Inzage en wissen op verzoek van een bewoner</source>
        <translation>A resident's request to see or wipe their details</translation>
    </message>
    <message>
        <source>Kies eerst iemand in de lijst.</source>
        <translation>Choose someone in the list first.</translation>
    </message>
    <message>
        <source>{0} heeft nu toegang tot de contactgegevens.</source>
        <translation>{0} now has access to the contact details.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {0}:</source>
        <translation>New password for {0}:</translation>
    </message>
    <message>
        <source>{0} heeft een nieuw wachtwoord.</source>
        <translation>{0} has a new password.</translation>
    </message>
    <message>
        <source>{0} staat uit (blijft bewaard).</source>
        <translation>{0} is switched off (and kept).</translation>
    </message>
    <message>
        <source>{0} staat weer aan.</source>
        <translation>{0} is switched on again.</translation>
    </message>
    <message>
        <source>Een nieuw herstelblad; het vorige werkt niet meer.</source>
        <translation>A new recovery sheet; the previous one no longer works.</translation>
    </message>
    <message>
        <source>Geen back-up bevat leesbare contactgegevens.</source>
        <translation>No backup holds readable contact details.</translation>
    </message>
    <message>
        <source>Oude back-ups</source>
        <translation>Old backups</translation>
    </message>
    <message>
        <source>{0} back-ups van vóór de versleuteling bevatten contactgegevens van bewoners als leesbare tekst. Die gegevens uit de back-ups wissen? De rest van de back-ups blijft bruikbaar.</source>
        <translation>{0} backups from before encryption hold residents' contact details as readable text. Wipe those details from the backups? The rest of the backups stays usable.</translation>
    </message>
    <message>
        <source>De oude back-ups bevatten geen leesbare contactgegevens meer.</source>
        <translation>The old backups no longer hold readable contact details.</translation>
    </message>
    <message>
        <source>{0} signalen gevonden.</source>
        <translation>{0} signals found.</translation>
    </message>
    <message>
        <source>Kies eerst een gevonden signaal.</source>
        <translation>Choose a signal that was found first.</translation>
    </message>
    <message>
        <source>Contactgegevens wissen</source>
        <translation>Wipe contact details</translation>
    </message>
    <message>
        <source>De contactgegevens bij dit signaal wissen? Dit kan niet terug.</source>
        <translation>Wipe the contact details of this signal? This cannot be undone.</translation>
    </message>
    <message>
        <source>De contactgegevens zijn gewist.</source>
        <translation>The contact details have been wiped.</translation>
    </message>
</context>
<context>
    <name>AutoSyncBox</name>
    <message>
        <source>Synchroniseren als wijkinfo start</source>
        <translation>Sync when wijkinfo starts</translation>
    </message>
    <message>
        <source>Synchroniseren als wijkinfo sluit</source>
        <translation>Sync when wijkinfo closes</translation>
    </message>
    <message>
        <source>Synchroniseren elke</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Aantal minuten tussen twee syncs</source>
        <translation>Minutes between two syncs</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>wijkinfo sluit</source>
        <translation>wijkinfo is closing</translation>
    </message>
    <message>
        <source>wijkinfo synchroniseert nog met de andere balies. Het venster sluit vanzelf als dat klaar is.</source>
        <translation>wijkinfo is still syncing with the other desks. The window closes by itself when that is done.</translation>
    </message>
    <message>
        <source>Sluit u zonder te wachten, dan blijft alles wat u hebt opgeslagen bewaard. De rest gaat mee met de volgende sync.</source>
        <translation>If you close without waiting, everything you saved is kept. The rest goes along with the next sync.</translation>
    </message>
    <message>
        <source>Sluiten zonder te wachten</source>
        <translation>Close without waiting</translation>
    </message>
</context>
<context>
    <name>CoordinatorStep</name>
    <message>
        <source>Nu de eerste coördinator: dat bent u, als u het informatiepunt beheert. Een coördinator maakt vrijwilligers aan, houdt de sociale kaart bij en leest signalen. Het wachtwoord heeft minstens 8 tekens.

Zoeken en verwijzen werken ook zonder coördinator. Sluit deze computer aan bij de syncmap van uw organisatie? Sla deze stap dan over: de coördinatoren komen mee uit de syncmap.</source>
        <translation>Now the first coordinator: that is you, if you run the information point. A coordinator adds volunteers, keeps the directory up to date and reads signals. The password has at least 8 characters.

Searching and referring also work without a coordinator. Will this computer join your organisation's sync folder? Then skip this step: the coordinators come along from the sync folder.</translation>
    </message>
    <message>
        <source>Naam van de coördinator</source>
        <translation>Name of the coordinator</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord nog een keer</source>
        <translation>Password once more</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Nog &amp;een keer</source>
        <translation>&amp;Once more</translation>
    </message>
    <message>
        <source>De eerste coördinator</source>
        <translation>The first coordinator</translation>
    </message>
</context>
<context>
    <name>CorrectionsQueue</name>
    <message>
        <source>Afgehandeld</source>
        <extracomment>open this service (its id) in the editor, to correct what was reported</extracomment>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Dienst bewerken</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>Meldingen van vrijwilligers: wat klopt er niet?</source>
        <translation>Reports from volunteers: what is wrong?</translation>
    </message>
    <message>
        <source>Gemarkeerd als afgehandeld.</source>
        <translation>Marked as handled.</translation>
    </message>
    <message>
        <source>Klopt er iets niet?</source>
        <translation>Something wrong?</translation>
    </message>
    <message>
        <source>Wat klopt er niet? Een coördinator past het aan.</source>
        <translation>What is wrong? A coordinator will correct it.</translation>
    </message>
    <message>
        <source>Bedankt, de melding staat bij de coördinator.</source>
        <translation>Thank you, the coordinator has your report.</translation>
    </message>
    <message>
        <source>Sociale kaart</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Zoekwoorden</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>wijkinfo liep tegen een onverwachte fout aan.</source>
        <translation>wijkinfo ran into an unexpected error.</translation>
    </message>
    <message>
        <source>(geen logbestand)</source>
        <translation>(no log file)</translation>
    </message>
    <message>
        <source>Wat al was opgeslagen, is niet verloren. U kunt gewoon verder werken.

Gebeurt het vaker? Klik op ‘Kopieer details’ en stuur dat, met het logbestand, naar uw coördinator.

Het logbestand: {0}</source>
        <translation>Nothing that was already saved is lost. You can carry on working.

Does it happen more often? Click ‘Copy details’ and send that, with the log file, to your coordinator.

The log file: {0}</translation>
    </message>
    <message>
        <source>&amp;Kopieer details</source>
        <translation>&amp;Copy details</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>DeskAreaButton</name>
    <message>
        <source>Mijn wijk: {0}</source>
        <translation>My district: {0}</translation>
    </message>
    <message>
        <source>Mijn wijk instellen…</source>
        <translation>Set my district…</translation>
    </message>
    <message>
        <source>Alleen een coördinator kan de wijk van het punt instellen.</source>
        <translation>Only a coordinator can set the information point's district.</translation>
    </message>
</context>
<context>
    <name>DeskAreaDialog</name>
    <message>
        <source>Mijn wijk</source>
        <translation>My district</translation>
    </message>
    <message>
        <source>geen wijk</source>
        <translation>no district</translation>
    </message>
    <message>
        <source>bijvoorbeeld Utrecht</source>
        <translation>for example Utrecht</translation>
    </message>
    <message>
        <source>Diensten in deze wijk en plaats komen bij het zoeken eerst.</source>
        <translation>Services in this district and town come first when searching.</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorView</name>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bewerk de dienst uit Zoeken</source>
        <translation>Edit the service from Search</translation>
    </message>
    <message>
        <source>Nieuwe dienst</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>ma</source>
        <translation>mo</translation>
    </message>
    <message>
        <source>di</source>
        <translation>tu</translation>
    </message>
    <message>
        <source>wo</source>
        <translation>we</translation>
    </message>
    <message>
        <source>do</source>
        <translation>th</translation>
    </message>
    <message>
        <source>vr</source>
        <translation>fr</translation>
    </message>
    <message>
        <source>za</source>
        <translation>sa</translation>
    </message>
    <message>
        <source>zo</source>
        <translation>su</translation>
    </message>
    <message>
        <source>De dienst is weer actief.</source>
        <translation>The service is active again.</translation>
    </message>
    <message>
        <source>Vandaag gecontroleerd</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <source>Zoek eerst een dienst op in Zoeken.</source>
        <translation>First look up a service in Search.</translation>
    </message>
    <message>
        <source>Kies een organisatie</source>
        <extracomment>the coordinator wants to edit this organisation (its id) in Beheer › Organisaties</extracomment>
        <translation>Choose an organisation</translation>
    </message>
    <message>
        <source>Gratis: onbekend</source>
        <translation>Free: unknown</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Niet gratis</source>
        <translation>Not free</translation>
    </message>
    <message>
        <source>Eén nummer per regel, met een toelichting als dat helpt: 030-1234567 Balie</source>
        <translation>One number per line, with a note if that helps: 030-1234567 Front desk</translation>
    </message>
    <message>
        <source>Eén regel per tijd: ma-vr 09:00-17:00 of di,do 13:30-16:00 (vr 22:00-02:00 is tot na middernacht)</source>
        <translation>One line per time: mo-fr 09:00-17:00 or tu,th 13:30-16:00 (fr 22:00-02:00 runs past midnight); Dutch day names work too</translation>
    </message>
    <message>
        <source>Organisatie bewerken</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>{0} (niet actief)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Gemarkeerd als vandaag gecontroleerd.</source>
        <translation>Marked as checked today.</translation>
    </message>
    <message>
        <source>De dienst staat nu op niet actief.</source>
        <translation>The service is now marked inactive.</translation>
    </message>
</context>
<context>
    <name>DossierPanel</name>
    <message>
        <source>Dossier per organisatie of dienst</source>
        <translation>Dossier per organisation or service</translation>
    </message>
    <message>
        <source>Kies of typ een organisatie of dienst</source>
        <translation>Choose or type an organisation or service</translation>
    </message>
    <message>
        <source>Vorig kwartaal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Dit kwartaal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>De periode hierboven</source>
        <translation>The period above</translation>
    </message>
    <message>
        <source>&amp;Gespreksnotitie (PDF)…</source>
        <translation>&amp;Meeting note (PDF)…</translation>
    </message>
    <message>
        <source>Dossier als C&amp;SV…</source>
        <translation>Dossier as C&amp;SV…</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Per kwartaal</source>
        <translation>Per quarter</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Komt steeds terug (organisatie × thema, per kwartaal)</source>
        <translation>Keeps coming back (organisation × theme, per quarter)</translation>
    </message>
    <message>
        <source>meer</source>
        <translation>more</translation>
    </message>
    <message>
        <source>minder</source>
        <translation>fewer</translation>
    </message>
    <message>
        <source>gelijk</source>
        <translation>same</translation>
    </message>
    <message>
        <source>Kies eerst een organisatie of dienst.</source>
        <translation>Choose an organisation or service first.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Dossier opslaan</source>
        <translation>Save dossier</translation>
    </message>
    <message>
        <source>Het dossier wordt gemaakt…</source>
        <translation>Making the dossier…</translation>
    </message>
    <message>
        <source>Dossier van {0} opgeslagen: {1}</source>
        <translation>Dossier of {0} saved: {1}</translation>
    </message>
</context>
<context>
    <name>EarlyResults</name>
    <message>
        <source>Gevonden diensten</source>
        <translation>Services found</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Bewerken: {0}</source>
        <translation>Editing: {0}</translation>
    </message>
    <message>
        <source>Bewerken: {0} (niet actief)</source>
        <translation>Editing: {0} (inactive)</translation>
    </message>
    <message>
        <source>Niet meer actief</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <source>Weer actief</source>
        <translation>Active again</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bestand &amp;kiezen…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Map met datapackage.json kiezen…</source>
        <translation>Choose folder with datapackage.json…</translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Werkblad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Kolommen koppelen: kies bij elke kolom welk gegeven erin staat.</source>
        <translation>Map the columns: choose for each column what it holds.</translation>
    </message>
    <message>
        <source>Kolom in het bestand</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Afgewezen records overslaan</source>
        <translation>Skip rejected records</translation>
    </message>
    <message>
        <source>Mogelijk dubbele diensten overslaan</source>
        <translation>Skip possible duplicate services</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Wat het bestand niet noemt ook verwijderen (telefoonnummers, tijden …)</source>
        <translation>Also remove what the file does not mention (phone numbers, hours …)</translation>
    </message>
    <message>
        <source>Exporteren (HSDS 3)</source>
        <translation>Export (HSDS 3)</translation>
    </message>
    <message>
        <source>JSON (diensten)</source>
        <translation>JSON (services)</translation>
    </message>
    <message>
        <source>CSV-tabellen met datapackage.json</source>
        <translation>CSV tables with datapackage.json</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar map…</source>
        <translation>&amp;Export to folder…</translation>
    </message>
    <message>
        <source>Formaat:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Bestand kiezen</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Sociale kaart (*.json *.csv *.txt *.xlsx *.zip);;Alle bestanden (*)</source>
        <translation>Service directory (*.json *.csv *.txt *.xlsx *.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <source>(niet inlezen)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>{0} rijen gevonden. Controleer de koppeling en klik op Controleren.</source>
        <translation>{0} rows found. Check the mapping and click Check.</translation>
    </message>
    <message>
        <source>Id (HSDS)</source>
        <translation>Id (HSDS)</translation>
    </message>
    <message>
        <source>Naam van de dienst</source>
        <translation>Name of the service</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adres (straat en huisnummer)</source>
        <translation>Address (street and number)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Nieuw: {0}   Gewijzigd: {1}   Ongewijzigd: {2}   Afgewezen: {3}   Mogelijk dubbel: {4}</source>
        <translation>New: {0}   Changed: {1}   Unchanged: {2}   Rejected: {3}   Possible duplicates: {4}</translation>
    </message>
    <message>
        <source>Let op, inlezen {0}</source>
        <translation>Note: importing {0}</translation>
    </message>
    <message>
        <source>Afgewezen: {0}</source>
        <translation>Rejected: {0}</translation>
    </message>
    <message>
        <source>Mogelijk dubbel: nr. {0} ‘{1}’ lijkt op ‘{2}’ ({3})</source>
        <translation>Possible duplicate: no. {0} ‘{1}’ looks like ‘{2}’ ({3})</translation>
    </message>
    <message>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>Het bestand noemt niet alles. Klopt dat? Vink dan het vakje aan.</source>
        <translation>The file does not mention everything. Is that right? Then tick the box.</translation>
    </message>
    <message>
        <source>Er zijn afgewezen records. Verbeter het bestand, of kies ‘Afgewezen records overslaan’ en controleer opnieuw.</source>
        <translation>Some records were rejected. Correct the file, or choose ‘Skip rejected records’ and check again.</translation>
    </message>
    <message>
        <source>Controle klaar. Klik op Inlezen om op te slaan.</source>
        <translation>Check done. Click Import to save.</translation>
    </message>
    <message>
        <source>Klik op Controleren en daarna op Inlezen.</source>
        <translation>Click Check, then Import.</translation>
    </message>
    <message>
        <source>Ingelezen: {0} nieuw, {1} gewijzigd.</source>
        <translation>Imported: {0} new, {1} changed.</translation>
    </message>
    <message>
        <source>Geannuleerd. Er is niets veranderd.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Map voor de export kiezen</source>
        <translation>Choose a folder for the export</translation>
    </message>
    <message>
        <source>{0} diensten weggeschreven naar {1}.</source>
        <translation>{0} services written to {1}.</translation>
    </message>
</context>
<context>
    <name>FirstRunAssistant</name>
    <message>
        <source>wijkinfo instellen</source>
        <translation>Set up wijkinfo</translation>
    </message>
    <message>
        <source>Ctrl+Enter: volgende stap   ·   Esc: stap overslaan</source>
        <translation>Ctrl+Enter: next step   ·   Esc: skip step</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Over&amp;slaan</source>
        <translation>&amp;Skip</translation>
    </message>
    <message>
        <source>Stap {0} van {1}: {2}</source>
        <translation>Step {0} of {1}: {2}</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Vol&amp;gende</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Even geduld…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>HubBox</name>
    <message>
        <source>Server van de organisatie</source>
        <translation>The organisation's server</translation>
    </message>
    <message>
        <source>bijvoorbeeld postgresql://hub.example.nl/wijkinfo_hub?sslmode=verify-full</source>
        <translation>for example postgresql://hub.example.nl/wijkinfo_hub?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>bijvoorbeeld balie_noord</source>
        <translation>for example desk_north</translation>
    </message>
    <message>
        <source>Login van deze balie:</source>
        <translation>This desk's login:</translation>
    </message>
    <message>
        <source>Wachtwoord van de login:</source>
        <translation>Password of the login:</translation>
    </message>
    <message>
        <source>Wachtwoord van de gegevens (één keer):</source>
        <translation>Passphrase of the data (once):</translation>
    </message>
    <message>
        <source>Test de verbinding</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Het wachtwoord wordt bewaard in de wachtwoordkluis van deze computer.</source>
        <translation>The password is kept in this computer's password store.</translation>
    </message>
    <message>
        <source>Deze computer heeft geen wachtwoordkluis. wijkinfo onthoudt het wachtwoord daarom alleen tot u het programma sluit; daarna vult u het hier opnieuw in.</source>
        <translation>This computer has no password store. wijkinfo therefore remembers the password only until you close the program; after that you enter it here again.</translation>
    </message>
    <message>
        <source>De verbinding werkt: {0} (inrichting versie {1}).</source>
        <translation>The connection works: {0} (setup version {1}).</translation>
    </message>
    <message>
        <source>Het wachtwoord van de gegevens klopt; deze computer onthoudt het.</source>
        <translation>The passphrase of the data is right; this computer remembers it.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>MachineSettingsPage</name>
    <message>
        <source>Deze instellingen gelden alleen op deze computer. Iedereen mag ze veranderen.</source>
        <translation>These settings apply to this computer only. Anyone may change them.</translation>
    </message>
    <message>
        <source>Na Opslaan toont het venster meteen de gekozen taal.</source>
        <translation>After Save the window shows the chosen language at once.</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Back-upmap kiezen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Standaard&amp;map</source>
        <translation>Defa&amp;ult folder</translation>
    </message>
    <message>
        <source>De back-ups in de gegevensmap zelf</source>
        <translation>The backups in the data folder itself</translation>
    </message>
    <message>
        <source>Elke dag bij het starten maakt wijkinfo een back-up. Leeg: in de gegevensmap. Kies bijvoorbeeld een USB-stick of een netwerkmap; zit die er niet in, dan gaat de back-up van die dag naar de gegevensmap.</source>
        <translation>Every day at start-up wijkinfo makes a backup. Empty: in the data folder. Choose for example a USB stick or a network folder; when it is not there, that day's backup goes to the data folder.</translation>
    </message>
    <message>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Tekst&amp;grootte</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>&amp;Back-upmap</source>
        <translation>&amp;Backup folder</translation>
    </message>
    <message>
        <source>&amp;Aantal dagelijkse back-ups</source>
        <translation>&amp;Number of daily backups</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>wijkinfo — {0}</source>
        <translation>wijkinfo — {0}</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Waar zoekt u hulp bij? Bijvoorbeeld: schulden</source>
        <translation>What do you need help with? For example: debts</translation>
    </message>
    <message>
        <source>De sociale kaart wordt geopend…</source>
        <translation>Opening the social map…</translation>
    </message>
    <message>
        <source>De gegevens worden geopend…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>Importeren en exporteren</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <source>Gegevens: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <source>DEMO — verzonnen gegevens van Lindestad: niet om mensen door te verwijzen.</source>
        <translation>DEMO — made-up data of Lindestad: do not use it to refer people.</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Manage</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Back-up &amp;maken…</source>
        <translation>&amp;Make a backup…</translation>
    </message>
    <message>
        <source>&amp;Instellingen…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over wijkinfo</source>
        <translation>&amp;About wijkinfo</translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>wijkinfo-database (*.sqlite)</source>
        <translation>wijkinfo database (*.sqlite)</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {0}</source>
        <translation>Backup made: {0}</translation>
    </message>
    <message>
        <source>Over wijkinfo</source>
        <translation>About wijkinfo</translation>
    </message>
    <message>
        <source>wijkinfo {0}
De sociale kaart van het wijkinformatiepunt.

Gegevensmap: {1}
Logbestanden: {2}</source>
        <translation>wijkinfo {0}
The directory of local services for the neighbourhood information point.

Data folder: {1}
Log files: {2}</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>&amp;Afmelden</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Wissel vrijwilliger…</source>
        <translation>&amp;Switch volunteer…</translation>
    </message>
    <message>
        <source>&amp;Aanmelden…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>&amp;Privacy: wat bewaren we?</source>
        <translation>&amp;Privacy: what do we keep?</translation>
    </message>
    <message>
        <source>Gebruikers en privacy</source>
        <translation>Users and privacy</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>OrganizationEditorView</name>
    <message>
        <source>Zoek een organisatie</source>
        <translation>Find an organisation</translation>
    </message>
    <message>
        <source>Algemeen nummer, zoals 030-1234567</source>
        <translation>General number, such as 030-1234567</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>{0} (niet actief)</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>%n actieve dienst(en)</source>
        <translation>
            <numerusform>%n active service</numerusform>
            <numerusform>%n active services</numerusform>
        </translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <source>{0} staat nu op niet actief, met %n dienst(en) die nog actief waren. ‘Weer actief’ zet ze terug.</source>
        <translation>
            <numerusform>{0} is now inactive, with %n service that was still active. ‘Active again’ brings it back.</numerusform>
            <numerusform>{0} is now inactive, with %n services that were still active. ‘Active again’ brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} is weer actief, met %n dienst(en).</source>
        <translation>
            <numerusform>{0} is active again, with %n service.</numerusform>
            <numerusform>{0} is active again, with %n services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacePickers</name>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Neighbourhood</translation>
    </message>
</context>
<context>
    <name>PointDetailsForm</name>
    <message>
        <source>Bijvoorbeeld: 030-1234567</source>
        <translation>For example: 030-1234567</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: maandag t/m vrijdag 10:00–16:00</source>
        <translation>For example: Monday to Friday 10:00–16:00</translation>
    </message>
    <message>
        <source>&amp;Kies…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Telephone</translation>
    </message>
    <message>
        <source>&amp;Openingstijden</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG of JPG)</source>
        <translation>&amp;Logo (PNG or JPG)</translation>
    </message>
    <message>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PointSettingsView</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Dit staat bovenaan en onderaan elke verwijsbrief.</source>
        <translation>This appears at the top and bottom of every referral sheet.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PointStep</name>
    <message>
        <source>Welkom bij wijkinfo. Eerst de gegevens van uw informatiepunt. Ze staan boven en onder elke verwijsbrief en in elke brief aan een bewoner. U kunt ze later nog veranderen.</source>
        <extracomment>the recovery code, shown once; kept in memory only until the assistant closes</extracomment>
        <translation>Welcome to wijkinfo. First your information point's details. They appear at the top and bottom of every referral sheet and in every letter to a resident. You can change them later.</translation>
    </message>
    <message>
        <source>Naam van het informatiepunt</source>
        <translation>Name of the information point</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Wijkpunt De Linde</source>
        <translation>For example: Wijkpunt De Linde</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer, plaats</source>
        <translation>Street and number, town</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: ma–vr 9.00–12.00</source>
        <translation>For example: mo–fr 9.00–12.00</translation>
    </message>
    <message>
        <source>Logo (een PNG- of JPG-bestand)</source>
        <translation>Logo (a PNG or JPG file)</translation>
    </message>
    <message>
        <source>Logo &amp;kiezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Telefoonnummer</source>
        <translation>&amp;Phone number</translation>
    </message>
    <message>
        <source>&amp;Openingstijden</source>
        <translation>&amp;Opening hours</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>Uw informatiepunt</source>
        <translation>Your information point</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&lt;h2&gt;Privacy: wat bewaren we over bewoners?&lt;/h2&gt;&lt;h3&gt;Wat&lt;/h3&gt;&lt;p&gt;Een signaal: de datum, de wijk en buurt, het thema, de betrokken organisaties, wat er misging en de urgentie. Geen naam. Schrijf in een signaal geen namen en geen gezondheidsgegevens.&lt;/p&gt;&lt;p&gt;Alleen als de bewoner een terugkoppeling wil, en daar toestemming voor geeft: naam, telefoonnummer en/of e-mailadres, met de datum van de toestemming. Die staan apart van het signaal.&lt;/p&gt;&lt;p&gt;Bij de balie tellen we contacten zonder iets over de persoon (tellingen).&lt;/p&gt;&lt;h3&gt;Waarom&lt;/h3&gt;&lt;p&gt;Om te laten zien waar bewoners niet (goed) geholpen worden, en dat aan de gemeente en organisaties te melden. Contactgegevens gebruiken we alleen om de bewoner te laten weten wat er met het signaal gebeurd is.&lt;/p&gt;&lt;h3&gt;Hoe lang&lt;/h3&gt;&lt;p&gt;Contactgegevens worden {0} dagen na het afsluiten van een signaal gewist. Het signaal zelf wordt {1} dagen na het afsluiten verwijderd; daarna blijft alleen een telregel over (thema en maand). wijkinfo doet dit zelf bij het opstarten.&lt;/p&gt;&lt;h3&gt;Wie ziet het&lt;/h3&gt;&lt;p&gt;Vrijwilligers melden signalen, maar kunnen ze daarna niet meer openen en zien nooit contactgegevens. Coördinatoren beoordelen signalen. Alleen coördinatoren zien contactgegevens; elke keer dat iemand ze bekijkt, staat in het logboek (wie en wanneer).&lt;/p&gt;&lt;p&gt;Een bewoner kan vragen om inzage of verwijdering: vraag het een coördinator.&lt;/p&gt;&lt;h3&gt;Versleuteld&lt;/h3&gt;&lt;p&gt;Naam, telefoonnummer en e-mailadres van een bewoner worden versleuteld op het moment dat het signaal wordt opgeslagen, ook als er geen coördinator is aangemeld. Ze staan dus nooit leesbaar in het bestand op de laptop, in een back-up, in een export, op een USB-stick, in de cloudmap of op de server.&lt;/p&gt;&lt;p&gt;Alleen coördinatoren hebben een sleutel. Die sleutel is beveiligd met hun eigen wachtwoord en wordt alleen geopend zolang ze zijn aangemeld. Een nieuwe coördinator krijgt toegang van een andere coördinator. Vertrekt er een coördinator, dan krijgt wijkinfo een nieuwe sleutel: wat daarna wordt opgeslagen, kan de oude sleutel niet meer openen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Herstelblad.&lt;/b&gt; Bij het maken van de eerste coördinator maakt wijkinfo een herstelblad met een code. Bewaar het op papier op een veilige plek. Zijn alle coördinatoren hun wachtwoord kwijt, dan geeft die code weer toegang. Zonder herstelblad en zonder wachtwoord zijn de contactgegevens voor altijd weg.&lt;/p&gt;&lt;p&gt;Een back-up bevat contactgegevens alleen versleuteld, en wordt na {0} dagen verwijderd.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Privacy: what do we keep about residents?&lt;/h2&gt;&lt;h3&gt;What&lt;/h3&gt;&lt;p&gt;A signal: the date, the district and neighbourhood, the theme, the organisations involved, what went wrong and the urgency. No name. Do not write names or health details in a signal.&lt;/p&gt;&lt;p&gt;Only if the resident wants to hear back, and consents: name, phone number and/or e-mail address, with the date of consent. These are kept apart from the signal.&lt;/p&gt;&lt;p&gt;At the desk we count contacts without anything about the person (tallies).&lt;/p&gt;&lt;h3&gt;Why&lt;/h3&gt;&lt;p&gt;To show where residents are not (well) helped, and to report that to the municipality and organisations. Contact details are only used to tell the resident what happened with the signal.&lt;/p&gt;&lt;h3&gt;How long&lt;/h3&gt;&lt;p&gt;Contact details are wiped {0} days after a signal is closed. The signal itself is deleted {1} days after closing; after that only a count line remains (theme and month). wijkinfo does this by itself at start-up.&lt;/p&gt;&lt;h3&gt;Who sees it&lt;/h3&gt;&lt;p&gt;Volunteers log signals, but cannot open them afterwards and never see contact details. Coordinators review signals. Only coordinators see contact details; every time someone looks at them, it is written to the log (who and when).&lt;/p&gt;&lt;p&gt;A resident can ask to see or delete their data: ask a coordinator.&lt;/p&gt;&lt;h3&gt;Encrypted&lt;/h3&gt;&lt;p&gt;A resident's name, phone number and e-mail address are encrypted the moment the signal is saved, also when no coordinator is signed in. So they are never readable in the file on the laptop, in a backup, in an export, on a USB stick, in the cloud folder or on the server.&lt;/p&gt;&lt;p&gt;Only coordinators have a key. It is protected by their own password and opened only while they are signed in. A new coordinator gets access from another coordinator. When a coordinator leaves, wijkinfo gets a new key: what is saved after that cannot be opened with the old key.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recovery sheet.&lt;/b&gt; When the first coordinator is made, wijkinfo makes a recovery sheet with a code. Keep it on paper in a safe place. If every coordinator has lost their password, that code gives access again. Without the recovery sheet and without a password the contact details are lost for good.&lt;/p&gt;&lt;p&gt;A backup holds contact details only encrypted, and is removed after {0} days.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Er is nog geen coördinator met een sleutel. Daarom kunnen hier nog geen contactgegevens van bewoners worden opgeslagen. Een coördinator maakt u met Aanmelden… (rechtsboven).</source>
        <translation>There is no coordinator with a key yet, so residents' contact details cannot be saved here yet. Make a coordinator with Sign in… (top right).</translation>
    </message>
    <message>
        <source>Er is een herstelblad gemaakt. wijkinfo bewaart de code niet: alleen dat papier geeft toegang terug als alle coördinatoren hun wachtwoord vergeten.</source>
        <translation>A recovery sheet has been made. wijkinfo does not keep the code: only that paper gives access back if every coordinator forgets their password.</translation>
    </message>
    <message>
        <source>Er is nog geen herstelblad. Vergeten alle coördinatoren hun wachtwoord, dan zijn de contactgegevens weg. Maak het nu: Beheer → Gebruikers en privacy → Nieuw herstelblad…</source>
        <translation>There is no recovery sheet yet. If every coordinator forgets their password, the contact details are lost. Make it now: Manage → Users and privacy → New recovery sheet…</translation>
    </message>
    <message>
        <source>Let op: op deze computer staat nog een voorlopige sleutel, gemaakt toen de versleuteling werd ingevoerd. Wie het bestand heeft, kan daarmee de oudere contactgegevens openen. Laat een coördinator één keer aanmelden; dan wordt de sleutel gewist.</source>
        <translation>Note: this computer still holds a provisional key, made when encryption was introduced. Whoever has the file can open the older contact details with it. Have a coordinator sign in once; the key is then wiped.</translation>
    </message>
    <message>
        <source>Op deze computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Herstelblad</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Dit is de herstelcode van wijkinfo. Zijn alle coördinatoren hun wachtwoord kwijt, dan geeft deze code weer toegang tot de contactgegevens van bewoners. Zonder de code zijn ze dan voor altijd weg. Sla het herstelblad op, druk het af en bewaar het op een veilige plek (niet bij de laptop). wijkinfo bewaart de code niet.</source>
        <translation>This is wijkinfo's recovery code. If every coordinator has lost their password, this code gives access to residents' contact details again. Without the code they are then lost for good. Save the recovery sheet, print it and keep it in a safe place (not with the laptop). wijkinfo does not keep the code.</translation>
    </message>
    <message>
        <source>Herstelblad &amp;opslaan als PDF…</source>
        <translation>&amp;Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}. Druk het af en wis daarna het bestand.</source>
        <translation>Saved: {0}. Print it, then delete the file.</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Dit is de herstelcode van uw informatiepunt. Contactgegevens van bewoners zijn versleuteld: alleen coördinatoren kunnen ze lezen, met hun wachtwoord. Vergeten alle coördinatoren hun wachtwoord, dan geeft alleen deze code weer toegang. Zonder de code zijn de contactgegevens dan voor altijd weg.

Sla het herstelblad op of druk het af, en bewaar het papier op een veilige plek, niet bij de laptop. wijkinfo bewaart de code niet.</source>
        <translation>This is your information point's recovery code. Residents' contact details are encrypted: only coordinators can read them, with their password. If every coordinator forgets their password, only this code gives access again. Without the code the contact details are then lost for ever.

Save the recovery sheet or print it, and keep the paper in a safe place, not with the laptop. wijkinfo does not keep the code.</translation>
    </message>
    <message>
        <source>Herstelblad &amp;opslaan als PDF…</source>
        <translation>&amp;Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <source>Herstelblad &amp;afdrukken…</source>
        <translation>&amp;Print recovery sheet…</translation>
    </message>
    <message>
        <source>Het herstelblad</source>
        <translation>The recovery sheet</translation>
    </message>
    <message>
        <source>U heeft het herstelblad nog niet opgeslagen of afgedrukt. Schrijf de code dan nu over. Nog een keer Volgende gaat verder zonder herstelblad.</source>
        <translation>You have not saved or printed the recovery sheet yet. Then copy the code by hand now. Next once more goes on without a recovery sheet.</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}. Druk het af, bewaar het veilig en wis daarna het bestand.</source>
        <translation>Saved: {0}. Print it, keep it safe, then delete the file.</translation>
    </message>
    <message>
        <source>Herstelblad</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <source>Het herstelblad is naar de printer gestuurd.</source>
        <translation>The recovery sheet was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReferralAreas</name>
    <message>
        <source>Verwijzen</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>In verwijsmandje</source>
        <translation>Add to referral basket</translation>
    </message>
    <message>
        <source>Zet deze dienst op de verwijsbrief (Ctrl+P)</source>
        <translation>Put this service on the referral sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Contacten tellen</source>
        <translation>Count contacts</translation>
    </message>
    <message>
        <source>Telling</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Niet op de brief: deze dienst is niet actief of verwijst u niet door.</source>
        <translation>Not added: this service is not active or must not be referred to.</translation>
    </message>
    <message>
        <source>Staat al op de verwijsbrief.</source>
        <translation>Already on the referral sheet.</translation>
    </message>
    <message>
        <source>De verwijsbrief is vol ({0} diensten).</source>
        <translation>The referral sheet is full ({0} services).</translation>
    </message>
    <message>
        <source>Op de verwijsbrief gezet ({0}).</source>
        <translation>Added to the referral sheet ({0}).</translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message>
        <source>Diensten op de verwijsbrief</source>
        <translation>Services on the referral sheet</translation>
    </message>
    <message>
        <source>Het mandje is leeg. Zoek een dienst en kies ‘In verwijsmandje’ (Ctrl+P).</source>
        <translation>The basket is empty. Search for a service and choose ‘Add to referral basket’ (Ctrl+P).</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nieuwe brief</source>
        <translation>New sheet</translation>
    </message>
    <message>
        <source>Maakt het mandje en de velden leeg</source>
        <translation>Empties the basket and the fields</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Ik heb schulden</source>
        <translation>For example: I have debts</translation>
    </message>
    <message>
        <source>Een persoonlijke opmerking (niet verplicht)</source>
        <translation>A personal note (optional)</translation>
    </message>
    <message>
        <source>Wordt afgedrukt, nooit bewaard</source>
        <translation>Printed, never stored</translation>
    </message>
    <message>
        <source>Taal van de brief</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>Voorbeeld van de verwijsbrief</source>
        <translation>Preview of the referral sheet</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Kopieer als tekst</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Voor een e-mail of een sms</source>
        <translation>For an e-mail or a text message</translation>
    </message>
    <message>
        <source>&amp;Vraag van de bewoner</source>
        <translation>Resident's &amp;question</translation>
    </message>
    <message>
        <source>Op&amp;merking</source>
        <translation>&amp;Remark</translation>
    </message>
    <message>
        <source>&amp;Naam (niet bewaard)</source>
        <translation>&amp;Name (not stored)</translation>
    </message>
    <message>
        <source>&amp;Taal van de brief</source>
        <translation>&amp;Language of the sheet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Op de verwijsbrief&lt;/b&gt;</source>
        <translation>&lt;b&gt;On the referral sheet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>De brief wordt gemaakt…</source>
        <translation>Making the sheet…</translation>
    </message>
    <message numerus="yes">
        <source>%n pagina('s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Het logo kan niet worden gebruikt; de brief is zonder logo. Kies een ander logo bij Beheer › Instellingen.</source>
        <translation>The logo cannot be used; the sheet has no logo. Choose another logo in Beheer › Settings.</translation>
    </message>
    <message>
        <source>Verwijsbrief afdrukken</source>
        <translation>Print referral sheet</translation>
    </message>
    <message>
        <source>Afdrukken lukt niet: {0}. Kies een andere printer.</source>
        <translation>Printing failed: {0}. Choose another printer.</translation>
    </message>
    <message>
        <source>De brief is naar de printer gestuurd.</source>
        <translation>The sheet was sent to the printer.</translation>
    </message>
    <message>
        <source>Verwijsbrief opslaan</source>
        <translation>Save referral sheet</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Opslaan lukt niet: {0}. Kies een andere map.</source>
        <translation>Saving failed: {0}. Choose another folder.</translation>
    </message>
    <message>
        <source>Opgeslagen: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>De brief staat als tekst op het klembord.</source>
        <translation>The sheet is on the clipboard as text.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Meer resultaten laden lukt niet. {0}</source>
        <translation>Loading more results failed. {0}</translation>
    </message>
    <message>
        <source>geen telefoonnummer</source>
        <translation>no phone number</translation>
    </message>
    <message>
        <source>niet doorverwijzen</source>
        <translation>do not refer</translation>
    </message>
    <message>
        <source>niet actief</source>
        <translation>not active</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <source>Bewaartermijnen (na het afsluiten van een signaal)</source>
        <translation>Retention terms (after a signal is closed)</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Contactgegevens wissen na</source>
        <translation>Wipe &amp;contact details after</translation>
    </message>
    <message>
        <source>Signaal &amp;verwijderen na</source>
        <translation>Delete signal afte&amp;r</translation>
    </message>
    <message>
        <source>Bewaartermijnen &amp;opslaan</source>
        <translation>&amp;Save retention terms</translation>
    </message>
</context>
<context>
    <name>SearchFilterBar</name>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk of buurt</source>
        <translation>District or neighbourhood</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>elke leeftijd</source>
        <translation>any age</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Alleen in mijn wijk</source>
        <translation>Only in my district</translation>
    </message>
    <message>
        <source>Meer filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <source>Meer filters ({0} aan)</source>
        <translation>More filters ({0} on)</translation>
    </message>
    <message>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle wijken</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Alle talen</source>
        <translation>All languages</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Gevonden diensten</source>
        <extracomment>the service now shown in the detail pane ("" when none)</extracomment>
        <translation>Services found</translation>
    </message>
    <message>
        <source>Meer dan {0} diensten gevonden, de beste eerst</source>
        <translation>More than {0} services found, best first</translation>
    </message>
    <message numerus="yes">
        <source>%n dienst(en) gevonden, de beste eerst</source>
        <translation>
            <numerusform>%n service found, best first</numerusform>
            <numerusform>%n services found, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of meer diensten gevonden, de beste eerst</source>
        <translation>
            <numerusform>%n or more services found, best first</numerusform>
            <numerusform>%n or more services found, best first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dienst(en) gevonden</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
</context>
<context>
    <name>ServiceDetailView</name>
    <message>
        <source>Kopieer telefoonnummer</source>
        <translation>Copy phone number</translation>
    </message>
    <message>
        <source>Kopieert het eerste telefoonnummer (Ctrl+C)</source>
        <translation>Copies the first phone number (Ctrl+C)</translation>
    </message>
    <message>
        <source>Kies een dienst in de lijst om de gegevens te zien.</source>
        <translation>Choose a service in the list to see its details.</translation>
    </message>
    <message>
        <source>Gekopieerd: {0}</source>
        <translation>Copied: {0}</translation>
    </message>
    <message>
        <source>Niet doorverwijzen</source>
        <translation>Do not refer</translation>
    </message>
    <message>
        <source>Niet actief</source>
        <translation>Not active</translation>
    </message>
    <message>
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Nu gesloten</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>kopieer</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Let op: langer dan {0} maanden niet gecontroleerd. Bel even na of het nog klopt.</source>
        <translation>Note: not checked for more than {0} months. Call to check it is still right.</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <source>Typ een deel van de naam van de dienst</source>
        <translation>Type part of the service name</translation>
    </message>
    <message>
        <source>Gekozen diensten (Delete haalt er een weg)</source>
        <translation>Chosen services (Delete removes one)</translation>
    </message>
</context>
<context>
    <name>ServiceSignalsBar</name>
    <message>
        <source>Notitie voor vrijwilligers…</source>
        <translation>Note for volunteers…</translation>
    </message>
    <message>
        <source>Let op: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n open signalen gaan over deze dienst.</source>
        <translation>
            <numerusform>%n open signal concerns this service.</numerusform>
            <numerusform>%n open signals concern this service.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notitie voor vrijwilligers</source>
        <translation>Note for volunteers</translation>
    </message>
    <message>
        <source>Wat vrijwilligers bij deze dienst zien (leeg: geen notitie):</source>
        <translation>What volunteers see with this service (empty: no note):</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Alleen een coördinator kan dit veranderen. Meld u aan als coördinator om het aan te passen.</source>
        <translation>Only a coordinator can change this. Sign in as a coordinator to change it.</translation>
    </message>
    <message>
        <source>Dit staat bovenaan en onderaan elke verwijsbrief.</source>
        <translation>This appears at the top and bottom of every referral sheet.</translation>
    </message>
    <message>
        <source>&amp;Deze computer</source>
        <translation>This co&amp;mputer</translation>
    </message>
    <message>
        <source>&amp;Informatiepunt</source>
        <translation>&amp;Information point</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>&amp;Synchroniseren</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ctrl+Enter slaat op, Esc annuleert.</source>
        <translation>Ctrl+Enter saves, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Zoeken, Verwijzen, Signalen, Beheer</source>
        <translation>Search, Refer, Signals, Manage</translation>
    </message>
    <message>
        <source>naar het zoekvak</source>
        <translation>to the search box</translation>
    </message>
    <message>
        <source>naar de resultaten, de dienst tonen</source>
        <translation>into the results, show the service</translation>
    </message>
    <message>
        <source>eerste telefoonnummer kopiëren</source>
        <translation>copy the first phone number</translation>
    </message>
    <message>
        <source>dienst in het verwijsmandje</source>
        <translation>service into the referral basket</translation>
    </message>
    <message>
        <source>zoekvak leegmaken; een venster annuleren</source>
        <translation>clear the search box; cancel a dialog</translation>
    </message>
    <message>
        <source>een venster versturen</source>
        <translation>send a dialog</translation>
    </message>
    <message>
        <source>opslaan (signaal, dienst)</source>
        <translation>save (signal, service)</translation>
    </message>
    <message>
        <source>tekst groter, kleiner</source>
        <translation>text larger, smaller</translation>
    </message>
    <message>
        <source>de knop of het veld met die onderstreepte letter</source>
        <translation>the button or field with that underlined letter</translation>
    </message>
    <message>
        <source>naar het volgende, vorige veld</source>
        <translation>to the next, previous field</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>SignInBar</name>
    <message>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Niet aangemeld — aanmelden is nodig voor signalen</source>
        <translation>Not signed in — signing in is needed for signals</translation>
    </message>
    <message>
        <source>Aanmelden…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>Aan de balie: {0} ({1})</source>
        <translation>At the desk: {0} ({1})</translation>
    </message>
    <message>
        <source>Wissel vrijwilliger…</source>
        <translation>Switch volunteer…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Wissel vrijwilliger</source>
        <translation>Switch volunteer</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Wie zit er aan de balie? Kies uw naam en typ uw wachtwoord.</source>
        <translation>Who is at the desk? Choose your name and type your password.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord of pincode</source>
        <translation>&amp;Password or PIN</translation>
    </message>
    <message>
        <source>Herstelcode gebruiken…</source>
        <translation>Use recovery code…</translation>
    </message>
</context>
<context>
    <name>SignalDetailPane</name>
    <message>
        <source>Doorgezet naar (gemeente of organisatie)</source>
        <translation>Forwarded to (municipality or organisation)</translation>
    </message>
    <message>
        <source>Wat is afgesproken (mag leeg)</source>
        <translation>What was agreed (may be empty)</translation>
    </message>
    <message>
        <source>Navragen op (dd-mm-jjjj, mag leeg)</source>
        <translation>Follow up on (dd-mm-yyyy, may be empty)</translation>
    </message>
    <message>
        <source>Uitkomst: onbekend</source>
        <translation>Outcome: unknown</translation>
    </message>
    <message>
        <source>Uitkomst: opgelost</source>
        <translation>Outcome: solved</translation>
    </message>
    <message>
        <source>Uitkomst: deels opgelost</source>
        <translation>Outcome: partly solved</translation>
    </message>
    <message>
        <source>Uitkomst: niet opgelost</source>
        <translation>Outcome: not solved</translation>
    </message>
    <message>
        <source>Toelichting bij de stap (mag leeg)</source>
        <translation>Explanation for this step (may be empty)</translation>
    </message>
    <message>
        <source>Interne notitie (de bewoner ziet dit niet)</source>
        <translation>Internal note (the resident never sees this)</translation>
    </message>
    <message>
        <source>Notitie &amp;toevoegen</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Toe&amp;wijzen</source>
        <translation>A&amp;ssign</translation>
    </message>
    <message>
        <source>&amp;Contactgegevens tonen</source>
        <translation>Show &amp;contact details</translation>
    </message>
    <message>
        <source>Contactgegevens wissen</source>
        <translation>Wipe contact details</translation>
    </message>
    <message>
        <source>Statusbrief (&amp;PDF)…</source>
        <translation>Status letter (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Statusbrief af&amp;drukken…</source>
        <translation>&amp;Print status letter…</translation>
    </message>
    <message>
        <source>Taal van de statusbrief</source>
        <translation>Language of the status letter</translation>
    </message>
    <message>
        <source>De taal van de statusbrief, voor de bewoner</source>
        <translation>The language of the status letter, for the resident</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Statusbrief in:</source>
        <translation>Status letter in:</translation>
    </message>
    <message numerus="yes">
        <source>Dit kwartaal al %n eerdere signalen over dezelfde dienst of organisatie met dit thema.</source>
        <translation>
            <numerusform>This quarter already %n earlier signal about the same service or organisation with this theme.</numerusform>
            <numerusform>This quarter already %n earlier signals about the same service or organisation with this theme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Eerdere signalen die hierop lijken:</source>
        <translation>Earlier signals like this one:</translation>
    </message>
    <message>
        <source>Geen eerdere signalen die hierop lijken.</source>
        <translation>No earlier signals like this one.</translation>
    </message>
    <message>
        <source>zelfde dienst</source>
        <translation>same service</translation>
    </message>
    <message>
        <source>zelfde organisatie</source>
        <translation>same organisation</translation>
    </message>
    <message>
        <source>woorden: {0}</source>
        <translation>words: {0}</translation>
    </message>
    <message>
        <source>Kies een signaal in de lijst.</source>
        <translation>Choose a signal in the list.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk / buurt</source>
        <translation>District / neighbourhood</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Uiterlijk klaar</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source> — te laat</source>
        <translation> — overdue</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Doorgezet naar</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Navragen op</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Wat ging er mis</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Volgende stap:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Niemand</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>De contactgegevens bij dit signaal wissen? Dit kan niet terug.</source>
        <translation>Wipe the contact details of this signal? This cannot be undone.</translation>
    </message>
    <message>
        <source>De contactgegevens zijn gewist.</source>
        <translation>The contact details have been wiped.</translation>
    </message>
    <message>
        <source>Er zijn geen contactgegevens (meer).</source>
        <translation>There are no contact details (any more).</translation>
    </message>
    <message>
        <source>Naam: {0} — Telefoon: {1} — E-mail: {2} — Toestemming: {3}</source>
        <translation>Name: {0} — Phone: {1} — E-mail: {2} — Consent: {3}</translation>
    </message>
</context>
<context>
    <name>SignalForm</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Gekozen organisaties (Delete haalt er een af)</source>
        <translation>Chosen organisations (Delete removes one)</translation>
    </message>
    <message>
        <source>Geen namen, geen gezondheidsgegevens: beschrijf wat er misging.</source>
        <translation>No names, no health details: describe what went wrong.</translation>
    </message>
    <message>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <source>De bewoner wil een terugkoppeling</source>
        <translation>The resident wants to hear back</translation>
    </message>
    <message>
        <source>Contactgegevens (alleen coördinatoren zien dit)</source>
        <translation>Contact details (only coordinators see this)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Signaal &amp;opslaan (Ctrl+S)</source>
        <translation>&amp;Save signal (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Thema</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation>&amp;District</translation>
    </message>
    <message>
        <source>Buu&amp;rt</source>
        <translation>Neigh&amp;bourhood</translation>
    </message>
    <message>
        <source>Betrokken or&amp;ganisaties</source>
        <translation>Or&amp;ganisations involved</translation>
    </message>
    <message>
        <source>Betrokken dien&amp;sten</source>
        <translation>Services &amp;involved</translation>
    </message>
    <message>
        <source>Wat ging er &amp;mis?</source>
        <translation>What went &amp;wrong?</translation>
    </message>
    <message>
        <source>&amp;Urgentie</source>
        <translation>&amp;Urgency</translation>
    </message>
    <message>
        <source>Signaal melden</source>
        <translation>Log a signal</translation>
    </message>
    <message>
        <source>De bewoner geeft toestemming om deze gegevens te bewaren (datum: {0})</source>
        <translation>The resident consents to keeping these details (date: {0})</translation>
    </message>
    <message>
        <source>{0} van {1} tekens</source>
        <translation>{0} of {1} characters</translation>
    </message>
    <message>
        <source>Uw concept is teruggezet. U kunt verder waar u was.</source>
        <translation>Your draft has been restored. You can carry on where you were.</translation>
    </message>
    <message>
        <source>Het signaal is opgeslagen. Dank u wel.</source>
        <translation>The signal has been saved. Thank you.</translation>
    </message>
</context>
<context>
    <name>SignalOutcome</name>
    <message>
        <source>opgelost</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>deels opgelost</source>
        <translation>partly solved</translation>
    </message>
    <message>
        <source>niet opgelost</source>
        <translation>not solved</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SignalQueueModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wat ging er mis</source>
        <translation>What went wrong</translation>
    </message>
    <message>
        <source>Meer signalen laden lukt niet. {0}</source>
        <translation>Could not load more signals. {0}</translation>
    </message>
    <message>
        <source>{0} (te laat)</source>
        <translation>{0} (overdue)</translation>
    </message>
</context>
<context>
    <name>SignalReportsView</name>
    <message>
        <source>&amp;Toon</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;CSV exporteren…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;PDF-rapport voor de gemeente…</source>
        <translation>&amp;PDF report for the municipality…</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Signalen in deze periode: {0}.</source>
        <translation>Signals in this period: {0}.</translation>
    </message>
    <message>
        <source>Contacten geteld aan de balie: {0}.</source>
        <translation>Contacts counted at the desk: {0}.</translation>
    </message>
    <message>
        <source>Aantallen onder de {0} tonen we als &lt; {0}.</source>
        <translation>Counts below {0} are shown as &lt; {0}.</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per thema</source>
        <translation>Per theme</translation>
    </message>
    <message>
        <source>Per wijk</source>
        <translation>Per district</translation>
    </message>
    <message>
        <source>Signalen exporteren</source>
        <translation>Export signals</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0} signalen opgeslagen in {1}</source>
        <translation>{0} signals saved in {1}</translation>
    </message>
    <message>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Het rapport wordt gemaakt…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Rapport opgeslagen: {0}</source>
        <translation>Report saved: {0}</translation>
    </message>
</context>
<context>
    <name>SignalReviewView</name>
    <message>
        <source>Alle open signalen</source>
        <translation>All open signals</translation>
    </message>
    <message>
        <source>Alle signalen</source>
        <translation>All signals</translation>
    </message>
    <message>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alleen te laat</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Nu navragen</source>
        <translation>Follow up now</translation>
    </message>
    <message>
        <source>Doorgezette signalen waarvan de navraagdatum is bereikt</source>
        <translation>Forwarded signals whose follow-up date has come</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Toegewezen</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Bewaarde filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>Toegewezen aan</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Filter b&amp;ewaren…</source>
        <translation>K&amp;eep filter…</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Alle wijken</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Nog niemand</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>(kies een bewaard filter)</source>
        <translation>(choose a saved filter)</translation>
    </message>
    <message>
        <source>Filter bewaren</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Naam van dit filter:</source>
        <translation>Name of this filter:</translation>
    </message>
    <message numerus="yes">
        <source>%n signalen</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalStatus</name>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>doorgezet</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
</context>
<context>
    <name>SignalTheme</name>
    <message>
        <source>Geldzorgen &amp; schulden</source>
        <translation>Money worries &amp; debt</translation>
    </message>
    <message>
        <source>Zorg &amp; ondersteuning</source>
        <translation>Care &amp; support</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Werk &amp; inkomen</source>
        <translation>Work &amp; income</translation>
    </message>
    <message>
        <source>Eenzaamheid</source>
        <translation>Loneliness</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Jeugd &amp; gezin</source>
        <translation>Youth &amp; family</translation>
    </message>
    <message>
        <source>Digitale overheid</source>
        <translation>Digital government</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SignalUrgency</name>
    <message>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hoog</source>
        <translation>high</translation>
    </message>
</context>
<context>
    <name>SignalsArea</name>
    <message>
        <source>Melden</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>StaleWarningBox</name>
    <message>
        <source>Sociale kaart</source>
        <translation>Social map</translation>
    </message>
    <message>
        <source>Waarschuw aan de balie als een dienst langer geleden is gecontroleerd dan:</source>
        <translation>Warn at the desk when a service was last checked longer ago than:</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Waarschuwen na</source>
        <translation>Warn after</translation>
    </message>
    <message>
        <source>&amp;Waarschuwen na</source>
        <translation>&amp;Warn after</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <source>Opgeslagen: waarschuwen na %n maand(en).</source>
        <translation>
            <numerusform>Saved: warn after %n month.</numerusform>
            <numerusform>Saved: warn after %n months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartStep</name>
    <message>
        <source>Hoe wilt u beginnen?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <source>&amp;Demo laden</source>
        <translation>Load the &amp;demo</translation>
    </message>
    <message>
        <source>Verzonnen diensten van de stad Lindestad, om te oefenen.</source>
        <translation>Made-up services of the town of Lindestad, to practise.</translation>
    </message>
    <message>
        <source>&amp;Bestand inlezen</source>
        <translation>&amp;Import a file</translation>
    </message>
    <message>
        <source>Een sociale kaart in HSDS (een JSON- of zip-bestand).</source>
        <translation>A directory in HSDS (a JSON or zip file).</translation>
    </message>
    <message>
        <source>&amp;Leeg beginnen</source>
        <translation>Start &amp;empty</translation>
    </message>
    <message>
        <source>U vult de sociale kaart zelf.</source>
        <translation>You fill the directory yourself.</translation>
    </message>
    <message>
        <source>Aansluiten bij een sync&amp;map</source>
        <translation>Join a sync fo&amp;lder</translation>
    </message>
    <message>
        <source>De syncmap van uw organisatie brengt de sociale kaart en de mensen mee.</source>
        <translation>Your organisation's sync folder brings the directory and the people along.</translation>
    </message>
    <message>
        <source>Bestand om in te lezen</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Bestand &amp;openen…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Inlezen doet een coördinator: maak eerst een coördinator.</source>
        <translation>Importing is a coordinator's job: make a coordinator first.</translation>
    </message>
    <message>
        <source>Syncmap</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <source>Map k&amp;iezen…</source>
        <translation>C&amp;hoose folder…</translation>
    </message>
    <message>
        <source>Wachtwoord van de syncmap</source>
        <translation>Sync folder passphrase</translation>
    </message>
    <message>
        <source>Sy&amp;ncmap</source>
        <translation>S&amp;ync folder</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord van de syncmap</source>
        <translation>&amp;Passphrase of the sync folder</translation>
    </message>
    <message>
        <source>Aansluiten kan alleen zonder eigen coördinator: de coördinatoren komen mee uit de syncmap. U heeft hier al een coördinator gemaakt.</source>
        <translation>Joining works only without a coordinator of this desk's own: the coordinators come along from the sync folder. You already made a coordinator here.</translation>
    </message>
    <message>
        <source>De sociale kaart</source>
        <translation>The directory</translation>
    </message>
    <message>
        <source>Sociale kaart inlezen</source>
        <translation>Import a directory</translation>
    </message>
    <message>
        <source>HSDS (*.json *.zip)</source>
        <translation>HSDS (*.json *.zip)</translation>
    </message>
    <message>
        <source>Syncmap kiezen</source>
        <translation>Choose sync folder</translation>
    </message>
    <message>
        <source>Dat kan hier niet. Kies iets anders.</source>
        <translation>That is not possible here. Choose something else.</translation>
    </message>
    <message>
        <source>Kies eerst het bestand met de sociale kaart.</source>
        <translation>Choose the file with the directory first.</translation>
    </message>
    <message>
        <source>Kies de syncmap van uw organisatie.</source>
        <translation>Choose your organisation's sync folder.</translation>
    </message>
    <message>
        <source>In het bestand staan {0} diensten met fouten. Er is niets ingelezen. Kijk het bestand na in Beheer › Importeren en exporteren, of kies iets anders.</source>
        <translation>The file has {0} services with mistakes. Nothing was imported. Check the file in Manage › Import and export, or choose something else.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>wijkinfo kan niet starten</source>
        <extracomment>When a search was typed before the data was open, the other areas wait for its results (they compete for the same CPU), but no longer than this. the first-run assistant while it is open</extracomment>
        <translation>wijkinfo cannot start</translation>
    </message>
    <message>
        <source>Er is nog geen coördinator. Kies Aanmelden… (rechtsboven) om er een te maken.</source>
        <translation>There is no coordinator yet. Choose Sign in… (top right) to make one.</translation>
    </message>
    <message>
        <source>Welkom, {0}. wijkinfo is klaar.</source>
        <translation>Welcome, {0}. wijkinfo is ready.</translation>
    </message>
    <message>
        <source>Aangesloten bij de syncmap. Meld u aan met de naam en het wachtwoord die een coördinator u gaf.</source>
        <translation>Joined the sync folder. Sign in with the name and password a coordinator gave you.</translation>
    </message>
    <message>
        <source>Database beschadigd</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>Het beschadigde bestand blijft bewaard. Wilt u de nieuwste back-up terugzetten?
{0}</source>
        <translation>The damaged file will be kept. Do you want to restore the newest backup?
{0}</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Terugzetten lukt niet</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>De demo laden lukt niet</source>
        <translation>Loading the demo failed</translation>
    </message>
    <message>
        <source>De sociale kaart is nog leeg</source>
        <translation>The directory is still empty</translation>
    </message>
    <message>
        <source>Er staan nog geen diensten in wijkinfo. Wilt u de demo laden om het programma uit te proberen? De demo bevat verzonnen diensten van de stad Lindestad.</source>
        <translation>There are no services in wijkinfo yet. Do you want to load the demo to try the program? The demo holds made-up services of the town of Lindestad.</translation>
    </message>
    <message>
        <source>Demo laden</source>
        <translation>Load demo</translation>
    </message>
    <message>
        <source>Leeg beginnen</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>StatusLetter</name>
    <message>
        <source>Statusbrief opslaan</source>
        <translation>Save status letter</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>De statusbrief wordt gemaakt…</source>
        <translation>Making the status letter…</translation>
    </message>
    <message>
        <source>Statusbrief opgeslagen: {0}. Open het bestand om te printen.</source>
        <translation>Status letter saved: {0}. Open the file to print it.</translation>
    </message>
    <message>
        <source>Statusbrief afdrukken</source>
        <translation>Print status letter</translation>
    </message>
    <message>
        <source>Niet afgedrukt.</source>
        <translation>Not printed.</translation>
    </message>
    <message>
        <source>Statusbrief</source>
        <translation>Status letter</translation>
    </message>
    <message>
        <source>De statusbrief is naar de printer gestuurd.</source>
        <translation>The status letter was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>SyncAdminView</name>
    <message>
        <source>Synchroniseren van deze computer</source>
        <translation>Sync of this computer</translation>
    </message>
    <message>
        <source>map (cloudmap of USB-stick)</source>
        <translation>folder (cloud folder or USB stick)</translation>
    </message>
    <message>
        <source>server van de organisatie</source>
        <translation>the organisation's server</translation>
    </message>
    <message>
        <source>Via:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <source>bijvoorbeeld de Nextcloud-map of E:\wijkinfo-sync</source>
        <translation>for example the Nextcloud folder or E:\wijkinfo-sync</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Balie Buurthuis De Linde</source>
        <translation>for example Desk Community Centre De Linde</translation>
    </message>
    <message>
        <source>Naam van deze balie:</source>
        <translation>Name of this desk:</translation>
    </message>
    <message>
        <source>Vanzelf:</source>
        <translation>Automatically:</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Wachtwoord van de syncmap</source>
        <translation>Sync folder passphrase</translation>
    </message>
    <message>
        <source>Alles in de syncmap is versleuteld. Elke balie heeft dit wachtwoord één keer nodig. Kwijt = de syncmap opnieuw inrichten; bewaar het goed.</source>
        <translation>Everything in the sync folder is encrypted. Every desk needs this passphrase once. Lost = set up the sync folder again; keep it safe.</translation>
    </message>
    <message>
        <source>Wachtwoord:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Nog een keer (bij inrichten of wijzigen):</source>
        <translation>Once more (when setting up or changing):</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord (bij wijzigen):</source>
        <translation>New passphrase (when changing):</translation>
    </message>
    <message>
        <source>Testen</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Nieuwe syncmap inrichten</source>
        <translation>Set up a new sync folder</translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Balies in deze syncmap</source>
        <translation>Desks in this sync folder</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Laatst gezien</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Conflicten: twee balies veranderden hetzelfde</source>
        <translation>Conflicts: two desks changed the same thing</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Waarde nu</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Andere waarde</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kies de andere waarde</source>
        <translation>Choose the other value</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Kies de syncmap</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Kies eerst de syncmap.</source>
        <translation>Choose the sync folder first.</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt. Deze computer onthoudt het.</source>
        <translation>The passphrase is right. This computer remembers it.</translation>
    </message>
    <message>
        <source>De syncmap is ingericht. Geef het wachtwoord aan de andere balies.</source>
        <translation>The sync folder is set up. Give the passphrase to the other desks.</translation>
    </message>
    <message>
        <source>Het wachtwoord is gewijzigd. Balies die al meedoen, hoeven niets te doen.</source>
        <translation>The passphrase was changed. Desks that already take part need to do nothing.</translation>
    </message>
    <message>
        <source>Kies eerst een conflict in de lijst.</source>
        <translation>Choose a conflict in the list first.</translation>
    </message>
    <message>
        <source>De andere waarde staat er nu; de andere balies krijgen haar bij hun sync.</source>
        <translation>The other value is in place now; the other desks get it when they sync.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.</source>
        <translation>The two passphrases are not the same. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>vandaag {0}</source>
        <translation>today {0}</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <extracomment>how long a minute of the "every N minutes" setting lasts</extracomment>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Wissel wijzigingen uit met de andere balies</source>
        <translation>Exchange changes with the other desks</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Sync: geen syncmap gekozen</source>
        <translation>Sync: no sync folder chosen</translation>
    </message>
    <message>
        <source>Laatste sync: {0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <source>{0} wijzigingen wachten</source>
        <translation>{0} changes waiting</translation>
    </message>
    <message>
        <source>let op</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>Er is nog geen syncmap gekozen. Vraag een coördinator.</source>
        <extracomment>set once the window is closing: no timer starts a sync any more</extracomment>
        <translation>No sync folder has been chosen yet. Ask a coordinator.</translation>
    </message>
    <message>
        <source>Sync stopt na dit bestand…</source>
        <translation>Sync stops after this file…</translation>
    </message>
    <message>
        <source>Bezig met synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Gesynchroniseerd: {0} binnengekomen, {1} verstuurd.</source>
        <translation>Synced: {0} received, {1} sent.</translation>
    </message>
    <message>
        <source>{0} conflicten (Beheer › Synchroniseren).</source>
        <translation>{0} conflicts (Beheer › Sync).</translation>
    </message>
    <message>
        <source>{0} bestanden overgeslagen.</source>
        <translation>{0} files skipped.</translation>
    </message>
    <message>
        <source>Sync gestopt. Wat al binnen was, blijft; de rest komt de volgende keer.</source>
        <translation>Sync stopped. What already came in stays; the rest comes next time.</translation>
    </message>
    <message>
        <source>Veel verwijderen?</source>
        <translation>Delete a lot?</translation>
    </message>
    <message>
        <source>Toch doorgaan? Er wordt eerst een back-up gemaakt.</source>
        <translation>Go on anyway? A backup is made first.</translation>
    </message>
    <message>
        <source>Wachtwoord van de syncmap</source>
        <translation>Sync folder passphrase</translation>
    </message>
    <message>
        <source>Deze computer kent het wachtwoord van de syncmap nog niet. Wachtwoord:</source>
        <translation>This computer does not know the sync folder passphrase yet. Passphrase:</translation>
    </message>
    <message>
        <source>Syncmap niet bereikbaar; er is niets veranderd.</source>
        <translation>Sync folder not reachable; nothing was changed.</translation>
    </message>
    <message>
        <source>Server niet bereikbaar; er is niets veranderd.</source>
        <translation>Server not reachable; nothing was changed.</translation>
    </message>
    <message>
        <source>Automatische sync lukte niet: {0}</source>
        <translation>Automatic sync did not work: {0}</translation>
    </message>
    <message>
        <source>Volgende poging om {0}.</source>
        <translation>Next try at {0}.</translation>
    </message>
</context>
<context>
    <name>SyncTargetPage</name>
    <message>
        <source>wordt gelezen…</source>
        <translation>being read…</translation>
    </message>
    <message>
        <source>Synchroniseert met</source>
        <translation>Syncs with</translation>
    </message>
    <message>
        <source>Laatste keer</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Automatisch</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Naar &amp;Beheer › Synchroniseren</source>
        <translation>&amp;To Manage › Sync</translation>
    </message>
    <message>
        <source>De syncmap of de server kiest u in Beheer › Synchroniseren.</source>
        <translation>You choose the sync folder or the server in Manage › Sync.</translation>
    </message>
    <message>
        <source>Een coördinator kiest de syncmap of de server, in Beheer › Synchroniseren.</source>
        <translation>A coordinator chooses the sync folder or the server, in Manage › Sync.</translation>
    </message>
    <message>
        <source>nog niets: deze balie synchroniseert niet</source>
        <translation>nothing yet: this desk does not sync</translation>
    </message>
    <message>
        <source>de server {0} (login {1})</source>
        <translation>the server {0} (login {1})</translation>
    </message>
    <message>
        <source>de map {0}</source>
        <translation>the folder {0}</translation>
    </message>
    <message numerus="yes">
        <source>ja, bij het starten en elke %n minuut/minuten</source>
        <translation>
            <numerusform>yes, at start-up and every minute</numerusform>
            <numerusform>yes, at start-up and every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SynonymsView</name>
    <message>
        <source>Zoekwoord, zoals: geldzorgen</source>
        <translation>Search word, like: geldzorgen</translation>
    </message>
    <message>
        <source>Zoekt ook naar, zoals: schulden</source>
        <translation>Also searches for, like: schulden</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Woorden die bewoners gebruiken, en waar de zoekfunctie dan ook naar zoekt. Veel woorden zitten er al in (geldzorgen, huisarts, eenzaam).</source>
        <translation>Words residents use, and what the search then also looks for. Many words are already included (geldzorgen, huisarts, eenzaam).</translation>
    </message>
    <message>
        <source>Toegevoegd.</source>
        <translation>Added.</translation>
    </message>
</context>
<context>
    <name>TallyBar</name>
    <message>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tel 1 contact over…</source>
        <translation>Count 1 contact about…</translation>
    </message>
    <message>
        <source>Tel een contact: kies het thema</source>
        <translation>Count a contact: choose the theme</translation>
    </message>
    <message>
        <source>Er zijn nog geen thema's in de sociale kaart.</source>
        <translation>The directory has no themes yet.</translation>
    </message>
    <message>
        <source>Tel een contact: {0}</source>
        <translation>Count a contact: {0}</translation>
    </message>
    <message>
        <source>Wijk van de bewoner</source>
        <translation>Resident's district</translation>
    </message>
    <message>
        <source>Contact via:</source>
        <translation>Contact by:</translation>
    </message>
    <message>
        <source>Wijk: onbekend</source>
        <translation>District: unknown</translation>
    </message>
    <message>
        <source>Laatste ongedaan maken</source>
        <translation>Undo last</translation>
    </message>
    <message>
        <source>Tel 1 contact over:</source>
        <translation>Count 1 contact about:</translation>
    </message>
    <message>
        <source>Geteld.</source>
        <translation>Counted.</translation>
    </message>
    <message>
        <source>Ongedaan gemaakt.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Vandaag: {0} · Deze week: {1}</source>
        <translation>Today: {0} · This week: {1}</translation>
    </message>
</context>
<context>
    <name>TallyReportView</name>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Exporteren naar CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Contacten per maand, thema, wijk en kanaal. Een contact over twee thema's telt bij beide thema's. Verwijsbrieven staan erbij als kanaal ‘Verwijsbrief’.</source>
        <translation>Contacts per month, theme, district and channel. A contact about two themes counts for both. Referral sheets are listed with channel ‘Referral sheet’.</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n regel(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>Telling exporteren</source>
        <translation>Export tally</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>{0} regels opgeslagen in {1}</source>
        <translation>{0} rows saved in {1}</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Ctrl+Enter verstuurt, Esc annuleert.</source>
        <translation>Ctrl+Enter sends, Esc cancels.</translation>
    </message>
</context>
<context>
    <name>TextSizeMenu</name>
    <message>
        <source>&amp;Tekstgrootte</source>
        <extracomment>the point size at 100 %: larger than Qt's default, for older volunteers indicator and scroll bar size at 100 %, in pixels</extracomment>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>&amp;Groter</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>&amp;Kleiner</source>
        <translation>&amp;Smaller</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>De wijzigingen in ‘{0}’ zijn nog niet opgeslagen.</source>
        <translation>The changes to ‘{0}’ have not been saved yet.</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Niet opslaan</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <source>Terug naar het formulier</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>UseRecoveryDialog</name>
    <message>
        <source>Herstelcode gebruiken</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <source>Typ de naam van een coördinator, de code van het herstelblad en een nieuw wachtwoord. Die coördinator kan daarna weer aanmelden en ziet de contactgegevens weer.</source>
        <translation>Type the name of a coordinator, the code from the recovery sheet and a new password. That coordinator can then sign in again and sees the contact details again.</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation>&amp;Recovery code</translation>
    </message>
    <message>
        <source>Nieuw &amp;wachtwoord</source>
        <translation>New &amp;password</translation>
    </message>
    <message>
        <source>Nog een &amp;keer</source>
        <translation>&amp;Once more</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Er is nog geen database in {root}; er valt niets te bewaren.</source>
        <translation>There is no database in {root} yet; there is nothing to back up.</translation>
    </message>
    <message>
        <source>Dit mag alleen een coördinator. Vraag een coördinator om dit te doen.</source>
        <translation>Only a coordinator may do this. Ask a coordinator to do it.</translation>
    </message>
    <message>
        <source>De sociale kaart bevat al {count} diensten. De demo kan alleen in een lege database; kies een nieuwe map met --data-dir.</source>
        <translation>The directory already holds {count} services. The demo can only go into an empty database; choose a new folder with --data-dir.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer in.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>Het telefoonnummer is te lang. Vul één nummer in, zoals 030-1234567.</source>
        <translation>The phone number is too long. Enter one number, such as 030-1234567.</translation>
    </message>
    <message>
        <source>‘{number}’ is geen geldig telefoonnummer. Schrijf het zoals 030-1234567 of 06-12345678.</source>
        <translation>‘{number}’ is not a valid phone number. Write it like 030-1234567 or 06-12345678.</translation>
    </message>
    <message>
        <source>Signalen verwijderen kan niet eerder dan contactgegevens wissen. Maak de termijn voor verwijderen even lang of langer.</source>
        <translation>Signals cannot be deleted before contact details are wiped. Make the deletion term the same or longer.</translation>
    </message>
    <message>
        <source>Een bewaartermijn is een aantal dagen van 1 tot {max}.</source>
        <translation>A retention term is a number of days from 1 to {max}.</translation>
    </message>
    <message>
        <source>De zoekvraag is te lang (meer dan {max} tekens). Gebruik een paar woorden.</source>
        <translation>The search is too long (more than {max} characters). Use a few words.</translation>
    </message>
    <message>
        <source>Het aantal resultaten moet 1 of meer zijn.</source>
        <translation>The number of results must be 1 or more.</translation>
    </message>
    <message>
        <source>Deze dienst bestaat niet (meer): {id}.</source>
        <translation>This service does not exist (any more): {id}.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere map.</source>
        <translation>The folder {folder} does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>Schrijf kort wat er niet klopt, bijvoorbeeld: nieuw telefoonnummer.</source>
        <translation>Write briefly what is wrong, for example: new phone number.</translation>
    </message>
    <message>
        <source>De melding is te lang (meer dan {max} tekens). Schrijf het korter.</source>
        <translation>The report is too long (more than {max} characters). Make it shorter.</translation>
    </message>
    <message>
        <source>Deze dienst bestaat niet (meer). Zoek hem opnieuw op.</source>
        <translation>This service does not exist (any more). Look it up again.</translation>
    </message>
    <message>
        <source>Deze melding bestaat niet (meer).</source>
        <translation>This report does not exist (any more).</translation>
    </message>
    <message>
        <source>‘{url}’ is geen geldig webadres. Schrijf het zoals www.voorbeeld.nl.</source>
        <translation>‘{url}’ is not a valid web address. Write it like www.example.nl.</translation>
    </message>
    <message>
        <source>‘{email}’ is geen geldig e-mailadres. Schrijf het zoals naam@voorbeeld.nl.</source>
        <translation>‘{email}’ is not a valid e-mail address. Write it like name@example.nl.</translation>
    </message>
    <message>
        <source>‘{postcode}’ is geen postcode. Schrijf vier cijfers en twee letters, zoals 1234 AB.</source>
        <translation>‘{postcode}’ is not a postcode. Write four digits and two letters, like 1234 AB.</translation>
    </message>
    <message>
        <source>‘{time}’ is geen tijd. Schrijf de tijd zoals 09:00 of 17:30.</source>
        <translation>‘{time}’ is not a time. Write it like 09:00 or 17:30.</translation>
    </message>
    <message>
        <source>Openen en sluiten kan niet op hetzelfde tijdstip ({time}).</source>
        <translation>Opening and closing cannot be at the same time ({time}).</translation>
    </message>
    <message>
        <source>Vul de naam in.</source>
        <translation>Fill in the name.</translation>
    </message>
    <message>
        <source>Het wachtwoordbestand {file} is niet te lezen of leeg.</source>
        <translation>The passphrase file {file} cannot be read or is empty.</translation>
    </message>
    <message>
        <source>Geef de map op die de nieuwe syncmap wordt: wijkinfo sync MAP --init</source>
        <translation>Give the folder that becomes the new sync folder: wijkinfo sync FOLDER --init</translation>
    </message>
    <message>
        <source>Geef een wachtwoord op met --passphrase-file BESTAND.</source>
        <translation>Give a passphrase with --passphrase-file FILE.</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Open deze week</source>
        <translation>Open this week</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Neem mee</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Toegankelijkheid</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Thema en wijk</source>
        <translation>Theme and area</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Vul de plaats in bij het adres.</source>
        <translation>Fill in the town with the address.</translation>
    </message>
    <message>
        <source>Dat zijn te veel telefoonnummers of openingstijden.</source>
        <translation>Those are too many phone numbers or opening hours.</translation>
    </message>
    <message>
        <source>Kies de organisatie van deze dienst.</source>
        <translation>Choose this service's organisation.</translation>
    </message>
    <message>
        <source>Deze dienst bestaat niet (meer).</source>
        <translation>This service does not exist (any more).</translation>
    </message>
    <message>
        <source>Kies een aantal maanden van 1 tot en met {most}.</source>
        <translation>Choose a number of months from 1 to {most}.</translation>
    </message>
    <message>
        <source>Vul een aantal maanden in als getal, bijvoorbeeld 12.</source>
        <translation>Enter the number of months as a number, for example 12.</translation>
    </message>
    <message>
        <source>Onbekend formaat ‘{fmt}’; kies json of csv.</source>
        <translation>Unknown format ‘{fmt}’; choose json or csv.</translation>
    </message>
    <message>
        <source>{folder} is een bestand, geen map. Kies een map.</source>
        <translation>{folder} is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <source>De map {folder} kan niet worden gemaakt: {reason}</source>
        <translation>The folder {folder} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>{file}, record {record}, veld {field}: {reason}</source>
        <translation>{file}, record {record}, field {field}: {reason}</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: {count} record(s) afgewezen. Eerste reden: {first}. Verbeter het bestand of kies ‘afgewezen records overslaan’.</source>
        <translation>Nothing was imported: {count} record(s) rejected. First reason: {first}. Correct the file or choose ‘Skip rejected records’.</translation>
    </message>
    <message>
        <source>{file}, rij {record}, veld {field}: {reason}</source>
        <translation>{file}, row {record}, field {field}: {reason}</translation>
    </message>
    <message>
        <source>{file} kan niet worden geopend: {reason}</source>
        <translation>{file} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>{file} is leeg. Kies een bestand met diensten.</source>
        <translation>{file} is empty. Choose a file with services.</translation>
    </message>
    <message>
        <source>{file} bestaat niet. Kies een bestaand bestand.</source>
        <translation>{file} does not exist. Choose an existing file.</translation>
    </message>
    <message>
        <source>{file} is geen UTF-8-tekst; sla het op als UTF-8 JSON.</source>
        <translation>{file} is not UTF-8 text; save it as UTF-8 JSON.</translation>
    </message>
    <message>
        <source>{file}, regel {line}, kolom {col}: dit is geen geldige JSON ({msg}). Is het bestand afgebroken? Er is niets ingelezen.</source>
        <translation>{file}, line {line}, column {col}: this is not valid JSON ({msg}). Was the file cut off? Nothing was imported.</translation>
    </message>
    <message>
        <source>{file} bevat geen HSDS-diensten. Verwacht: één dienst, een lijst van diensten of een pagina met ‘contents’.</source>
        <translation>{file} holds no HSDS services. Expected: one service, a list of services or a page with ‘contents’.</translation>
    </message>
    <message>
        <source>In {file} staat geen services.csv; daar staan de diensten in.</source>
        <translation>{file} has no services.csv; that is where the services are.</translation>
    </message>
    <message>
        <source>{file}, rij {row}: dit is geen UTF-8-tekst. Sla het bestand op als CSV UTF-8.</source>
        <translation>{file}, row {row}: this is not UTF-8 text. Save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file}, rij {row}: {got} cellen, maar de kopregel heeft {want} kolommen. Controleer scheidingstekens en aanhalingstekens.</source>
        <translation>{file}, row {row}: {got} cells, but the header has {want} columns. Check separators and quotes.</translation>
    </message>
    <message>
        <source>In de map {folder} staat geen datapackage.json. Kies de map van een HSDS tabular data package, of een JSON-bestand.</source>
        <translation>The folder {folder} has no datapackage.json. Choose the folder of an HSDS tabular data package, or a JSON file.</translation>
    </message>
    <message>
        <source>In {file} staat geen datapackage.json. Kies een HSDS tabular data package.</source>
        <translation>{file} has no datapackage.json. Choose an HSDS tabular data package.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar zip-bestand.</source>
        <translation>{file} is not a readable zip file.</translation>
    </message>
    <message>
        <source>verwijst naar dienst ‘{id}’, maar die staat niet in {file}</source>
        <translation>refers to service ‘{id}’, but it is not in {file}</translation>
    </message>
    <message>
        <source>een object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>een lijst</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <source>waar/onwaar</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>een getal</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>{low} is hoger dan maximum_age {high}</source>
        <translation>{low} is higher than maximum_age {high}</translation>
    </message>
    <message>
        <source>moet tekst zijn, maar is {kind}</source>
        <translation>must be text, but is {kind}</translation>
    </message>
    <message>
        <source>moet een object zijn, maar is {kind}</source>
        <translation>must be an object, but is {kind}</translation>
    </message>
    <message>
        <source>moet een lijst zijn, maar is {kind}</source>
        <translation>must be a list, but is {kind}</translation>
    </message>
    <message>
        <source>‘{value}’ is onbekend; kies uit {choices}</source>
        <translation>‘{value}’ is unknown; choose from {choices}</translation>
    </message>
    <message>
        <source>‘{value}’ is geen datum; schrijf JJJJ-MM-DD</source>
        <translation>‘{value}’ is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <source>‘{value}’ is geen tijd; schrijf UU:MM, zoals 09:30</source>
        <translation>‘{value}’ is not a time; write HH:MM, such as 09:30</translation>
    </message>
    <message>
        <source>‘{value}’ is geen e-mailadres</source>
        <translation>‘{value}’ is not an email address</translation>
    </message>
    <message>
        <source>moet dagen zijn zoals MO,TU,WE</source>
        <translation>must be days such as MO,TU,WE</translation>
    </message>
    <message>
        <source>{value} ligt niet tussen -{limit} en {limit}; controleer de plek</source>
        <translation>{value} is not between -{limit} and {limit}; check the place</translation>
    </message>
    <message>
        <source>‘{value}’ is geen landcode van twee letters (NL)</source>
        <translation>‘{value}’ is not a two-letter country code (NL)</translation>
    </message>
    <message>
        <source>is te lang ({count} tekens, hoogstens {limit})</source>
        <translation>is too long ({count} characters, at most {limit})</translation>
    </message>
    <message>
        <source>ontbreekt; elk record heeft een id (een UUID) nodig</source>
        <translation>is missing; every record needs an id (a UUID)</translation>
    </message>
    <message>
        <source>‘{value}’ is geen geldige UUID</source>
        <translation>‘{value}’ is not a valid UUID</translation>
    </message>
    <message>
        <source>ontbreekt of is leeg</source>
        <translation>is missing or empty</translation>
    </message>
    <message>
        <source>ontbreekt; kies uit {choices}</source>
        <translation>is missing; choose from {choices}</translation>
    </message>
    <message>
        <source>moet een heel getal zijn, maar is {kind}</source>
        <translation>must be a whole number, but is {kind}</translation>
    </message>
    <message>
        <source>moet een getal zijn, maar is {kind}</source>
        <translation>must be a number, but is {kind}</translation>
    </message>
    <message>
        <source>{value} ligt niet tussen {low} en {high}</source>
        <translation>{value} is not between {low} and {high}</translation>
    </message>
    <message>
        <source>‘{value}’ is geen bestaande datum</source>
        <translation>‘{value}’ is not a real date</translation>
    </message>
    <message>
        <source>ontbreekt; noem de locatie of neem haar op</source>
        <translation>is missing; name the location or include it</translation>
    </message>
    <message>
        <source>‘{value}’ lijkt geen geldig telefoonnummer; controleer het na het inlezen</source>
        <translation>‘{value}’ does not look like a valid phone number; check it after the import</translation>
    </message>
    <message>
        <source>‘{value}’ is geen dag; gebruik {choices}</source>
        <translation>‘{value}’ is not a day; use {choices}</translation>
    </message>
    <message>
        <source>zelfde naam en telefoonnummer</source>
        <translation>same name and phone number</translation>
    </message>
    <message>
        <source>zelfde naam en adres</source>
        <translation>same name and address</translation>
    </message>
    <message>
        <source>dienst ‘{id}’ staat twee keer in het bestand</source>
        <translation>service ‘{id}’ is in the file twice</translation>
    </message>
    <message>
        <source>id ‘{id}’ staat ook in record {other}</source>
        <translation>id ‘{id}’ is also in record {other}</translation>
    </message>
    <message>
        <source>de organisatie</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>de locatie</source>
        <translation>the location</translation>
    </message>
    <message>
        <source>de term</source>
        <translation>the term</translation>
    </message>
    <message>
        <source>verwijst naar {what} ‘{id}’, maar die staat niet in het bestand en niet in de sociale kaart</source>
        <translation>refers to {what} ‘{id}’, but it is neither in the file nor in the directory</translation>
    </message>
    <message>
        <source>{name} — {organisation} — {phone}</source>
        <translation>{name} — {organisation} — {phone}</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Controle: in orde</source>
        <translation>Check: all right</translation>
    </message>
    <message>
        <source>Schema: versie {current}, nieuwste is {head}; start wijkinfo om bij te werken</source>
        <translation>Schema: version {current}, newest is {head}; start wijkinfo to update</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {made}</source>
        <translation>Backup made: {made}</translation>
    </message>
    <message>
        <source>Back-up teruggezet: {file}</source>
        <translation>Backup restored: {file}</translation>
    </message>
    <message>
        <source>Verwijsbrief gemaakt: {out} ({pages} pagina's, {count} diensten)</source>
        <translation>Referral sheet made: {out} ({pages} page(s), {count} service(s))</translation>
    </message>
    <message>
        <source>Weggeschreven: {count} diensten als HSDS 3 ({format}) in {folder}</source>
        <translation>Exported: {count} services as HSDS 3 ({format}) in {folder}</translation>
    </message>
    <message>
        <source>De demo staat al klaar ({count} diensten) in {root}.</source>
        <translation>The demo is already there ({count} services) in {root}.</translation>
    </message>
    <message>
        <source>Demo geladen: {count} diensten in {root}.</source>
        <translation>Demo loaded: {count} services in {root}.</translation>
    </message>
    <message>
        <source>Niets gevonden. Probeer een ander woord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
    <message>
        <source>geen telefoonnummer</source>
        <translation>no phone number</translation>
    </message>
    <message>
        <source>{line}  [niet doorverwijzen]</source>
        <translation>{line}  [do not refer]</translation>
    </message>
    <message>
        <source>Er is nog geen database in {root}. Start wijkinfo of laad de demo.</source>
        <translation>There is no database in {root} yet. Start wijkinfo or load the demo.</translation>
    </message>
    <message>
        <source>het bestand {wal} is verdwenen terwijl wijkinfo open was; de laatste wijzigingen van toen zijn kwijt. Start wijkinfo om verder te gaan.</source>
        <translation>the file {wal} disappeared while wijkinfo was open; the last changes made then are lost. Start wijkinfo to carry on.</translation>
    </message>
    <message>
        <source>Schema: bijgewerkt (versie {current})</source>
        <translation>Schema: up to date (version {current})</translation>
    </message>
    <message>
        <source>De vorige database is bewaard als {aside}</source>
        <translation>The previous database is kept as {aside}</translation>
    </message>
    <message>
        <source>  afgewezen: {rejection}</source>
        <translation>  refused: {rejection}</translation>
    </message>
    <message>
        <source>  mogelijk dubbel: record {record} ‘{name}’ lijkt op ‘{existing}’ ({why})</source>
        <translation>  possible duplicate: record {record} ‘{name}’ looks like ‘{existing}’ ({why})</translation>
    </message>
    <message>
        <source>  let op: het bestand noemt niet alles; inlezen kan alleen met --replace-missing</source>
        <translation>  note: the file leaves things out; importing it needs --replace-missing</translation>
    </message>
    <message>
        <source>afgebroken; er is niets veranderd.</source>
        <translation>stopped; nothing was changed.</translation>
    </message>
    <message>
        <source>  {rejection}</source>
        <translation>  {rejection}</translation>
    </message>
    <message>
        <source>Geef bij --horizon-days een aantal dagen van 1 of meer.</source>
        <translation>Give --horizon-days a number of days of 1 or more.</translation>
    </message>
    <message>
        <source>Opgeruimd op {server}: {removed} oude wijzigingen, {snapshots} oudere momentopnamen.</source>
        <translation>Cleared on {server}: {removed} old changes, {snapshots} older snapshots.</translation>
    </message>
    <message>
        <source>Er zijn nog oudere wijzigingen die geen momentopname dekt; een balie schrijft er een bij een volgende sync.</source>
        <translation>Some older changes are not covered by a snapshot yet; a desk writes one at a next sync.</translation>
    </message>
    <message>
        <source>Wachtwoord van de gegevens op de server: </source>
        <translation>Passphrase of the data on the server: </translation>
    </message>
    <message>
        <source>De server {server} was al ingericht (versie {version}).</source>
        <translation>The server {server} was already set up (version {version}).</translation>
    </message>
    <message>
        <source>Alle balies lezen de server bij hun volgende sync opnieuw in.</source>
        <translation>Every desk reads the server again at its next sync.</translation>
    </message>
    <message>
        <source>Let op: de rol {role} bestaat niet; balie-logins hebben nog geen rechten (zie README, PostgreSQL-hub).</source>
        <translation>Note: the role {role} does not exist; desk logins have no rights yet (see README, PostgreSQL hub).</translation>
    </message>
    <message>
        <source>Server ingericht: {server} (versie {version}).</source>
        <translation>Server set up: {server} (version {version}).</translation>
    </message>
    <message>
        <source>Inrichting bijgewerkt: {server} (versie {old} → {new}).</source>
        <translation>Set-up updated: {server} (version {old} → {new}).</translation>
    </message>
    <message>
        <source>Er is geen wachtwoord voor {name}: typ het als wijkinfo erom vraagt, of geef --password-file BESTAND. Er is niets veranderd.</source>
        <translation>There is no password for {name}: type it when wijkinfo asks, or give --password-file FILE. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze opdracht is voor een coördinator: geef --user NAAM (het wachtwoord wordt gevraagd, of --password-file BESTAND). Er is niets veranderd.</source>
        <translation>This command is for a coordinator: give --user NAME (the password is asked, or --password-file FILE). Nothing was changed.</translation>
    </message>
    <message>
        <source>Wachtwoord van {name}: </source>
        <translation>Password of {name}: </translation>
    </message>
    <message>
        <source>Het wachtwoordbestand {file} is niet te lezen of leeg. Er is niets veranderd.</source>
        <translation>The password file {file} cannot be read or is empty. Nothing was changed.</translation>
    </message>
    <message>
        <source>een ander wijkinfo-programma gebruikt deze gegevensmap; even wachten…</source>
        <translation>another wijkinfo program is using this data folder; waiting…</translation>
    </message>
    <message>
        <source>HERSTELCODE: {code}</source>
        <translation>RECOVERY CODE: {code}</translation>
    </message>
    <message>
        <source>Schrijf deze code op papier of maak een herstelblad (wijkinfo recovery-sheet) en bewaar het op een veilige plek, niet bij de laptop. Met de code krijgt een coördinator weer toegang tot de contactgegevens als alle wachtwoorden kwijt zijn. Zonder de code zijn ze dan voor altijd weg. wijkinfo bewaart de code niet.</source>
        <translation>Write this code down on paper or make a recovery sheet (wijkinfo recovery-sheet) and keep it in a safe place, not with the laptop. With the code a coordinator regains access to the contact details when every password is lost. Without the code they are then gone for good. wijkinfo does not keep the code.</translation>
    </message>
    <message>
        <source>Er is geen gebruiker {name}. Er is niets veranderd.</source>
        <translation>There is no user {name}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bevestig met --yes (er is niemand om het te vragen). Er is niets veranderd.</source>
        <translation>Confirm with --yes (there is nobody to ask). Nothing was changed.</translation>
    </message>
    <message>
        <source>{question} [j/N] </source>
        <translation>{question} [y/N] </translation>
    </message>
    <message>
        <source>Herstelblad gemaakt: {out}. Druk het af, bewaar het veilig en wis daarna het bestand.</source>
        <translation>Recovery sheet made: {out}. Print it, keep it safe and then delete the file.</translation>
    </message>
    <message>
        <source>Een eerder herstelblad werkt niet meer.</source>
        <translation>An earlier recovery sheet no longer works.</translation>
    </message>
    <message>
        <source>Herstelcode van het herstelblad: </source>
        <translation>Recovery code from the recovery sheet: </translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {name}: </source>
        <translation>New password for {name}: </translation>
    </message>
    <message>
        <source>{name} kan weer aanmelden met het nieuwe wachtwoord en heeft weer toegang.</source>
        <translation>{name} can sign in again with the new password and has access again.</translation>
    </message>
    <message>
        <source>{count} back-ups van vóór de versleuteling bevatten contactgegevens als leesbare tekst. Die gegevens eruit wissen?</source>
        <translation>{count} backups from before encryption hold contact details as readable text. Wipe those details from them?</translation>
    </message>
    <message>
        <source>Opgeschoond: {scrubbed} back-ups, verwijderd: {removed}.</source>
        <translation>Cleaned: {scrubbed} backups, removed: {removed}.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Wachtwoord van {name} veranderd.</source>
        <translation>Password of {name} changed.</translation>
    </message>
    <message>
        <source>{name} heeft nu toegang tot de contactgegevens.</source>
        <translation>{name} now has access to the contact details.</translation>
    </message>
    <message>
        <source>Dit mag alleen een coördinator. Er is niets veranderd.</source>
        <translation>Only a coordinator may do this. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord voor {name} ingesteld.</source>
        <translation>New password set for {name}.</translation>
    </message>
    <message>
        <source>De contactgegevens wissen? Dit kan niet terug.</source>
        <translation>Wipe the contact details? This cannot be undone.</translation>
    </message>
    <message>
        <source>Geen back-up bevat leesbare contactgegevens.</source>
        <translation>No backup holds readable contact details.</translation>
    </message>
    <message>
        <source>Er is niets veranderd.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Nog een keer: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>{name} staat weer aan.</source>
        <translation>{name} is active again.</translation>
    </message>
    <message>
        <source>{name} staat uit.</source>
        <translation>{name} is deactivated.</translation>
    </message>
    <message>
        <source>Bij dit signaal zijn geen contactgegevens (meer).</source>
        <translation>This signal has no contact details (any more).</translation>
    </message>
    <message>
        <source>Naam: {name}</source>
        <translation>Name: {name}</translation>
    </message>
    <message>
        <source>Telefoon: {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Toestemming: {when:%d-%m-%Y}</source>
        <translation>Consent: {when:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>Geen contactgegevens gevonden.</source>
        <translation>No contact details found.</translation>
    </message>
    <message>
        <source>{signal}	{when:%d-%m-%Y}	{status}	{name}	{phone}	{email}</source>
        <translation>{signal}	{when:%Y-%m-%d}	{status}	{name}	{phone}	{email}</translation>
    </message>
    <message>
        <source>Er is niets gewist.</source>
        <translation>Nothing was wiped.</translation>
    </message>
    <message>
        <source>Contactgegevens gewist.</source>
        <translation>Contact details wiped.</translation>
    </message>
    <message>
        <source>Bij dit signaal waren geen contactgegevens (meer).</source>
        <translation>This signal had no contact details (any more).</translation>
    </message>
    <message>
        <source>Gebruiker gemaakt: {name} ({role})</source>
        <translation>User added: {name} ({role})</translation>
    </message>
    <message>
        <source>{count} signalen geschreven naar {file}</source>
        <translation>{count} signals written to {file}</translation>
    </message>
    <message>
        <source>Dossier van {name} ({kind}) geschreven naar {file}</source>
        <translation>File of {name} ({kind}) written to {file}</translation>
    </message>
    <message>
        <source>Wachtwoord of pincode: </source>
        <translation>Password or PIN: </translation>
    </message>
    <message>
        <source>Zou contactgegevens wissen bij {count} signalen</source>
        <translation>Would wipe contact details of {count} signals</translation>
    </message>
    <message>
        <source>Zou signalen verwijderen: {count}</source>
        <translation>Would delete signals: {count}</translation>
    </message>
    <message>
        <source>contactgegevens wissen bij {count} signalen</source>
        <translation>contact details wiped of {count} signals</translation>
    </message>
    <message>
        <source>signalen verwijderen: {count}</source>
        <translation>signals deleted: {count}</translation>
    </message>
    <message>
        <source>  {line}</source>
        <translation>  {line}</translation>
    </message>
    <message>
        <source>Proefdraai: er is niets veranderd.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Rapport geschreven naar {file}</source>
        <translation>Report written to {file}</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>uit</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>{name}	{role}	{state}</source>
        <translation>{name}	{role}	{state}</translation>
    </message>
    <message>
        <source>Replica: {replica}</source>
        <translation>Replica: {replica}</translation>
    </message>
    <message>
        <source>Positie in het wijzigingenlog: {position}</source>
        <translation>Position in the change log: {position}</translation>
    </message>
    <message>
        <source>Nog te versturen: {count}</source>
        <translation>Still to send: {count}</translation>
    </message>
    <message>
        <source>Wachtwoord van de syncmap: </source>
        <translation>Passphrase of the sync folder: </translation>
    </message>
    <message>
        <source>  overgeslagen: {file}</source>
        <translation>  skipped: {file}</translation>
    </message>
    <message>
        <source>Syncmap: {folder}</source>
        <translation>Sync folder: {folder}</translation>
    </message>
    <message>
        <source>Syncmap: nog niet gekozen</source>
        <translation>Sync folder: not chosen yet</translation>
    </message>
    <message>
        <source>Wachtend ({state}): {count}</source>
        <translation>Waiting ({state}): {count}</translation>
    </message>
    <message>
        <source>Laatste sync: {when} {summary}</source>
        <translation>Last sync: {when} {summary}</translation>
    </message>
    <message>
        <source>  van {source} via {transport}: tot {position} ({updated_at})</source>
        <translation>  from {source} via {transport}: up to {position} ({updated_at})</translation>
    </message>
    <message>
        <source>  {table}: {rows} rijen, {digest}</source>
        <translation>  {table}: {rows} rows, {digest}</translation>
    </message>
    <message>
        <source>Nieuwe syncmap ingericht: {folder}</source>
        <translation>New sync folder set up: {folder}</translation>
    </message>
    <message>
        <source>Laatste sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Laatste sync: nog nooit</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Start wijkinfo. Kies bij &lt;b&gt;Aanmelden&lt;/b&gt; de knop &lt;b&gt;Herstelcode gebruiken…&lt;/b&gt;. Of typ op de opdrachtregel: &lt;font face='Courier'&gt;wijkinfo recover NAAM&lt;/font&gt;.</source>
        <translation>Start wijkinfo. At &lt;b&gt;Sign in&lt;/b&gt; choose the button &lt;b&gt;Use recovery code…&lt;/b&gt;. Or type on the command line: &lt;font face='Courier'&gt;wijkinfo recover NAME&lt;/font&gt;.</translation>
    </message>
    <message>
        <source>Typ de naam van een coördinator, de code hierboven en een nieuw wachtwoord.</source>
        <translation>Type the name of a coordinator, the code above and a new password.</translation>
    </message>
    <message>
        <source>Die coördinator kan weer aanmelden en ziet de contactgegevens weer. Geef daarna andere coördinatoren weer toegang in &lt;b&gt;Beheer › Gebruikers en privacy&lt;/b&gt;.</source>
        <translation>That coordinator can sign in again and sees the contact details again. Then give other coordinators access again in &lt;b&gt;Manage › Users and privacy&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Maak meteen een nieuw herstelblad en vernietig dit blad: wie het leest, kan de contactgegevens van bewoners openen.</source>
        <translation>Make a new recovery sheet straight away and destroy this one: whoever reads it can open residents' contact details.</translation>
    </message>
    <message>
        <source>Gemaakt op {day}. Bewaar dit blad op een veilige plek, bijvoorbeeld in een kluis. Niet bij de laptop.</source>
        <translation>Made on {day}. Keep this sheet in a safe place, for example a safe. Not with the laptop.</translation>
    </message>
    <message>
        <source>Herstelblad wijkinfo</source>
        <translation>wijkinfo recovery sheet</translation>
    </message>
    <message>
        <source>Herstelblad wijkinfo: {point}</source>
        <translation>wijkinfo recovery sheet: {point}</translation>
    </message>
    <message>
        <source>Herstelcode:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarvoor is dit blad?&lt;/b&gt;</source>
        <translation>&lt;b&gt;What is this sheet for?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>wijkinfo versleutelt de telefoonnummers, e-mailadressen en namen van bewoners. Alleen coördinatoren kunnen ze lezen, met hun eigen wachtwoord. Zijn alle coördinatoren hun wachtwoord kwijt? Dan geeft deze code weer toegang.</source>
        <translation>wijkinfo encrypts residents' phone numbers, e-mail addresses and names. Only coordinators can read them, with their own password. Have all coordinators lost their password? Then this code gives access again.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zonder dit blad en zonder wachtwoord zijn de contactgegevens voor altijd weg.&lt;/b&gt; Niemand kan ze dan nog openen, ook de maker van wijkinfo niet.</source>
        <translation>&lt;b&gt;Without this sheet and without a password the contact details are gone for good.&lt;/b&gt; Nobody can open them then, not even the makers of wijkinfo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zo gebruikt u de code&lt;/b&gt;</source>
        <translation>&lt;b&gt;How to use the code&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Is er later een nieuw herstelblad gemaakt? Dan werkt deze code niet meer.</source>
        <translation>Was a new recovery sheet made later? Then this code no longer works.</translation>
    </message>
    <message>
        <source> (vervolg)</source>
        <translation> (continued)</translation>
    </message>
    <message>
        <source>Voor: {name}</source>
        <translation>For: {name}</translation>
    </message>
    <message>
        <source>Uw vraag: {question}</source>
        <translation>Your question: {question}</translation>
    </message>
    <message>
        <source>pagina {number} van {total}</source>
        <translation>page {number} of {total}</translation>
    </message>
    <message>
        <source>Scan voor de website</source>
        <translation>Scan for the website</translation>
    </message>
    <message>
        <source>tel. {phone}</source>
        <translation>tel. {phone}</translation>
    </message>
    <message>
        <source>Waar kunt u terecht?</source>
        <translation>Where can you go?</translation>
    </message>
    <message>
        <source>Datum: {day}</source>
        <translation>Date: {day}</translation>
    </message>
    <message>
        <source>Hier kunt u terecht</source>
        <translation>Where you can go</translation>
    </message>
    <message>
        <source>Open: {hours}</source>
        <translation>Open: {hours}</translation>
    </message>
    <message>
        <source>&lt; {k} betekent: minder dan {k}. Kleine aantallen tonen we niet precies, zodat niemand herkenbaar is; kleine buurten tellen mee in hun wijk.</source>
        <translation>&lt; {k} means: fewer than {k}. We do not show small counts exactly, so that nobody can be recognised; small neighbourhoods count in their district.</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>het begin</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>Per thema</source>
        <translation>Per theme</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Per wijk</source>
        <translation>Per district</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Per buurt</source>
        <translation>Per neighbourhood</translation>
    </message>
    <message>
        <source>Wijk, buurt</source>
        <translation>District, neighbourhood</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat kwam ervan (afgehandelde signalen)</source>
        <translation>What came of them (closed signals)</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Signalen-rapportage</source>
        <translation>Signals report</translation>
    </message>
    <message>
        <source>Signalen {point}</source>
        <translation>Signals {point}</translation>
    </message>
    <message>
        <source>Periode: {start} tot en met {end}. Gemaakt op {today}.</source>
        <translation>Period: {start} up to and including {end}. Made on {today}.</translation>
    </message>
    <message>
        <source>In deze periode zijn {total} signalen gemeld: bewoners die niet (goed) geholpen werden. Er staan geen namen of persoonsgegevens in dit rapport. Open signalen die te laat zijn: {late}.</source>
        <translation>In this period {total} signals were reported: residents who were not helped (well). This report holds no names or personal details. Open signals that are overdue: {late}.</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Contacten aan de balie (anoniem geteld)</source>
        <translation>Contacts at the desk (counted anonymously)</translation>
    </message>
    <message>
        <source>In deze periode telden we {count} contacten met bewoners.</source>
        <translation>In this period we counted {count} contacts with residents.</translation>
    </message>
    <message>
        <source>Er zijn in deze periode geen signalen gemeld.</source>
        <translation>No signals were reported in this period.</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>de {kind} {name} ({organisation})</source>
        <translation>the {kind} {name} ({organisation})</translation>
    </message>
    <message>
        <source>de {kind} {name}</source>
        <translation>the {kind} {name}</translation>
    </message>
    <message>
        <source>Van doorzetten naar afhandelen duurde het meestal {median} (de middelste waarde van {count} signalen). Het langst duurde het {longest}.</source>
        <translation>From forwarding to closing usually took {median} (the middle value of {count} signals). The longest took {longest}.</translation>
    </message>
    <message>
        <source>Te weinig signalen zijn doorgezet en afgehandeld (minder dan {k}) om hier een doorlooptijd te noemen.</source>
        <translation>Too few signals were forwarded and closed (fewer than {k}) to give a time taken here.</translation>
    </message>
    <message>
        <source>Signaal {n} · {month} · {theme}</source>
        <translation>Signal {n} · {month} · {theme}</translation>
    </message>
    <message>
        <source>Gespreksnotitie {name}</source>
        <translation>Meeting note {name}</translation>
    </message>
    <message>
        <source>Gespreksnotitie: signalen over {name}</source>
        <translation>Meeting note: signals about {name}</translation>
    </message>
    <message>
        <source>{point}. Periode: {start} tot en met {end}. Gemaakt op {today}.</source>
        <translation>{point}. Period: {start} up to and including {end}. Made on {today}.</translation>
    </message>
    <message>
        <source>Een signaal is een bewoner die niet (goed) geholpen werd. In deze periode noteerden wij {total} signalen waarbij {about} betrokken was. Daarvan zijn er {open} nog open en {closed} afgesloten.</source>
        <translation>A signal is a resident who was not helped (well). In this period we noted {total} signals that involved {about}. Of these, {open} are still open and {closed} closed.</translation>
    </message>
    <message>
        <source>Hoe lang duurde het?</source>
        <translation>How long did it take?</translation>
    </message>
    <message>
        <source>Om te bespreken</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <source>Waar gaan de signalen over?</source>
        <translation>What are the signals about?</translation>
    </message>
    <message>
        <source>Wat kwam ervan?</source>
        <translation>What came of them?</translation>
    </message>
    <message>
        <source>Van de afgehandelde signalen:</source>
        <translation>Of the closed signals:</translation>
    </message>
    <message>
        <source>Wat bewoners meemaakten</source>
        <translation>What residents went through</translation>
    </message>
    <message>
        <source>In hun eigen woorden, zoals de vrijwilliger het opschreef (zonder contactgegevens):</source>
        <translation>In their own words, as the volunteer wrote it down (without contact details):</translation>
    </message>
    <message>
        <source>In deze periode zijn geen signalen over hen genoteerd.</source>
        <translation>No signals about them were noted in this period.</translation>
    </message>
    <message>
        <source>Wat herkent u in deze signalen?</source>
        <translation>What do you recognise in these signals?</translation>
    </message>
    <message>
        <source>Wat kan er anders, en wie doet wat?</source>
        <translation>What could be done differently, and who does what?</translation>
    </message>
    <message>
        <source>Wanneer kijken we samen of het beter gaat?</source>
        <translation>When do we look together at whether things are better?</translation>
    </message>
    <message>
        <source>Er staan geen namen, adressen of telefoonnummers in deze notitie, en geen interne aantekeningen.</source>
        <translation>This note holds no names, addresses or phone numbers, and no internal notes.</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>We hebben uw signaal ontvangen. We gaan er zo snel mogelijk mee aan de slag.</source>
        <translation>We have received your report. We will start on it as soon as we can.</translation>
    </message>
    <message>
        <source>We zijn met uw signaal bezig.</source>
        <translation>We are working on your report.</translation>
    </message>
    <message>
        <source>We hebben uw signaal doorgegeven aan {forwarded_to}. Zij kijken wat er beter moet.</source>
        <translation>We have passed your report on to {forwarded_to}. They will look at what needs to improve.</translation>
    </message>
    <message>
        <source>We hebben uw signaal afgerond. Dank u wel dat u het aan ons vertelde.</source>
        <translation>We have finished with your report. Thank you for telling us.</translation>
    </message>
    <message>
        <source>We doen niets meer met dit signaal.</source>
        <translation>We are taking no further action on this report.</translation>
    </message>
    <message>
        <source>We hebben uw signaal opnieuw opgepakt.</source>
        <translation>We have taken up your report again.</translation>
    </message>
    <message>
        <source>een andere organisatie</source>
        <translation>another organisation</translation>
    </message>
    <message>
        <source>bewoner</source>
        <translation>resident</translation>
    </message>
    <message>
        <source>Statusbrief signaal</source>
        <translation>Status letter about your report</translation>
    </message>
    <message>
        <source>Over: uw signaal van {when}</source>
        <translation>About: your report of {when}</translation>
    </message>
    <message>
        <source>Beste {name},</source>
        <translation>Dear {name},</translation>
    </message>
    <message>
        <source>We gebruiken signalen om de gemeente en organisaties te laten zien waar bewoners niet goed geholpen worden. Uw naam geven we daarbij niet door.</source>
        <translation>We use reports like yours to show the council and organisations where residents are not helped well. We do not pass on your name.</translation>
    </message>
    <message>
        <source>Heeft u vragen? Kom langs of bel ons.</source>
        <translation>Any questions? Come by or call us.</translation>
    </message>
    <message>
        <source>Met vriendelijke groet,</source>
        <translation>Kind regards,</translation>
    </message>
    <message>
        <source>Uw contactgegevens bewaren we alleen om u op de hoogte te houden. We wissen ze uiterlijk {days} dagen nadat het signaal is afgerond.</source>
        <translation>We keep your contact details only to keep you informed. We delete them at the latest {days} days after your report is closed.</translation>
    </message>
    <message>
        <source>Wij zijn open: {hours}</source>
        <translation>We are open: {hours}</translation>
    </message>
    <message>
        <source>Op {when} vertelde u ons over een probleem met {theme}. U wilde horen wat we ermee doen. Daarom krijgt u deze brief.</source>
        <translation>On {when} you told us about a problem with {theme}. You wanted to hear what we do with it. That is why you are getting this letter.</translation>
    </message>
    <message>
        <source>Hoe staat het nu?</source>
        <translation>Where does it stand now?</translation>
    </message>
    <message>
        <source>Kies de back-upmap met de knop Kies…, of typ het hele pad (zoals {example}).</source>
        <translation>Choose the backup folder with the Choose… button, or type the whole path (such as {example}).</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een bestaande map.</source>
        <translation>The folder {folder} does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>wijkinfo mag niet schrijven in {folder}. Kies een map waar u mag schrijven.</source>
        <translation>wijkinfo may not write in {folder}. Choose a folder you may write in.</translation>
    </message>
    <message>
        <source>Kies Nederlands of English.</source>
        <translation>Choose Nederlands or English.</translation>
    </message>
    <message>
        <source>De instellingen van deze computer kunnen niet worden bewaard in {folder}. Vraag de beheerder om schrijfrechten.</source>
        <translation>This computer's settings cannot be kept in {folder}. Ask the administrator for write permission.</translation>
    </message>
    <message>
        <source>De tekstgrootte is {least} tot {most} procent, bijvoorbeeld 150.</source>
        <translation>The text size is {least} to {most} percent, for example 150.</translation>
    </message>
    <message>
        <source>Bewaar {least} tot {most} dagelijkse back-ups, bijvoorbeeld 14.</source>
        <translation>Keep {least} to {most} daily backups, for example 14.</translation>
    </message>
    <message>
        <source>Het logo {file} kan niet worden gebruikt. Kies een PNG- of JPG-bestand van hoogstens 5 MB.</source>
        <translation>The logo {file} cannot be used. Choose a PNG or JPG file of at most 5 MB.</translation>
    </message>
    <message>
        <source>Hier kunt u terecht:</source>
        <translation>Where you can go:</translation>
    </message>
    <message>
        <source>Vragen? {contact}</source>
        <translation>Questions? {contact}</translation>
    </message>
    <message>
        <source>gesloten ({note})</source>
        <translation>closed ({note})</translation>
    </message>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{first} en {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>{first} t/m {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>wijk</source>
        <translation>district</translation>
    </message>
    <message>
        <source>kanaal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>count</translation>
    </message>
    <message>
        <source>{head}: {new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd, {rejected} afgewezen, {duplicates} mogelijke dubbele</source>
        <translation>{head}: {new} new, {changed} changed, {unchanged} unchanged, {rejected} refused, {duplicates} possible duplicates</translation>
    </message>
    <message>
        <source>{text}, {count} waarschuwingen</source>
        <translation>{text}, {count} warnings</translation>
    </message>
    <message>
        <source>{text} ({file})</source>
        <translation>{text} ({file})</translation>
    </message>
    <message>
        <source>Proef (niets opgeslagen)</source>
        <translation>Trial (nothing saved)</translation>
    </message>
    <message>
        <source>{text} ({count} overgeslagen)</source>
        <translation>{text} ({count} skipped)</translation>
    </message>
    <message>
        <source>{text}; {removal}</source>
        <translation>{text}; {removal}</translation>
    </message>
    <message>
        <source>Ingelezen</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Niet ingelezen</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>organisatie ‘{id}’ staat nergens; de locatie wordt ingelezen bij de organisatie van de dienst</source>
        <translation>organisation ‘{id}’ is nowhere; the location is imported under the organisation of the service</translation>
    </message>
    <message>
        <source>taxonomie ‘{id}’ staat nergens; de term wordt zonder taxonomie ingelezen</source>
        <translation>taxonomy ‘{id}’ is nowhere to be found; the term is imported without a taxonomy</translation>
    </message>
    <message>
        <source>id ‘{id}’ hoort al bij een andere dienst (‘{other}’)</source>
        <translation>id ‘{id}’ already belongs to another service (‘{other}’)</translation>
    </message>
    <message>
        <source>kenmerken van ‘{entity}’ die niet bij een dienst of openingstijd in het pakket horen, leest wijkinfo niet; overgeslagen: {count}</source>
        <translation>wijkinfo does not read attributes of ‘{entity}’ that belong to no service or opening hours in the package; skipped: {count}</translation>
    </message>
    <message>
        <source>wijkinfo leest de tabel {file} niet; overgeslagen: {count} rij(en)</source>
        <translation>wijkinfo does not read the table {file}; skipped: {count} row(s)</translation>
    </message>
    <message>
        <source>{count} rij(en) horen bij geen enkele dienst; wijkinfo leest ze niet</source>
        <translation>{count} row(s) belong to no service; wijkinfo does not read them</translation>
    </message>
    <message>
        <source>wijkinfo leest deze kolom niet; overgeslagen in {count} rij(en)</source>
        <translation>wijkinfo does not read this column; skipped in {count} row(s)</translation>
    </message>
    <message>
        <source>is leeg in {count} rij(en); wijkinfo leest alleen wat bij een dienst hoort, die rijen zijn overgeslagen</source>
        <translation>is empty in {count} row(s); wijkinfo only reads what belongs to a service, those rows were skipped</translation>
    </message>
    <message>
        <source>de bovenliggende term ‘{parent}’ van ‘{id}’ staat nergens; de term staat nu los</source>
        <translation>the parent term ‘{parent}’ of ‘{id}’ is nowhere to be found; the term now stands on its own</translation>
    </message>
    <message>
        <source>Meld u eerst aan.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet. Er is niets veranderd.</source>
        <translation>The current password is not right. Nothing was changed.</translation>
    </message>
    <message>
        <source>{name} is de laatste actieve coördinator en kan niet uit. Maak eerst een andere coördinator.</source>
        <translation>{name} is the last active coordinator and cannot be switched off. Make another coordinator first.</translation>
    </message>
    <message>
        <source>Een coördinator heeft een wachtwoord van minstens {min} tekens nodig (geen pincode): het beschermt ook de contactgegevens van bewoners.</source>
        <translation>A coordinator needs a password of at least {min} characters (not a PIN): it also protects residents' contact details.</translation>
    </message>
    <message>
        <source>Alleen een actieve coördinator kan toegang tot contactgegevens krijgen.</source>
        <translation>Only an active coordinator can be given access to contact details.</translation>
    </message>
    <message>
        <source>{name} heeft nog geen sleutel. Laat {name} eerst één keer aanmelden; geef daarna toegang.</source>
        <translation>{name} has no key yet. Let {name} sign in once first; then give access.</translation>
    </message>
    <message>
        <source>{name} is geen coördinator in wijkinfo. Typ de naam van een coördinator.</source>
        <translation>{name} is not a coordinator in wijkinfo. Type the name of a coordinator.</translation>
    </message>
    <message>
        <source>Contactgegevens zijn versleuteld. Alleen een aangemelde coördinator die toegang heeft gekregen kan ze lezen. Meld u aan, of vraag een coördinator om u toegang te geven.</source>
        <translation>Contact details are encrypted. Only a signed-in coordinator who was given access can read them. Sign in, or ask a coordinator to give you access.</translation>
    </message>
    <message>
        <source>Contactgegevens kunnen op deze computer nog niet veilig worden bewaard: er is nog geen coördinator met een sleutel. Laat een coördinator één keer aanmelden, of sla het signaal op zonder contactgegevens.</source>
        <translation>Contact details cannot yet be kept safely on this computer: there is no coordinator with a key yet. Have a coordinator sign in once, or save the signal without contact details.</translation>
    </message>
    <message>
        <source>Deze herstelcode past niet. Kijk de code na; een ouder herstelblad werkt niet meer als er later een nieuw is gemaakt.</source>
        <translation>This recovery code does not fit. Check the code; an older recovery sheet no longer works once a newer one was made.</translation>
    </message>
    <message>
        <source>Bewaar het herstelblad niet in de gegevensmap {root}: dan staat de code naast de gegevens. Kies een andere plek.</source>
        <translation>Do not keep the recovery sheet in the data folder {root}: the code would sit beside the data. Choose another place.</translation>
    </message>
    <message>
        <source>Typ een telefoonnummer, e-mailadres of naam (minstens 3 tekens).</source>
        <translation>Type a phone number, e-mail address or name (at least 3 characters).</translation>
    </message>
    <message>
        <source>Deze contactgegevens zijn beschadigd of veranderd en zijn niet te lezen. De rest van het signaal is in orde.</source>
        <translation>These contact details were damaged or changed and cannot be read. The rest of the signal is fine.</translation>
    </message>
    <message>
        <source>Een herstelcode heeft {n} letters en cijfers, in groepjes van vijf. Kijk de code op het herstelblad na.</source>
        <translation>A recovery code has {n} letters and digits, in groups of five. Check the code on the recovery sheet.</translation>
    </message>
    <message>
        <source>Het wachtwoord of de herstelcode opent deze sleutel niet. Probeer het opnieuw.</source>
        <translation>The password or recovery code does not open this key. Please try again.</translation>
    </message>
    <message>
        <source>Kies een wijk uit de lijst en vul een plaatsnaam in.</source>
        <translation>Choose a district from the list and enter a town.</translation>
    </message>
    <message>
        <source>De plaatsnaam is te lang (meer dan {max} tekens).</source>
        <translation>The town name is too long (more than {max} characters).</translation>
    </message>
    <message>
        <source>De wijk van het informatiepunt is nog niet ingesteld. Kies eerst ‘Mijn wijk’.</source>
        <translation>The information point's district has not been set yet. Choose ‘My district’ first.</translation>
    </message>
    <message>
        <source>Er is geen organisatie of dienst met de naam {name}. Kijk de naam na in de sociale kaart.</source>
        <translation>There is no organisation or service named {name}. Check the name in the directory.</translation>
    </message>
    <message>
        <source>Noem de organisatie of dienst waarvan u het dossier wilt.</source>
        <translation>Name the organisation or service you want the dossier of.</translation>
    </message>
    <message>
        <source>Er zijn {n} met de naam {name}. Geef het id in plaats van de naam.</source>
        <translation>There are {n} named {name}. Give the id instead of the name.</translation>
    </message>
    <message>
        <source>Deze dienst staat niet (meer) in de sociale kaart.</source>
        <translation>This service is not (or no longer) in the directory.</translation>
    </message>
    <message>
        <source>Deze organisatie staat niet (meer) in de sociale kaart.</source>
        <translation>This organisation is not (or no longer) in the directory.</translation>
    </message>
    <message>
        <source>Kies een bestand dat eindigt op .pdf of .csv.</source>
        <translation>Choose a file name ending in .pdf or .csv.</translation>
    </message>
    <message>
        <source>uitkomst</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>stand</source>
        <translation>state</translation>
    </message>
    <message>
        <source>doorlooptijd</source>
        <translation>time taken</translation>
    </message>
    <message>
        <source>onderdeel</source>
        <translation>part</translation>
    </message>
    <message>
        <source>omschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>aantal of tekst</source>
        <translation>count or text</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>file</translation>
    </message>
    <message>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <source>totaal</source>
        <translation>total</translation>
    </message>
    <message>
        <source>signalen</source>
        <translation>signals</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>mediaan (dagen)</source>
        <translation>median (days)</translation>
    </message>
    <message>
        <source>langst (dagen)</source>
        <translation>longest (days)</translation>
    </message>
    <message>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>doorgezet_naar</source>
        <translation>forwarded_to</translation>
    </message>
    <message>
        <source>Kies wat het signaal opleverde: opgelost, deels, niet opgelost of onbekend.</source>
        <translation>Choose what came of the signal: solved, partly, not solved or unknown.</translation>
    </message>
    <message>
        <source>De afspraak is te lang (hoogstens {max} tekens).</source>
        <translation>The agreement is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Vul de datum voor navragen in als dd-mm-jjjj.</source>
        <translation>Fill in the follow-up date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>De datum voor navragen ({day}) ligt in het verleden. Kies vandaag of later.</source>
        <translation>The follow-up date ({day}) is in the past. Choose today or later.</translation>
    </message>
    <message>
        <source>Navragen kan hoogstens een jaar vooruit. Kies een eerdere datum.</source>
        <translation>A follow-up can be at most a year ahead. Choose an earlier date.</translation>
    </message>
    <message>
        <source>{text} is geen bestaande datum. Schrijf de datum als dd-mm-jjjj.</source>
        <translation>{text} is not a real date. Write the date as dd-mm-yyyy.</translation>
    </message>
    <message>
        <source>Dit signaal is al afgesloten; navragen is niet meer nodig.</source>
        <translation>This signal is already closed; no follow-up is needed.</translation>
    </message>
    <message>
        <source>Een gekozen dienst staat niet (meer) in de sociale kaart.</source>
        <translation>A chosen service is not (or no longer) in the directory.</translation>
    </message>
    <message>
        <source>contacten per kanaal</source>
        <translation>contacts per channel</translation>
    </message>
    <message>
        <source>contacten per onderwerp</source>
        <translation>contacts per subject</translation>
    </message>
    <message>
        <source>open en te laat</source>
        <translation>open and overdue</translation>
    </message>
    <message>
        <source>signaal van {when:%d-%m-%Y} ({theme})</source>
        <translation>signal of {when:%Y-%m-%d} ({theme})</translation>
    </message>
    <message>
        <source>{label}: contactgegevens wissen</source>
        <translation>{label}: wipe contact details</translation>
    </message>
    <message>
        <source>{label}: verwijderen, alleen een telregel blijft</source>
        <translation>{label}: delete, only a count remains</translation>
    </message>
    <message>
        <source>onbekend (verwijderd)</source>
        <translation>unknown (deleted)</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>overige wijken</source>
        <translation>other districts</translation>
    </message>
    <message>
        <source>De drempel voor kleine aantallen is een getal van {low} tot {high}.</source>
        <translation>The threshold for small counts is a number from {low} to {high}.</translation>
    </message>
    <message>
        <source>{wijk}, overige buurten</source>
        <translation>{wijk}, other neighbourhoods</translation>
    </message>
    <message>
        <source>{threshold} of meer</source>
        <translation>{threshold} or more</translation>
    </message>
    <message>
        <source>{wijk}, {buurt}</source>
        <translation>{wijk}, {buurt}</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in behandeling</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>doorgezet</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <source>afgehandeld</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <source>normaal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <source>opgelost</source>
        <translation>solved</translation>
    </message>
    <message>
        <source>deels opgelost</source>
        <translation>partly solved</translation>
    </message>
    <message>
        <source>niet opgelost</source>
        <translation>not solved</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Verwijsbrief</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>dienst</source>
        <translation>service</translation>
    </message>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>Dit conflict is al opgelost. Vernieuw de lijst.</source>
        <translation>This conflict has already been resolved. Refresh the list.</translation>
    </message>
    <message>
        <source>Bij dit conflict is er geen andere waarde om te kiezen.</source>
        <translation>This conflict has no other value to choose.</translation>
    </message>
    <message>
        <source>De rij van dit conflict bestaat niet meer; de andere waarde kan niet terug.</source>
        <translation>The row of this conflict no longer exists; the other value cannot come back.</translation>
    </message>
    <message>
        <source>Deze sync zou {deletes} van de {rows} gegevens van de sociale kaart verwijderen. Er is niets veranderd. Een coördinator moet dit eerst goedkeuren.</source>
        <translation>This sync would delete {deletes} of the {rows} records of the directory. Nothing was changed. A coordinator must approve this first.</translation>
    </message>
    <message>
        <source>Gesynchroniseerd met {folder}: {received} binnengekomen, {sent} verstuurd</source>
        <translation>Synced with {folder}: {received} received, {sent} sent</translation>
    </message>
    <message>
        <source>{text}.</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <source>De syncmap {folder} is er niet. Is de USB-stick ingestoken, of staat de cloudmap op een andere plek? Er is niets veranderd.</source>
        <translation>The sync folder {folder} is not there. Is the USB stick plugged in, or is the cloud folder somewhere else? Nothing was changed.</translation>
    </message>
    <message>
        <source>{folder} is geen map. Kies de syncmap opnieuw.</source>
        <translation>{folder} is not a folder. Choose the sync folder again.</translation>
    </message>
    <message>
        <source>{folder} is geen syncmap van wijkinfo (er staat geen sleutel in). Kies de goede map. Er is niets veranderd.</source>
        <translation>{folder} is not a wijkinfo sync folder (it has no key). Choose the right folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Maak hem eerst aan.</source>
        <translation>The folder {folder} does not exist. Create it first.</translation>
    </message>
    <message>
        <source>In {folder} staat geen sleutel van wijkinfo.</source>
        <translation>There is no wijkinfo key in {folder}.</translation>
    </message>
    <message>
        <source>Deze computer kent het wachtwoord van de syncmap nog niet. Voer het in bij Synchroniseren (of: wijkinfo sync --passphrase-file BESTAND).</source>
        <translation>This computer does not know the sync folder passphrase yet. Enter it at Sync (or: wijkinfo sync --passphrase-file FILE).</translation>
    </message>
    <message>
        <source>In {folder} staat nu een andere syncmap dan de vorige keer. Controleer de map; een coördinator kan hem opnieuw kiezen in Beheer › Synchroniseren. Er is niets veranderd.</source>
        <translation>{folder} now holds a different sync folder than last time. Check the folder; a coordinator can choose it again in Beheer › Sync. Nothing was changed.</translation>
    </message>
    <message>
        <source>{text}, {count} wachten op eerdere wijzigingen</source>
        <translation>{text}, {count} waiting for earlier changes</translation>
    </message>
    <message>
        <source>{text}, {count} conflicten (zie Beheer › Synchroniseren)</source>
        <translation>{text}, {count} conflicts (see Manage › Sync)</translation>
    </message>
    <message>
        <source>{text}, {count} geweigerd (geen coördinator)</source>
        <translation>{text}, {count} refused (not a coordinator)</translation>
    </message>
    <message>
        <source>{text}, {count} bestanden overgeslagen (volgende keer opnieuw)</source>
        <translation>{text}, {count} files skipped (tried again next time)</translation>
    </message>
    <message>
        <source>{text} (begonnen vanaf een momentopname)</source>
        <translation>{text} (started from a snapshot)</translation>
    </message>
    <message>
        <source>De syncmap {folder} is leeg. Is de cloudmap al helemaal gedownload? Een coördinator richt een nieuwe syncmap in via Beheer › Synchroniseren. Er is niets veranderd.</source>
        <translation>The sync folder {folder} is empty. Has the cloud folder been downloaded completely? A coordinator sets up a new sync folder in Beheer › Sync. Nothing was changed.</translation>
    </message>
    <message>
        <source>Er is nog geen syncmap gekozen. Een coördinator kiest hem in Beheer › Synchroniseren, of geef de map op: wijkinfo sync MAP.</source>
        <translation>No sync folder has been chosen yet. A coordinator chooses it in Beheer › Sync, or give the folder: wijkinfo sync FOLDER.</translation>
    </message>
    <message>
        <source>{text}, {count} bestanden overgeslagen</source>
        <translation>{text}, {count} files skipped</translation>
    </message>
    <message>
        <source>Het serveradres begint met postgresql:// , zoals postgresql://hub.example.nl/wijkinfo_hub. Er is niets veranderd.</source>
        <translation>The server address starts with postgresql:// , like postgresql://hub.example.nl/wijkinfo_hub. Nothing was changed.</translation>
    </message>
    <message>
        <source>Zet het wachtwoord niet in het serveradres, maar in het veld Wachtwoord. Er is niets veranderd.</source>
        <translation>Do not put the password in the server address, but in the Password field. Nothing was changed.</translation>
    </message>
    <message>
        <source>Vul de login van deze balie in. Er is niets veranderd.</source>
        <translation>Fill in this desk's login. Nothing was changed.</translation>
    </message>
    <message>
        <source>Deze computer kent het wachtwoord van de gegevens op de server nog niet. Voer het in (of: wijkinfo sync ADRES --passphrase-file BESTAND).</source>
        <translation>This computer does not know the passphrase of the data on the server yet. Enter it (or: wijkinfo sync ADDRESS --passphrase-file FILE).</translation>
    </message>
    <message>
        <source>Kies de syncmap van uw organisatie.</source>
        <translation>Choose your organisation's sync folder.</translation>
    </message>
    <message>
        <source>Typ het wachtwoord van de syncmap. U krijgt het van een coördinator.</source>
        <translation>Type the sync folder's passphrase. A coordinator gives it to you.</translation>
    </message>
    <message>
        <source>Kies elke 1 tot 1440 minuten. Er is niets veranderd.</source>
        <translation>Choose every 1 to 1440 minutes. Nothing was changed.</translation>
    </message>
    <message>
        <source>Vul de naam van het thema in.</source>
        <translation>Fill in the name of the theme.</translation>
    </message>
    <message>
        <source>De naam is te lang (meer dan {max} tekens).</source>
        <translation>The name is too long (more than {max} characters).</translation>
    </message>
    <message>
        <source>Een naam heeft minstens één letter of cijfer. Kijk de naam na.</source>
        <translation>A name has at least one letter or digit. Check the name.</translation>
    </message>
    <message>
        <source>Vul de naam van de wijk of buurt in.</source>
        <translation>Fill in the name of the district or neighbourhood.</translation>
    </message>
    <message>
        <source>‘{value}’ staat niet in de lijst van buurten van deze wijk. Kies een buurt uit de lijst.</source>
        <translation>‘{value}’ is not in the list of neighbourhoods of this district. Choose a neighbourhood from the list.</translation>
    </message>
    <message>
        <source>De wijk of buurt {code} bestaat niet (meer).</source>
        <translation>The district or neighbourhood {code} does not exist (any more).</translation>
    </message>
    <message>
        <source>‘{value}’ staat niet in de lijst van wijken. Kies een wijk uit de lijst.</source>
        <translation>‘{value}’ is not in the list of districts. Choose a district from the list.</translation>
    </message>
    <message>
        <source>Een buurt hoort bij een wijk, niet bij een andere buurt.</source>
        <translation>A neighbourhood belongs to a district, not to another neighbourhood.</translation>
    </message>
    <message>
        <source>‘{name}’ staat al in de lijst.</source>
        <translation>‘{name}’ is already in the list.</translation>
    </message>
    <message>
        <source>Het thema {code} bestaat niet (meer). Kies een thema uit de lijst.</source>
        <translation>The theme {code} does not exist (any more). Choose a theme from the list.</translation>
    </message>
    <message>
        <source>Het thema ‘{name}’ staat al in de lijst.</source>
        <translation>The theme ‘{name}’ is already in the list.</translation>
    </message>
    <message>
        <source>Dit is het laatste thema. Voeg eerst een ander thema toe.</source>
        <translation>This is the last theme. Add another theme first.</translation>
    </message>
    <message>
        <source>Dit bestand is met een ander wachtwoord versleuteld. Controleer het wachtwoord van de syncmap.</source>
        <translation>This file was encrypted with another passphrase. Check the sync folder passphrase.</translation>
    </message>
    <message>
        <source>Dit is geen syncbestand van wijkinfo.</source>
        <translation>This is not a wijkinfo sync file.</translation>
    </message>
    <message>
        <source>Dit syncbestand is gemaakt met een nieuwere wijkinfo. Werk wijkinfo bij.</source>
        <translation>This sync file was made by a newer wijkinfo. Update wijkinfo.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd; het wordt niet gebruikt.</source>
        <translation>This file is damaged; it is not used.</translation>
    </message>
    <message>
        <source>Dit bestand is beschadigd of niet helemaal overgekomen; het wordt niet gebruikt.</source>
        <translation>This file is damaged or did not arrive completely; it is not used.</translation>
    </message>
    <message>
        <source>De syncmap bevat gegevens van een nieuwere wijkinfo. Werk wijkinfo bij en synchroniseer dan opnieuw. Er is niets veranderd.</source>
        <translation>The sync folder holds data from a newer wijkinfo. Update wijkinfo and then sync again. Nothing was changed.</translation>
    </message>
    <message>
        <source>De server {label} is niet bereikbaar ({reason}). Controleer het adres en de verbinding en probeer het opnieuw; er is niets veranderd.</source>
        <translation>The server {label} cannot be reached ({reason}). Check the address and the connection and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>De verbinding met {label} viel weg ({reason}). Wat al binnen was, blijft; synchroniseer opnieuw om de rest te doen.</source>
        <translation>The connection to {label} was lost ({reason}). What already came in stays; sync again to do the rest.</translation>
    </message>
    <message>
        <source>De server weigert de login {label}: de naam of het wachtwoord klopt niet. Controleer ze bij de beheerder; er is niets veranderd.</source>
        <translation>The server refuses the login {label}: the name or the password is wrong. Check them with the administrator; nothing was changed.</translation>
    </message>
    <message>
        <source>De server {label} vraagt het wachtwoord van de login, en deze computer heeft het niet. Vul het in bij Beheer › Synchroniseren › Server (of in ~/.pgpass); er is niets veranderd.</source>
        <translation>The server {label} asks for the password of the login, and this computer does not have it. Enter it in Beheer › Sync › Server (or in ~/.pgpass); nothing was changed.</translation>
    </message>
    <message>
        <source>De database van {label} bestaat niet. Controleer het adres; er is niets veranderd.</source>
        <translation>The database of {label} does not exist. Check the address; nothing was changed.</translation>
    </message>
    <message>
        <source>Het serveradres klopt niet. Schrijf het zoals postgresql://login@server/database; er is niets veranderd.</source>
        <translation>The server address is not right. Write it like postgresql://login@server/database; nothing was changed.</translation>
    </message>
    <message>
        <source>Het wachtwoord voor de gegevens op {label} klopt niet. Gebruik het wachtwoord dat de andere balies ook gebruiken (let op hoofdletters); er is niets veranderd.</source>
        <translation>The passphrase for the data on {label} is wrong. Use the passphrase the other desks use (mind capital letters); nothing was changed.</translation>
    </message>
    <message>
        <source>De momentopname op de server (nummer {id}) hoort niet bij zijn plek. Er is niets van overgenomen; vraag de beheerder de server na te kijken.</source>
        <translation>The snapshot on the server (number {id}) does not belong where it is. Nothing of it was taken over; ask the administrator to check the server.</translation>
    </message>
    <message>
        <source>Op de server staat een momentopname van een nieuwere wijkinfo. Werk wijkinfo bij en synchroniseer opnieuw; er is niets veranderd.</source>
        <translation>The server holds a snapshot from a newer wijkinfo. Update wijkinfo and sync again; nothing was changed.</translation>
    </message>
    <message>
        <source>De momentopname op de server is met een ander wachtwoord versleuteld. Vraag de beheerder; er is niets van overgenomen.</source>
        <translation>The snapshot on the server was encrypted with another passphrase. Ask the administrator; nothing of it was taken over.</translation>
    </message>
    <message>
        <source>De login {label} mag op deze server niets opruimen. Gebruik de login van de eigenaar van de database (zie README, PostgreSQL-hub); er is niets veranderd.</source>
        <translation>The login {label} may not clean up anything on this server. Use the login of the database's owner (see README, PostgreSQL hub); nothing was changed.</translation>
    </message>
    <message>
        <source>De server {label} is ingericht door een nieuwere wijkinfo (versie {found}, deze wijkinfo kent {want}). Werk wijkinfo bij; er is niets veranderd.</source>
        <translation>The server {label} was set up by a newer wijkinfo (version {found}, this wijkinfo knows {want}). Update wijkinfo; nothing was changed.</translation>
    </message>
    <message>
        <source>{label} is nog geen wijkinfo-server. Laat de beheerder eerst ‘wijkinfo hub init’ uitvoeren; er is niets veranderd.</source>
        <translation>{label} is not a wijkinfo server yet. Ask the administrator to run ‘wijkinfo hub init’ first; nothing was changed.</translation>
    </message>
    <message>
        <source>De server {label} heeft een oudere inrichting (versie {found}, deze wijkinfo gebruikt {want}). Laat de beheerder ‘wijkinfo hub init’ uitvoeren met deze versie van wijkinfo; er is niets veranderd.</source>
        <translation>The server {label} has an older setup (version {found}, this wijkinfo uses {want}). Ask the administrator to run ‘wijkinfo hub init’ with this version of wijkinfo; nothing was changed.</translation>
    </message>
    <message>
        <source>De login {label} mag op deze database geen tabellen maken. Gebruik de login van de eigenaar van de database (zie README, PostgreSQL-hub); er is niets veranderd.</source>
        <translation>The login {label} may not create tables in this database. Use the login of the database's owner (see README, PostgreSQL hub); nothing was changed.</translation>
    </message>
    <message>
        <source>Een wijziging op de server (nummer {seq}) hoort niet bij zijn plek. Er is niets van overgenomen; vraag de beheerder de server na te kijken.</source>
        <translation>A change on the server (number {seq}) does not belong where it is. Nothing of it was taken over; ask the administrator to check the server.</translation>
    </message>
    <message>
        <source>Op de server staan wijzigingen van een nieuwere wijkinfo. Werk wijkinfo bij en synchroniseer opnieuw; wat al binnen was, blijft.</source>
        <translation>The server holds changes from a newer wijkinfo. Update wijkinfo and sync again; what already came in stays.</translation>
    </message>
    <message>
        <source>Deze balie staat op de server op naam van de login {owner}, niet van deze login. Gebruik de login van deze balie, of vraag de beheerder (zie README, PostgreSQL-hub); er is niets veranderd.</source>
        <translation>On the server this desk belongs to the login {owner}, not to this login. Use this desk's login, or ask the administrator (see README, PostgreSQL hub); nothing was changed.</translation>
    </message>
    <message>
        <source>Een wijziging op de server is met een ander wachtwoord versleuteld (van {origin}). Vraag de beheerder; er is niets van overgenomen.</source>
        <translation>A change on the server was encrypted with another passphrase (from {origin}). Ask the administrator; nothing of it was taken over.</translation>
    </message>
    <message>
        <source>De login {label} mist rechten op de server. Vraag de beheerder de login lid te maken van wijkinfo_desk (zie README); wat al binnen was, blijft.</source>
        <translation>The login {label} lacks rights on the server. Ask the administrator to make the login a member of wijkinfo_desk (see README); what already came in stays.</translation>
    </message>
    <message>
        <source>De server {label} is druk met een andere balie. Probeer het zo opnieuw; wat al binnen was, blijft.</source>
        <translation>The server {label} is busy with another desk. Try again in a moment; what already came in stays.</translation>
    </message>
    <message>
        <source>Het sleutelbestand in {folder} is beschadigd. Zet het terug uit de prullenbak of de versiegeschiedenis van de map, of vraag de coördinator.</source>
        <translation>The key file in {folder} is damaged. Restore it from the bin or the folder's version history, or ask the coordinator.</translation>
    </message>
    <message>
        <source>Deze syncmap heeft al een wachtwoord. Gebruik dat wachtwoord, of kies een lege map.</source>
        <translation>This sync folder already has a passphrase. Use that passphrase, or choose an empty folder.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {n} tekens; een zin van een paar woorden is het best te onthouden.</source>
        <translation>Choose a passphrase of at least {n} characters; a sentence of a few words is easiest to remember.</translation>
    </message>
    <message>
        <source>Het wachtwoord van de syncmap klopt niet. Probeer het opnieuw (let op hoofdletters).</source>
        <translation>The sync folder passphrase is not right. Try again (mind capital letters).</translation>
    </message>
    <message>
        <source>In {folder} staat geen sleutel van wijkinfo. Is dit de goede map, en is de map helemaal gedownload?</source>
        <translation>There is no wijkinfo key in {folder}. Is this the right folder, and has it been downloaded completely?</translation>
    </message>
    <message>
        <source>De syncmap {folder} is niet te lezen ({why}).</source>
        <translation>The sync folder {folder} cannot be read ({why}).</translation>
    </message>
    <message>
        <source>De sleutel van deze syncmap is gemaakt met een nieuwere wijkinfo. Werk wijkinfo bij.</source>
        <translation>The key of this sync folder was made by a newer wijkinfo. Update wijkinfo.</translation>
    </message>
    <message>
        <source>Vul de naam van het informatiepunt in.</source>
        <translation>Fill in the name of the information point.</translation>
    </message>
    <message>
        <source>{out} ligt in de gegevensmap {root}. Kies een plek buiten die map, bijvoorbeeld uw map Documenten.</source>
        <translation>{out} is inside the data folder {root}. Choose a place outside that folder, for example your Documents folder.</translation>
    </message>
    <message>
        <source>Geef bij {option} een bestandsnaam, bijvoorbeeld {option} brief.pdf.</source>
        <translation>Give a file name with {option}, for example {option} letter.pdf.</translation>
    </message>
    <message>
        <source>{out} is een map. Geef bij {option} een bestandsnaam in die map.</source>
        <translation>{out} is a folder. Give a file name in that folder with {option}.</translation>
    </message>
    <message>
        <source>{out} bestaat al. Kies een nieuwe bestandsnaam, of voeg --force toe om het te vervangen.</source>
        <translation>{out} already exists. Choose a new file name, or add --force to replace it.</translation>
    </message>
    <message>
        <source>De back-up {dest} klopt niet na het schrijven ({reason}) en is niet bewaard. Controleer de schijf of kies een andere plek.</source>
        <translation>The backup {dest} was not right after writing ({reason}) and was not kept. Check the disk or choose another place.</translation>
    </message>
    <message>
        <source>{out} is de database zelf. Kies een andere plek voor de back-up.</source>
        <translation>{out} is the database itself. Choose another place for the backup.</translation>
    </message>
    <message>
        <source>Het databasebestand {db} is beschadigd ({reason}); daarom is er geen back-up gemaakt. De bestaande back-ups blijven bewaard. Start wijkinfo om een goede back-up terug te zetten.</source>
        <translation>The database file {db} is damaged ({reason}), so no backup was made. The existing backups are kept. Start wijkinfo to restore a good backup.</translation>
    </message>
    <message>
        <source>De schijf met {where} is vol. Maak ruimte vrij (bijvoorbeeld oude bestanden verwijderen) en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>The disk with {where} is full. Make room (for example by deleting old files) and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>wijkinfo mag niet schrijven in {where}. Vraag de beheerder om schrijfrechten, of kies een andere map. Er is niets veranderd.</source>
        <translation>wijkinfo may not write in {where}. Ask the administrator for write permission, or choose another folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>De schijf met {where} gaf een fout bij lezen of schrijven. Controleer of de schijf of USB-stick nog goed vastzit en er ruimte op is, en probeer het opnieuw.</source>
        <translation>The disk with {where} gave an error while reading or writing. Check that the disk or USB stick is still firmly connected and has room, and try again.</translation>
    </message>
    <message>
        <source>{file} is gemaakt met een nieuwere versie van wijkinfo. Werk wijkinfo eerst bij, of kies een oudere back-up. Er is niets veranderd.</source>
        <translation>{file} was made by a newer version of wijkinfo. Update wijkinfo first, or choose an older backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het databasebestand {db} is alleen-lezen. Geef uzelf schrijfrechten op dit bestand, of vraag de beheerder om hulp. Er is niets veranderd.</source>
        <translation>The database file {db} is read-only. Give yourself write permission on this file, or ask the administrator for help. Nothing was changed.</translation>
    </message>
    <message>
        <source>Een ander wijkinfo-programma leest de database nu. Wacht even en probeer het opnieuw. Er is niets veranderd.</source>
        <translation>Another wijkinfo program is reading the database right now. Wait a moment and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>{file} is de database zelf. Kies een back-up.</source>
        <translation>{file} is the database itself. Choose a backup.</translation>
    </message>
    <message>
        <source>Het bestand {wal} is verdwenen terwijl wijkinfo open was (bijvoorbeeld gewist door een opruim- of synchronisatieprogramma). De laatste wijzigingen van toen zijn daardoor kwijt; de database zelf is in orde. Controleer de laatste gegevens en start wijkinfo opnieuw. Zet de gegevensmap niet in een map die wordt gesynchroniseerd.</source>
        <translation>The file {wal} disappeared while wijkinfo was open (for example deleted by a clean-up or sync program). The last changes made then are lost; the database itself is fine. Check the latest data and start wijkinfo again. Do not keep the data folder in a folder that is synchronised.</translation>
    </message>
    <message>
        <source>De naam is te lang (meer dan {max} tekens). Maak hem korter.</source>
        <translation>The name is too long (more than {max} characters). Make it shorter.</translation>
    </message>
    <message>
        <source>Het adres is te lang (meer dan {max} tekens). Maak het korter.</source>
        <translation>The address is too long (more than {max} characters). Make it shorter.</translation>
    </message>
    <message>
        <source>De openingstijden zijn te lang (meer dan {max} tekens). Maak ze korter.</source>
        <translation>The opening hours are too long (more than {max} characters). Make them shorter.</translation>
    </message>
    <message>
        <source>Het logo {file} kan niet worden gekopieerd. Kies een ander bestand.</source>
        <translation>The logo {file} cannot be copied. Choose another file.</translation>
    </message>
    <message>
        <source>Geef de diensten op als een lijst van nummers (id's).</source>
        <translation>Give the services as a list of ids.</translation>
    </message>
    <message>
        <source>Kies eerst één of meer diensten voor de verwijsbrief.</source>
        <translation>First choose one or more services for the referral sheet.</translation>
    </message>
    <message>
        <source>Een verwijsbrief kan hoogstens {max} diensten bevatten. Kies de belangrijkste.</source>
        <translation>A referral sheet can hold at most {max} services. Choose the most important ones.</translation>
    </message>
    <message>
        <source>De vraag is te lang (meer dan {max} tekens). Schrijf de vraag in één korte zin.</source>
        <translation>The question is too long (more than {max} characters). Write it in one short sentence.</translation>
    </message>
    <message>
        <source>De naam is te lang (meer dan {max} tekens). Vul alleen de naam in.</source>
        <translation>The name is too long (more than {max} characters). Fill in only the name.</translation>
    </message>
    <message>
        <source>De opmerking is te lang (meer dan {max} tekens). Maak hem korter.</source>
        <translation>The note is too long (more than {max} characters). Make it shorter.</translation>
    </message>
    <message>
        <source>De demo kan niet geladen worden ({reason}). Installeer wijkinfo opnieuw.</source>
        <translation>The demo cannot be loaded ({reason}). Reinstall wijkinfo.</translation>
    </message>
    <message>
        <source>verwijdert {count} thema's en kenmerken</source>
        <translation>removes {count} themes and attributes</translation>
    </message>
    <message>
        <source>verwijdert {parts}</source>
        <translation>removes {parts}</translation>
    </message>
    <message>
        <source>verwijdert {count} telefoonnummers</source>
        <translation>removes {count} phone numbers</translation>
    </message>
    <message>
        <source>verwijdert {count} openingstijden</source>
        <translation>removes {count} opening hours</translation>
    </message>
    <message>
        <source>verwijdert {count} talen</source>
        <translation>removes {count} languages</translation>
    </message>
    <message>
        <source>verwijdert {count} mee te nemen documenten</source>
        <translation>removes {count} documents to bring</translation>
    </message>
    <message>
        <source>verwijdert {count} locaties</source>
        <translation>removes {count} locations</translation>
    </message>
    <message>
        <source>Er is niets ingelezen: {file} noemt geen {what}, en inlezen zou die bij de bestaande diensten verwijderen ({parts}). Ontbreekt er een bestand of kolom? Verbeter het bestand, of kies ‘ontbrekende gegevens verwijderen’ (--replace-missing) als dat de bedoeling is.</source>
        <translation>Nothing was imported: {file} does not mention {what}, and importing it would remove them from the existing services ({parts}). Is a file or column missing? Correct the file, or choose ‘remove what is missing’ (--replace-missing) if that is what you want.</translation>
    </message>
    <message>
        <source>{file}: de gegevens zijn dieper genest dan {depth} niveaus; zo ziet geen dienst eruit. Er is niets ingelezen.</source>
        <translation>{file}: the data is nested deeper than {depth} levels; no service looks like that. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}, record {record}: het bestand houdt midden in een record op of is geen geldige JSON ({detail}). Is het afgebroken? Er is niets ingelezen.</source>
        <translation>{file}, record {record}: the file stops in the middle of a record or is not valid JSON ({detail}). Was it cut off? Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: na het einde van de lijst (na record {record}) staat nog tekst. Is het bestand aan een ander geplakt? Er is niets ingelezen.</source>
        <translation>{file}: there is more text after the end of the list (after record {record}). Was another file pasted onto it? Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}, record {record}: een getal is te groot of te lang. Er is niets ingelezen.</source>
        <translation>{file}, record {record}: a number is too large or too long. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file} is groter dan {mb} MB en geen lijst van diensten. Exporteer de diensten als lijst ([…]).</source>
        <translation>{file} is larger than {mb} MB and not a list of services. Export the services as a list ([…]).</translation>
    </message>
    <message>
        <source>{file}: ‘{word}’ is geen getal in JSON. Schrijf een getal of laat het veld weg. Er is niets ingelezen.</source>
        <translation>{file}: ‘{word}’ is not a number in JSON. Write a number or leave the field out. Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}: een getal in het bestand is te groot ({reason}). Er is niets ingelezen.</source>
        <translation>{file}: a number in the file is too large ({reason}). Nothing was imported.</translation>
    </message>
    <message>
        <source>{file}, rij {row}: deze CSV is niet te lezen ({reason}). Controleer de aanhalingstekens; een cel mag hoogstens {limit} tekens hebben.</source>
        <translation>{file}, row {row}: this CSV cannot be read ({reason}). Check the quotes; a cell may hold at most {limit} characters.</translation>
    </message>
    <message>
        <source>‘{value}’ is geen webadres; alleen http:// en https:// worden ingelezen</source>
        <translation>‘{value}’ is not a web address; only http:// and https:// are imported</translation>
    </message>
    <message>
        <source>{value} is geen eindig getal</source>
        <translation>{value} is not a finite number</translation>
    </message>
    <message>
        <source>bevat een onzichtbaar stuurteken (zoals NUL); haal het weg</source>
        <translation>contains an invisible control character (such as NUL); remove it</translation>
    </message>
    <message>
        <source>bevat tekens die geen geldige Unicode zijn</source>
        <translation>contains characters that are not valid Unicode</translation>
    </message>
    <message>
        <source>{package} noemt het bestand ‘{file}’, dat buiten het pakket ligt. Alleen bestanden in het pakket zelf worden gelezen; er is niets ingelezen.</source>
        <translation>{package} names the file ‘{file}’, which lies outside the package. Only files inside the package are read; nothing was imported.</translation>
    </message>
    <message>
        <source>{package}: {file} is groter dan {mb} MB (uitgepakt). Zo groot is geen sociale kaart; er is niets ingelezen.</source>
        <translation>{package}: {file} is larger than {mb} MB (unpacked). No directory is that large; nothing was imported.</translation>
    </message>
    <message>
        <source>{package}: {file} kan niet worden gelezen: {reason}</source>
        <translation>{package}: {file} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>{package}: {file} in het zip-bestand is beschadigd ({reason}). Maak het zip-bestand opnieuw.</source>
        <translation>{package}: {file} in the zip file is damaged ({reason}). Make the zip file again.</translation>
    </message>
    <message>
        <source>{package}: {file} is met een wachtwoord beveiligd. Maak een zip-bestand zonder wachtwoord.</source>
        <translation>{package}: {file} is protected with a password. Make a zip file without a password.</translation>
    </message>
    <message>
        <source>{file} is groter dan {mb} MB (uitgepakt); zo groot is geen lijst met diensten. Verdeel de lijst over meer bestanden.</source>
        <translation>{file} is larger than {mb} MB (unpacked); no list of services is that large. Split the list over several files.</translation>
    </message>
    <message>
        <source>Naam of wachtwoord klopt niet. Na vijf foute pogingen gaat een account vijf minuten op slot. Probeer het opnieuw.</source>
        <translation>Name or password is not right. After five wrong tries an account is locked for five minutes. Try again.</translation>
    </message>
    <message>
        <source>Deze pincode is te makkelijk te raden (zoals 1111, 1234 of alleen spaties). Kies een andere.</source>
        <translation>This PIN is too easy to guess (like 1111, 1234 or only spaces). Choose another one.</translation>
    </message>
    <message>
        <source>Een naam mag geen tab, nieuwe regel of ander onzichtbaar teken hebben. Typ de naam opnieuw.</source>
        <translation>A name may not contain a tab, a new line or another invisible character. Type the name again.</translation>
    </message>
    <message>
        <source>‘{value}’ is geen bekend thema. Kies een thema uit de lijst.</source>
        <translation>‘{value}’ is not a known theme. Choose a theme from the list.</translation>
    </message>
    <message>
        <source>‘{value}’ is geen bekende wijk of buurt. Kies er een uit de lijst.</source>
        <translation>‘{value}’ is not a known district or neighbourhood. Choose one from the list.</translation>
    </message>
    <message>
        <source>Kies een taal uit de lijst.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <source>Vul een leeftijd in van 0 tot {max} jaar.</source>
        <translation>Enter an age from 0 to {max} years.</translation>
    </message>
    <message>
        <source>Het aantal resultaten moet tussen 1 en {max} liggen.</source>
        <translation>The number of results must be between 1 and {max}.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet. Kies een andere plek.</source>
        <translation>The folder {folder} does not exist. Choose another place.</translation>
    </message>
    <message>
        <source>Dit signaal bestaat niet (meer). Vernieuw de lijst.</source>
        <translation>This signal does not exist (any more). Refresh the list.</translation>
    </message>
    <message>
        <source>Het bestand {path} kan niet worden geschreven: {reason}.</source>
        <translation>The file {path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Geef het filter een naam.</source>
        <translation>Give the filter a name.</translation>
    </message>
    <message>
        <source>De naam van het filter is te lang (hoogstens {max} tekens).</source>
        <translation>The filter's name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>De reactietermijn is een aantal werkdagen van 1 tot {max}.</source>
        <translation>The response time is a number of working days from 1 to {max}.</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit signaal net gewijzigd. Er is niets overschreven. Bekijk de nieuwe stand en probeer het opnieuw.</source>
        <translation>Someone else has just changed this signal. Nothing was overwritten. Look at the new state and try again.</translation>
    </message>
    <message>
        <source>De toelichting is te lang (hoogstens {max} tekens).</source>
        <translation>The explanation is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>De notitie is leeg. Schrijf eerst iets op.</source>
        <translation>The note is empty. Write something first.</translation>
    </message>
    <message>
        <source>De notitie is te lang (hoogstens {max} tekens).</source>
        <translation>The note is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Een signaal met status {current} kan niet naar {target}.</source>
        <translation>A signal with status {current} cannot go to {target}.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet (meer).</source>
        <translation>This user does not exist (any more).</translation>
    </message>
    <message>
        <source>Vul in naar wie het signaal is doorgezet (gemeente of organisatie).</source>
        <translation>Fill in who the signal was forwarded to (municipality or organisation).</translation>
    </message>
    <message>
        <source>De naam van de gemeente of organisatie is te lang.</source>
        <translation>The name of the municipality or organisation is too long.</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum. Draai ze om.</source>
        <translation>The start date is after the end date. Swap them.</translation>
    </message>
    <message>
        <source>De datum {day} ligt in de toekomst. Een signaal gaat over iets dat al gebeurd is.</source>
        <translation>The date {day} is in the future. A signal is about something that has already happened.</translation>
    </message>
    <message>
        <source>De datum {day} is te lang geleden. Kijk de datum na.</source>
        <translation>The date {day} is too long ago. Check the date.</translation>
    </message>
    <message>
        <source>Beschrijf wat er misging. Dit veld is verplicht.</source>
        <translation>Describe what went wrong. This field is required.</translation>
    </message>
    <message>
        <source>De beschrijving is te lang: {length} tekens, hoogstens {max}. Maak hem korter.</source>
        <translation>The description is too long: {length} characters, at most {max}. Make it shorter.</translation>
    </message>
    <message>
        <source>{what} moet tekst zijn.</source>
        <translation>{what} must be text.</translation>
    </message>
    <message>
        <source>{what} is te lang (hoogstens {max} tekens).</source>
        <translation>{what} is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Contactgegevens mogen alleen met toestemming van de bewoner. Vink de toestemming aan, of laat de contactgegevens leeg.</source>
        <translation>Contact details only with the resident's consent. Tick the consent box, or leave the contact details empty.</translation>
    </message>
    <message>
        <source>Vul een telefoonnummer of e-mailadres in, zodat we kunnen terugbellen.</source>
        <translation>Fill in a phone number or e-mail address, so that we can get back to the resident.</translation>
    </message>
    <message>
        <source>{email} is geen geldig e-mailadres.</source>
        <translation>{email} is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>De contactgegevens zijn te lang. Kijk ze na.</source>
        <translation>The contact details are too long. Check them.</translation>
    </message>
    <message>
        <source>Kies de urgentie: laag, normaal of hoog.</source>
        <translation>Choose the urgency: low, normal or high.</translation>
    </message>
    <message>
        <source>Kies een thema uit de lijst.</source>
        <translation>Choose a theme from the list.</translation>
    </message>
    <message>
        <source>Vul de datum in (dd-mm-jjjj).</source>
        <translation>Fill in the date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <source>Het thema {theme} bestaat niet. Kies een thema uit de lijst.</source>
        <translation>The theme {theme} does not exist. Choose a theme from the list.</translation>
    </message>
    <message>
        <source>De naam is te lang: meer dan {max} tekens. Maak hem korter.</source>
        <translation>The name is too long: more than {max} characters. Make it shorter.</translation>
    </message>
    <message>
        <source>De omschrijving is te lang: meer dan {max} tekens. Maak hem korter.</source>
        <translation>The description is too long: more than {max} characters. Make it shorter.</translation>
    </message>
    <message>
        <source>De website is te lang: meer dan {max} tekens. Vul alleen het webadres in.</source>
        <translation>The website is too long: more than {max} characters. Fill in only the web address.</translation>
    </message>
    <message>
        <source>Het e-mailadres is te lang: meer dan {max} tekens. Vul één e-mailadres in.</source>
        <translation>The e-mail address is too long: more than {max} characters. Fill in one e-mail address.</translation>
    </message>
    <message>
        <source>De postcode is te lang. Schrijf vier cijfers en twee letters, zoals 1234 AB.</source>
        <translation>The postcode is too long. Write four digits and two letters, such as 1234 AB.</translation>
    </message>
    <message>
        <source>Het adres is te lang: meer dan {max} tekens. Vul straat en huisnummer in.</source>
        <translation>The address is too long: more than {max} characters. Fill in the street and house number.</translation>
    </message>
    <message>
        <source>De plaats is te lang: meer dan {max} tekens. Vul alleen de plaatsnaam in.</source>
        <translation>The town is too long: more than {max} characters. Fill in only the name of the town.</translation>
    </message>
    <message>
        <source>De toelichting bij een telefoonnummer is te lang: meer dan {max} tekens. Maak die korter.</source>
        <translation>The note with a phone number is too long: more than {max} characters. Make it shorter.</translation>
    </message>
    <message>
        <source>De kosten zijn te lang beschreven: meer dan {max} tekens. Maak het korter.</source>
        <translation>The costs are too long: more than {max} characters. Make it shorter.</translation>
    </message>
    <message>
        <source>‘Voor wie’ is te lang: meer dan {max} tekens. Maak het korter.</source>
        <translation>‘For whom’ is too long: more than {max} characters. Make it shorter.</translation>
    </message>
    <message>
        <source>Vul hier gewone tekst in.</source>
        <translation>Fill in plain text here.</translation>
    </message>
    <message>
        <source>{name} is niet meer actief. Kies een andere organisatie, of zet {name} eerst weer op actief.</source>
        <translation>{name} is no longer active. Choose another organisation, or make {name} active again first.</translation>
    </message>
    <message>
        <source>{name} is niet meer actief. Zet eerst de organisatie weer op actief (Beheer › Organisaties).</source>
        <translation>{name} is no longer active. First make the organisation active again (Beheer › Organisations).</translation>
    </message>
    <message>
        <source>Schrijf bij elke openingstijd de dagen, zoals ma-vr 09:00-17:00.</source>
        <translation>Write the days with every opening time, such as mo-fr 09:00-17:00.</translation>
    </message>
    <message>
        <source>Schrijf bij ‘{days}’ van hoe laat tot hoe laat, zoals 09:00-17:00.</source>
        <translation>Write from what time until what time with ‘{days}’, such as 09:00-17:00.</translation>
    </message>
    <message>
        <source>‘{days}’ zijn geen dagen. Schrijf de dagen zoals ma,di,wo of ma-vr (of ma t/m vr).</source>
        <translation>‘{days}’ are not days. Write the days as mo,tu,we or mo-fr (in Dutch ma,di,wo or ma-vr).</translation>
    </message>
    <message>
        <source>Deze organisatie bestaat niet (meer). Kies er een uit de lijst.</source>
        <translation>This organisation does not exist (any more). Choose one from the list.</translation>
    </message>
    <message>
        <source>{name} staat al op niet actief.</source>
        <translation>{name} is already inactive.</translation>
    </message>
    <message>
        <source>{name} is al actief.</source>
        <translation>{name} is already active.</translation>
    </message>
    <message>
        <source>Er is al een organisatie ‘{name}’. Kies die in de lijst, of geef deze een andere naam.</source>
        <translation>There already is an organisation ‘{name}’. Choose it in the list, or give this one another name.</translation>
    </message>
    <message>
        <source>{text} is geen bestaande datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 23-11-2026.</source>
        <translation>{text} is not a real date. Write the date as dd-mm-yyyy, for example 23-11-2026.</translation>
    </message>
    <message>
        <source>Een gekozen organisatie staat niet (meer) in de sociale kaart.</source>
        <translation>A chosen organisation is not (or no longer) in the directory.</translation>
    </message>
    <message>
        <source>Het databasebestand {db_path} is beschadigd ({reason}). Er is geen back-up. Vraag hulp aan de beheerder; het bestand blijft bewaard.</source>
        <translation>The database file {db_path} is damaged ({reason}). There is no backup. Ask the administrator for help; the file is kept.</translation>
    </message>
    <message>
        <source>De gegevensmap {root} is geen map. Kies een andere map met --data-dir.</source>
        <translation>The data folder {root} is not a folder. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>Het databasebestand {db_path} is beschadigd ({reason}). Zet de nieuwste back-up terug: wijkinfo restore {backup}</source>
        <translation>The database file {db_path} is damaged ({reason}). Restore the newest backup: wijkinfo restore {backup}</translation>
    </message>
    <message>
        <source>Het bestand {file} bestaat niet. Controleer de naam.</source>
        <translation>The file {file} does not exist. Check the name.</translation>
    </message>
    <message>
        <source>{file} is geen bruikbare wijkinfo-back-up ({reason}). Kies een ander bestand.</source>
        <translation>{file} is not a usable wijkinfo backup ({reason}). Choose another file.</translation>
    </message>
    <message>
        <source>{file} is een database, maar geen wijkinfo-back-up. Kies een ander bestand.</source>
        <translation>{file} is a database, but not a wijkinfo backup. Choose another file.</translation>
    </message>
    <message>
        <source>wijkinfo kan niet schrijven in de gegevensmap {root}. Kies een map waar u mag schrijven (--data-dir) of vraag de beheerder om rechten.</source>
        <translation>wijkinfo cannot write in the data folder {root}. Choose a folder you may write to (--data-dir) or ask the administrator for access.</translation>
    </message>
    <message>
        <source>wijkinfo is al geopend met de gegevensmap {root}. Sluit eerst het andere wijkinfo-venster, of kies een andere map.</source>
        <translation>wijkinfo is already open with the data folder {root}. Close the other wijkinfo window first, or choose another folder.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van wijkinfo. Werk wijkinfo bij voordat u verder gaat.</source>
        <translation>This data was made by a newer version of wijkinfo. Update wijkinfo before you go on.</translation>
    </message>
    <message>
        <source>Vul één zoekwoord in, zoals: geldzorgen.</source>
        <translation>Fill in one search word, like: geldzorgen.</translation>
    </message>
    <message>
        <source>Vul in waar het zoekwoord ook naar moet zoeken, zoals: schulden.</source>
        <translation>Fill in what the search word should also look for, like: schulden.</translation>
    </message>
    <message>
        <source>Dit zoekwoord bestaat niet (meer).</source>
        <translation>This search word does not exist (any more).</translation>
    </message>
    <message>
        <source>De koppeling {file} moet een JSON-object zijn: {{"kolomkop": "veld"}}.</source>
        <translation>The mapping {file} must be a JSON object: {{"column header": "field"}}.</translation>
    </message>
    <message>
        <source>Twee kolommen zijn gekoppeld aan ‘{field}’. Koppel elk veld aan één kolom.</source>
        <translation>Two columns are mapped to ‘{field}’. Map each field to one column.</translation>
    </message>
    <message>
        <source>{file}: geen kolom is gekoppeld aan de naam van de dienst. Koppel een kolom aan ‘naam’.</source>
        <translation>{file}: no column is mapped to the name of the service. Map a column to ‘naam’.</translation>
    </message>
    <message>
        <source>De koppeling {file} is geen leesbaar JSON-bestand ({{"kolomkop": "veld"}}).</source>
        <translation>The mapping {file} is not a readable JSON file ({{"column header": "field"}}).</translation>
    </message>
    <message>
        <source>{file}: de koppeling noemt kolom ‘{header}’, maar die staat niet in rij 1.</source>
        <translation>{file}: the mapping names column ‘{header}’, but it is not in row 1.</translation>
    </message>
    <message>
        <source>De koppeling zet kolom ‘{header}’ op ‘{field}’; dat veld bestaat niet. Kies uit: {fields}.</source>
        <translation>The mapping sets column ‘{header}’ to ‘{field}’; that field does not exist. Choose from: {fields}.</translation>
    </message>
    <message>
        <source>de naam van de dienst is leeg</source>
        <translation>the name of the service is empty</translation>
    </message>
    <message>
        <source>er staat een adres, maar geen plaats</source>
        <translation>there is an address, but no town</translation>
    </message>
    <message>
        <source>er staat een plaats, maar geen adres</source>
        <translation>there is a town, but no address</translation>
    </message>
    <message>
        <source>‘{value}’ is geen postcode zoals 1234 AB</source>
        <translation>‘{value}’ is not a postcode such as 1234 AB</translation>
    </message>
    <message>
        <source>‘{value}’ staat niet in de lijst met thema's; het wordt als tekst bewaard</source>
        <translation>‘{value}’ is not in the list of themes; it is kept as text</translation>
    </message>
    <message>
        <source>‘{value}’ staat niet in de lijst met wijken; het wordt als tekst bewaard</source>
        <translation>‘{value}’ is not in the list of districts; it is kept as text</translation>
    </message>
    <message>
        <source>kolom {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <source>deze rij heeft {cells} cellen, de kopregel {width}; controleer scheidingstekens en aanhalingstekens</source>
        <translation>this row has {cells} cells, the header row {width}; check the separators and quotation marks</translation>
    </message>
    <message>
        <source>{file} bestaat niet of is een map. Kies een CSV- of XLSX-bestand.</source>
        <translation>{file} does not exist or is a folder. Choose a CSV or XLSX file.</translation>
    </message>
    <message>
        <source>{file} is leeg. Kies een bestand met een kopregel en diensten.</source>
        <translation>{file} is empty. Choose a file with a header row and services.</translation>
    </message>
    <message>
        <source>{file} is een oud Excel-bestand (.xls). Sla het op als .xlsx of CSV.</source>
        <translation>{file} is an old Excel file (.xls). Save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>{file} is geen tekstbestand in UTF-8 of Windows-1252 (misschien UTF-16 of een ander soort bestand). Sla het op als CSV UTF-8.</source>
        <translation>{file} is not a text file in UTF-8 or Windows-1252 (perhaps UTF-16 or another kind of file). Save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file}: de eerste rij is leeg. Zet de kolomnamen in rij 1.</source>
        <translation>{file}: the first row is empty. Put the column names in row 1.</translation>
    </message>
    <message>
        <source>{file} heeft geen werkblad ‘{sheet}’. Er zijn: {sheets}.</source>
        <translation>{file} has no sheet ‘{sheet}’. There are: {sheets}.</translation>
    </message>
    <message>
        <source>{file}, werkblad {sheet}, cellen {cells}: samengevoegde cellen kunnen niet worden ingelezen. Maak de samenvoeging ongedaan en vul elke cel.</source>
        <translation>{file}, sheet {sheet}, cells {cells}: merged cells cannot be imported. Unmerge them and fill every cell.</translation>
    </message>
    <message>
        <source>{file}, werkblad {sheet} is leeg.</source>
        <translation>{file}, sheet {sheet} is empty.</translation>
    </message>
    <message>
        <source>{file}, rij {row}: onbekende tekens; dit is geen UTF-8 en geen Windows-1252. Sla het bestand op als CSV UTF-8.</source>
        <translation>{file}, row {row}: unknown characters; this is neither UTF-8 nor Windows-1252. Save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>{file}, rij {row}: de CSV is niet te lezen ({reason}).</source>
        <translation>{file}, row {row}: the CSV cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file}, rij 1, kolom {col}: de kolom heeft geen naam.</source>
        <translation>{file}, row 1, column {col}: the column has no name.</translation>
    </message>
    <message>
        <source>{file}, rij 1: de kolom ‘{name}’ staat er twee keer in.</source>
        <translation>{file}, row 1: the column ‘{name}’ appears twice.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar Excel-bestand (.xlsx).</source>
        <translation>{file} is not a readable Excel file (.xlsx).</translation>
    </message>
    <message>
        <source>{file} heeft meerdere werkbladen met gegevens ({sheets}). Kies er één (in de CLI met --sheet).</source>
        <translation>{file} has several sheets with data ({sheets}). Choose one (on the command line with --sheet).</translation>
    </message>
    <message>
        <source>Onbekend kanaal ‘{channel}’. Kies balie, telefoon of e-mail.</source>
        <translation>Unknown channel ‘{channel}’. Choose balie, telefoon or e-mail.</translation>
    </message>
    <message>
        <source>Kies minstens één thema voor dit contact.</source>
        <translation>Choose at least one theme for this contact.</translation>
    </message>
    <message>
        <source>Onbekend thema ‘{theme}’. Kies een thema uit de lijst.</source>
        <translation>Unknown theme ‘{theme}’. Choose a theme from the list.</translation>
    </message>
    <message>
        <source>Onbekende wijk ‘{wijk}’. Kies een wijk uit de lijst.</source>
        <translation>Unknown district ‘{wijk}’. Choose one from the list.</translation>
    </message>
    <message>
        <source>Dit contact is al ongedaan gemaakt of bestaat niet.</source>
        <translation>This contact was already undone or does not exist.</translation>
    </message>
    <message>
        <source>Het bestand {file} kan niet worden geschreven ({reason}). Kies een andere plek.</source>
        <translation>The file {file} cannot be written ({reason}). Choose another place.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Fill in a name.</translation>
    </message>
    <message>
        <source>De naam is te lang (hoogstens {max} tekens).</source>
        <translation>The name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Kies een rol: vrijwilliger of coördinator.</source>
        <translation>Choose a role: volunteer or coordinator.</translation>
    </message>
    <message>
        <source>Het wachtwoord of de pincode is te kort: minstens {min} tekens.</source>
        <translation>The password or PIN is too short: at least {min} characters.</translation>
    </message>
    <message>
        <source>Er zijn al gebruikers. Een coördinator kan nieuwe gebruikers maken.</source>
        <translation>There are users already. A coordinator can add new users.</translation>
    </message>
    <message>
        <source>Er is al iemand met de naam {name}. Kies een andere naam.</source>
        <translation>There is already someone called {name}. Choose another name.</translation>
    </message>
    <message>
        <source>Deze gebruiker bestaat niet meer.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.</source>
        <translation>The two passwords are not the same. Nothing was changed.</translation>
    </message>
    <message>
        <source>{what} is geen goede datum: {text}. Schrijf het als jjjj-mm-dd.</source>
        <translation>{what} is not a valid date: {text}. Write it as yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>De eerste gebruiker moet een coördinator zijn: gebruik --role coordinator.</source>
        <translation>The first user must be a coordinator: use --role coordinator.</translation>
    </message>
    <message>
        <source>Er ging iets mis ({0}). Probeer het opnieuw of vraag hulp.</source>
        <translation>Something went wrong ({0}). Try again or ask for help.</translation>
    </message>
</context>
<context>
    <name>UsersAdminTab</name>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>Gebruiker &amp;toevoegen</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Wachtwoord of pincode</source>
        <translation>Password or PIN</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Reactietermijn op&amp;slaan</source>
        <translation>Sa&amp;ve response time</translation>
    </message>
    <message>
        <source>Reactietermijn per thema</source>
        <translation>Response time per theme</translation>
    </message>
    <message>
        <source>toegang tot contactgegevens</source>
        <translation>access to contact details</translation>
    </message>
    <message>
        <source>uit</source>
        <translation>off</translation>
    </message>
    <message>
        <source>De reactietermijn is opgeslagen.</source>
        <translation>The response time has been saved.</translation>
    </message>
    <message>
        <source>{0} kan nu aanmelden.</source>
        <translation>{0} can sign in now.</translation>
    </message>
    <message>
        <source>De bewaartermijnen zijn opgeslagen.</source>
        <translation>The retention terms have been saved.</translation>
    </message>
</context>
<context>
    <name>VocabularyView</name>
    <message>
        <source>Eén lijst voor de telling, de signalen, het zoeken en de rapporten. Een thema of wijk die u niet meer gebruikt, blijft bewaard voor oude tellingen en signalen.</source>
        <translation>One list for the tally, the signals, the search and the reports. A theme or district you no longer use is kept for old counts and signals.</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source> werkdagen</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Thema &amp;toevoegen</source>
        <translation>Add &amp;theme</translation>
    </message>
    <message>
        <source>Naam w&amp;ijzigen</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>Niet meer &amp;gebruiken</source>
        <translation>Stop &amp;using</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Naam in het &amp;Engels</source>
        <translation>Name in &amp;English</translation>
    </message>
    <message>
        <source>Reactietermijn &amp;signalen</source>
        <translation>Response time for &amp;signals</translation>
    </message>
    <message>
        <source>Wijken en buurten</source>
        <translation>Districts and neighbourhoods</translation>
    </message>
    <message>
        <source>Wijk of buurt toe&amp;voegen</source>
        <translation>Add district or neigh&amp;bourhood</translation>
    </message>
    <message>
        <source>Naam wij&amp;zigen</source>
        <translation>Ren&amp;ame</translation>
    </message>
    <message>
        <source>Niet meer gebr&amp;uiken</source>
        <translation>Stop us&amp;ing</translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Hoort bi&amp;j</source>
        <translation>Belongs t&amp;o</translation>
    </message>
    <message>
        <source> (niet meer in gebruik)</source>
        <translation> (no longer in use)</translation>
    </message>
    <message>
        <source>{0} werkdagen</source>
        <translation>{0} working days</translation>
    </message>
    <message>
        <source>— een nieuwe wijk —</source>
        <translation>— a new district —</translation>
    </message>
    <message>
        <source>buurt van {0}</source>
        <translation>neighbourhood of {0}</translation>
    </message>
    <message>
        <source>‘{0}’ ({1}×)</source>
        <translation>‘{0}’ ({1}×)</translation>
    </message>
    <message>
        <source>Niet in de lijst (zo ingevuld vóór de lijst, bewaard zoals het er stond): {0}. Voeg de wijk of buurt toe als die bestaat.</source>
        <translation>Not in the list (typed like this before the list, kept as it was written): {0}. Add the district or neighbourhood if it exists.</translation>
    </message>
    <message>
        <source>Weer &amp;gebruiken</source>
        <translation>Use a&amp;gain</translation>
    </message>
    <message>
        <source>Weer gebr&amp;uiken</source>
        <translation>Use aga&amp;in</translation>
    </message>
    <message>
        <source>Het thema staat in de lijst.</source>
        <translation>The theme is in the list.</translation>
    </message>
    <message>
        <source>Kies eerst een thema in de lijst.</source>
        <translation>Choose a theme in the list first.</translation>
    </message>
    <message>
        <source>De naam is gewijzigd.</source>
        <translation>The name has been changed.</translation>
    </message>
    <message>
        <source>Bewaard.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>De wijk of buurt staat in de lijst.</source>
        <translation>The district or neighbourhood is in the list.</translation>
    </message>
    <message>
        <source>Kies eerst een wijk of buurt in de lijst.</source>
        <translation>Choose a district or neighbourhood in the list first.</translation>
    </message>
    <message>
        <source>Thema's en wijken</source>
        <translation>Themes and districts</translation>
    </message>
</context>
</TS>
