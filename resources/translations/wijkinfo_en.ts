<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CorrectionsQueue</name>
    <message>
        <source>Afgehandeld</source>
        <translation>Handled</translation>
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
        <source>Zoekwoorden</source>
        <translation>Search words</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>DirectoryEditorView</name>
    <message>
        <source>Eén nummer per regel: 030-1234567 — Balie</source>
        <translation>One number per line: 030-1234567 — Desk</translation>
    </message>
    <message>
        <source>Eén regel per tijd: MO,TU,WE 09:00-17:00</source>
        <translation>One line per time: MO,TU,WE 09:00-17:00</translation>
    </message>
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
        <translation>Costs</translation>
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
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Vandaag gecontroleerd</source>
        <translation>Checked today</translation>
    </message>
    <message>
        <source>Niet meer actief</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <source>Zoek eerst een dienst op in Zoeken.</source>
        <translation>First look up a service in Search.</translation>
    </message>
    <message>
        <source>Bewerken: {0}</source>
        <translation>Editing: {0}</translation>
    </message>
    <message>
        <source>Niet opgeslagen: {0}</source>
        <translation>Not saved: {0}</translation>
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
    <name>ResultsModel</name>
    <message>
        <source>geen telefoonnummer</source>
        <extracomment>fetch(offset, limit) -&gt; the next hits of the same query</extracomment>
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
        <source>Waar zoekt u hulp bij? Bijvoorbeeld: schulden</source>
        <extracomment>the service now shown in the detail pane ("" when none)</extracomment>
        <translation>What do you need help with? For example: debts</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
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
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Let op: langer dan {0} maanden niet gecontroleerd. Bel even na of het nog klopt.</source>
        <translation>Note: not checked for more than {0} months. Call to check it is still right.</translation>
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
        <source>De sociale kaart bevat al {count} diensten. De demo kan alleen in een lege database; kies een nieuwe map met --data-dir.</source>
        <translation>The directory already holds {count} services. The demo can only go into an empty database; choose a new folder with --data-dir.</translation>
    </message>
    <message>
        <source>Te lang: {what} heeft meer dan {max} tekens.</source>
        <translation>Too long: {what} has more than {max} characters.</translation>
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
        <source>Kies de dagen waarop de dienst open is (MO, TU, WE, TH, FR, SA, SU).</source>
        <translation>Choose the days the service is open (MO, TU, WE, TH, FR, SA, SU).</translation>
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
        <source>Vul de plaats in bij het adres.</source>
        <translation>Fill in the town with the address.</translation>
    </message>
    <message>
        <source>Dat zijn te veel telefoonnummers of openingstijden.</source>
        <translation>Those are too many phone numbers or opening hours.</translation>
    </message>
    <message>
        <source>Deze organisatie bestaat niet (meer).</source>
        <translation>This organisation does not exist (any more).</translation>
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
</context>
</TS>
