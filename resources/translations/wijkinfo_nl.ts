<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>OrganizationEditorView</name>
    <message numerus="yes">
        <source>%n actieve dienst(en)</source>
        <translation>
            <numerusform>%n actieve dienst</numerusform>
            <numerusform>%n actieve diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} staat nu op niet actief, met %n dienst(en) die nog actief waren. ‘Weer actief’ zet ze terug.</source>
        <translation>
            <numerusform>{0} staat nu op niet actief, met %n dienst die nog actief was. ‘Weer actief’ zet die terug.</numerusform>
            <numerusform>{0} staat nu op niet actief, met %n diensten die nog actief waren. ‘Weer actief’ zet ze terug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} is weer actief, met %n dienst(en).</source>
        <translation>
            <numerusform>{0} is weer actief, met %n dienst.</numerusform>
            <numerusform>{0} is weer actief, met %n diensten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralView</name>
    <message numerus="yes">
        <source>%n pagina('s).</source>
        <translation>
            <numerusform>%n pagina.</numerusform>
            <numerusform>%n pagina's.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n dienst(en) gevonden, de beste eerst</source>
        <translation>
            <numerusform>%n dienst gevonden, de beste eerst</numerusform>
            <numerusform>%n diensten gevonden, de beste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of meer diensten gevonden, de beste eerst</source>
        <translation>
            <numerusform>%n of meer diensten gevonden, de beste eerst</numerusform>
            <numerusform>%n of meer diensten gevonden, de beste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dienst(en) gevonden</source>
        <translation>
            <numerusform>%n dienst gevonden</numerusform>
            <numerusform>%n diensten gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceSignalsBar</name>
    <message numerus="yes">
        <source>%n open signalen gaan over deze dienst.</source>
        <translation>
            <numerusform>%n open signaal gaat over deze dienst.</numerusform>
            <numerusform>%n open signalen gaan over deze dienst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalDetailPane</name>
    <message numerus="yes">
        <source>Dit kwartaal al %n eerdere signalen over dezelfde dienst of organisatie met dit thema.</source>
        <translation>
            <numerusform>Dit kwartaal al %n eerder signaal over dezelfde dienst of organisatie met dit thema.</numerusform>
            <numerusform>Dit kwartaal al %n eerdere signalen over dezelfde dienst of organisatie met dit thema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalReviewView</name>
    <message numerus="yes">
        <source>%n signalen</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaleWarningBox</name>
    <message numerus="yes">
        <source>Opgeslagen: waarschuwen na %n maand(en).</source>
        <translation>
            <numerusform>Opgeslagen: waarschuwen na %n maand.</numerusform>
            <numerusform>Opgeslagen: waarschuwen na %n maanden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncTargetPage</name>
    <message numerus="yes">
        <source>ja, bij het starten en elke %n minuut/minuten</source>
        <translation>
            <numerusform>ja, bij het starten en elke minuut</numerusform>
            <numerusform>ja, bij het starten en elke %n minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyReportView</name>
    <message numerus="yes">
        <source>%n regel(s).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
</context>
</TS>
