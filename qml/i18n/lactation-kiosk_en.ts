<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English is the source language; this catalogue holds only the plural forms the source's
     "%n" cannot say ("1 person waiting"). Kept by hand (lupdate would add every message). -->
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation>
            <numerusform>%n person waiting</numerusform>
            <numerusform>%n people waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation>
            <numerusform>To keep your visit private, this screen starts over in %n second.</numerusform>
            <numerusform>To keep your visit private, this screen starts over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
