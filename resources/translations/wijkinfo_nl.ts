<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>SearchView</name>
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
</TS>
