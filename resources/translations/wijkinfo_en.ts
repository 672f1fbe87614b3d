<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExchangeView</name>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>&amp;Bestand kiezen…</source>
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
        <translation>Email</translation>
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
        <source>Er zijn afgewezen records. Verbeter het bestand, of kies ‘Afgewezen records overslaan’ en controleer opnieuw.</source>
        <translation>Some records were rejected. Correct the file, or choose ‘Skip rejected records’ and check again.</translation>
    </message>
    <message>
        <source>Controle klaar. Klik op Inlezen om op te slaan.</source>
        <translation>Check done. Click Import to save.</translation>
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
        <source>Importeren en exporteren</source>
        <translation>Import and export</translation>
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
        <source>{file}, record {record}: het bestand houdt midden in een record op of is geen geldige JSON. Is het afgebroken? Er is niets ingelezen.</source>
        <translation>{file}, record {record}: the file stops in the middle of a record or is not valid JSON. Was it cut off? Nothing was imported.</translation>
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
</context>
</TS>
