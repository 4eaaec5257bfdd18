<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PeriodComparisonChart</name>
    <message numerus="yes">
        <source>the mean of the %n weeks before</source>
        <translation>
            <numerusform>the mean of the %n week before</numerusform>
            <numerusform>the mean of the %n weeks before</numerusform>
        </translation>
    </message>
</context>
</TS>
