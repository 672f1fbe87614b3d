<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>DEMO — dit zijn verzonnen gegevens van de stad Lindestad. Gebruik ze niet om mensen door te verwijzen.</source>
        <translation>DEMO — this is made-up data for the town of Lindestad. Do not use it to refer people.</translation>
    </message>
    <message>
        <source>Gegevens: {0}</source>
        <translation>Data: {0}</translation>
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
Gegevens: {1}</source>
        <translation>wijkinfo {0}
The directory of local services for the neighbourhood information point.
Data: {1}</translation>
    </message>
</context>
<context>
    <name>PointSettingsView</name>
    <message>
        <source>Bijvoorbeeld: 030-1234567</source>
        <translation>For example: 030-1234567</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: maandag t/m vrijdag 10:00–16:00</source>
        <translation>For example: Monday to Friday 10:00–16:00</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
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
        <source>Logo (PNG of JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Dit staat bovenaan en onderaan elke verwijsbrief.</source>
        <translation>This appears at the top and bottom of every referral sheet.</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Plaatjes (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
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
        <source>Vraag van de bewoner</source>
        <translation>Resident's question</translation>
    </message>
    <message>
        <source>Opmerking</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Naam (niet bewaard)</source>
        <translation>Name (not stored)</translation>
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
        <translation><numerusform>%n page.</numerusform><numerusform>%n pages.</numerusform></translation>
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
    <name>SearchView</name>
    <message>
        <source>Waar zoekt u hulp bij? Bijvoorbeeld: schulden</source>
        <extracomment>the service now shown in the detail pane ("" when none)</extracomment>
        <translation>What do you need help with? For example: debts</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
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
        <source>Nu open</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Nu gesloten</source>
        <translation>Closed now</translation>
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
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <source>Meenemen</source>
        <translation>What to bring</translation>
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
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>wijkinfo kan niet starten</source>
        <translation>wijkinfo cannot start</translation>
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
        <source>Er zijn nog geen thema's in de sociale kaart.</source>
        <translation>The directory has no themes yet.</translation>
    </message>
    <message>
        <source>{0} via {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>Tel een contact: {0}</source>
        <translation>Count a contact: {0}</translation>
    </message>
    <message>
        <source>Wijk van de bewoner</source>
        <translation>Resident's neighbourhood</translation>
    </message>
    <message>
        <source>Wijk: onbekend</source>
        <translation>Neighbourhood: unknown</translation>
    </message>
    <message>
        <source>Laatste ongedaan maken</source>
        <translation>Undo last</translation>
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
        <translation>Neighbourhood</translation>
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
        <translation>Contacts per month, theme, neighbourhood and channel. A contact about two themes counts for both. Referral sheets are listed with channel ‘Verwijsbrief’.</translation>
    </message>
    <message numerus="yes">
        <source>%n regel(s).</source>
        <translation><numerusform>%n row.</numerusform><numerusform>%n rows.</numerusform></translation>
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
    <name>UserError</name>
    <message>
        <source>Er ging iets mis: {0}. Probeer het opnieuw of vraag hulp.</source>
        <translation>Something went wrong: {0}. Try again or ask for help.</translation>
    </message>
    <message>
        <source>Er is nog geen database in {root}; er valt niets te bewaren.</source>
        <translation>There is no database in {root} yet; there is nothing to back up.</translation>
    </message>
    <message>
        <source>{out} bestaat al. Kies een nieuwe bestandsnaam.</source>
        <translation>{out} already exists. Choose a new file name.</translation>
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
        <source>Vul de naam van het informatiepunt in.</source>
        <translation>Fill in the name of the information point.</translation>
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
        <source>Het logo {file} kan niet worden gebruikt. Kies een PNG- of JPG-bestand.</source>
        <translation>The logo {file} cannot be used. Choose a PNG or JPG file.</translation>
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
        <translation>Unknown neighbourhood ‘{wijk}’. Choose one from the list.</translation>
    </message>
    <message>
        <source>De begindatum ligt na de einddatum. Draai ze om.</source>
        <translation>The start date is after the end date. Swap them.</translation>
    </message>
    <message>
        <source>Dit contact is al ongedaan gemaakt of bestaat niet.</source>
        <translation>This contact was already undone or does not exist.</translation>
    </message>
    <message>
        <source>Het bestand {file} kan niet worden geschreven ({reason}). Kies een andere plek.</source>
        <translation>The file {file} cannot be written ({reason}). Choose another place.</translation>
    </message>
</context>
</TS>
