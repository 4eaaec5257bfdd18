<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckinRules</name>
    <message numerus="yes">
        <source>the value {value} has more than %n decimal(s), which this key result does not take</source>
        <translation>
            <numerusform>the value {value} has more than %n decimal, which this key result does not take</numerusform>
            <numerusform>the value {value} has more than %n decimals, which this key result does not take</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</source>
        <translation>
            <numerusform>Imported %n row of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</numerusform>
            <numerusform>Imported %n rows of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</source>
        <translation>
            <numerusform>Imported %n row of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</numerusform>
            <numerusform>Imported %n rows of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot;.</source>
        <translation>
            <numerusform>Imported %n row of {file} as {shape} into the funnel &quot;{funnel}&quot;.</numerusform>
            <numerusform>Imported %n rows of {file} as {shape} into the funnel &quot;{funnel}&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last}: %n week(s).</source>
        <translation>
            <numerusform>Weeks {first} to {last}: %n week.</numerusform>
            <numerusform>Weeks {first} to {last}: %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier row(s) replaced.</source>
        <translation>
            <numerusform>%n earlier row replaced.</numerusform>
            <numerusform>%n earlier rows replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic check-in(s).</source>
        <translation>
            <numerusform>%n automatic check-in.</numerusform>
            <numerusform>%n automatic check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %n other week(s) of the same leads (their source, variant, entry week or cohort comes from all the files).</source>
        <translation>
            <numerusform>Counted again: %n other week of the same leads (their source, variant, entry week or cohort comes from all the files).</numerusform>
            <numerusform>Counted again: %n other weeks of the same leads (their source, variant, entry week or cohort comes from all the files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of stages not in the funnel: {names}</source>
        <translation>
            <numerusform>Skipped %n row of stages not in the funnel: {names}</numerusform>
            <numerusform>Skipped %n rows of stages not in the funnel: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel &quot;{funnel}&quot; written to {path}: %n row(s)</source>
        <translation>
            <numerusform>Funnel &quot;{funnel}&quot; written to {path}: %n row</numerusform>
            <numerusform>Funnel &quot;{funnel}&quot; written to {path}: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n key result(s) of the cycle {cycle} to {path}</source>
        <translation>
            <numerusform>Wrote %n key result of the cycle {cycle} to {path}</numerusform>
            <numerusform>Wrote %n key results of the cycle {cycle} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key result(s) into {cycle}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>Imported %n key result into {cycle}: {added} added, {updated} updated.</numerusform>
            <numerusform>Imported %n key results into {cycle}: {added} added, {updated} updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People added: %n.</source>
        <translation>
            <numerusform>People added: %n.</numerusform>
            <numerusform>People added: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams added: %n.</source>
        <translation>
            <numerusform>Teams added: %n.</numerusform>
            <numerusform>Teams added: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins: %n.</source>
        <translation>
            <numerusform>Check-ins: %n.</numerusform>
            <numerusform>Check-ins: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {destination} at schema version {revision}: %n table(s), the same rows and digests in both.</source>
        <translation>
            <numerusform>Copied {source} to {destination} at schema version {revision}: %n table, the same rows and digests in both.</numerusform>
            <numerusform>Copied {source} to {destination} at schema version {revision}: %n tables, the same rows and digests in both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) copied</source>
        <translation>
            <numerusform>{table}: %n row copied</numerusform>
            <numerusform>{table}: %n rows copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) so far…</source>
        <translation>
            <numerusform>{table}: %n row so far…</numerusform>
            <numerusform>{table}: %n rows so far…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentErrors</name>
    <message numerus="yes">
        <source>the title is longer than %n character(s)</source>
        <translation>
            <numerusform>the title is longer than %n character</numerusform>
            <numerusform>the title is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentPlanner</name>
    <message numerus="yes">
        <source>No funnel counts for {step} in the last %Ln full week(s): the sample this test needs cannot be estimated yet.</source>
        <translation>
            <numerusform>No funnel counts for {step} in the last %Ln full week: the sample this test needs cannot be estimated yet.</numerusform>
            <numerusform>No funnel counts for {step} in the last %Ln full weeks: the sample this test needs cannot be estimated yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: {rate} of about {weekly} a week (last %Ln full week(s)).</source>
        <translation>
            <numerusform>{step}: {rate} of about {weekly} a week (last %Ln full week).</numerusform>
            <numerusform>{step}: {rate} of about {weekly} a week (last %Ln full weeks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step can show a change of {mde} or more.</source>
        <translation>
            <numerusform>In %Ln day this step can show a change of {mde} or more.</numerusform>
            <numerusform>In %Ln days this step can show a change of {mde} or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step cannot show any change.</source>
        <translation>
            <numerusform>In %Ln day this step cannot show any change.</numerusform>
            <numerusform>In %Ln days this step cannot show any change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To show {mde}, each arm needs %Ln visitor(s).</source>
        <translation>
            <numerusform>To show {mde}, each arm needs %Ln visitor.</numerusform>
            <numerusform>To show {mde}, each arm needs %Ln visitors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes %Ln day(s) at this traffic.</source>
        <translation>
            <numerusform>That takes %Ln day at this traffic.</numerusform>
            <numerusform>That takes %Ln days at this traffic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That fits in the %Ln day(s) planned.</source>
        <translation>
            <numerusform>That fits in the %Ln day planned.</numerusform>
            <numerusform>That fits in the %Ln days planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln day(s) is more than the {planned} planned.</source>
        <translation>
            <numerusform>Warning: %Ln day is more than the {planned} planned.</numerusform>
            <numerusform>Warning: %Ln days is more than the {planned} planned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExperimentResults</name>
    <message numerus="yes">
        <source>, Holm-corrected over %Ln variant(s)</source>
        <translation>
            <numerusform>, Holm-corrected over %Ln variant</numerusform>
            <numerusform>, Holm-corrected over %Ln variants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelDefinitionsDialog</name>
    <message numerus="yes">
        <source>Delete the funnel “{name}” with its stages and %Ln week(s) of data?</source>
        <translation>
            <numerusform>Delete the funnel “{name}” with its stages and %Ln week of data?</numerusform>
            <numerusform>Delete the funnel “{name}” with its stages and %Ln weeks of data?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has counts in %Ln week(s); they will be deleted with it. Remove it?</source>
        <translation>
            <numerusform>“{name}” has counts in %Ln week; they will be deleted with it. Remove it?</numerusform>
            <numerusform>“{name}” has counts in %Ln weeks; they will be deleted with it. Remove it?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelFilters</name>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Last %Ln week</numerusform>
            <numerusform>Last %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelGridPanel</name>
    <message numerus="yes">
        <source>The block has %Ln row(s).</source>
        <translation>
            <numerusform>The block has %Ln row.</numerusform>
            <numerusform>The block has %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has only %Ln week(s) from the selected one on. Add weeks first. Nothing was pasted.</source>
        <translation>
            <numerusform>The table has only %Ln week from the selected one on. Add weeks first. Nothing was pasted.</numerusform>
            <numerusform>The table has only %Ln weeks from the selected one on. Add weeks first. Nothing was pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln count(s)</source>
        <translation>
            <numerusform>Paste %Ln count</numerusform>
            <numerusform>Paste %Ln counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln count(s)</source>
        <translation>
            <numerusform>Clear %Ln count</numerusform>
            <numerusform>Clear %Ln counts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelSection</name>
    <message numerus="yes">
        <source>Reading %Ln weekly count(s)…</source>
        <translation>
            <numerusform>Reading %Ln weekly count…</numerusform>
            <numerusform>Reading %Ln weekly counts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <source>Undo the import of {file} into {funnel}?

The undo takes out its %Ln row(s) for {weeks} and brings back the weeks it replaced.</source>
        <translation>
            <numerusform>Undo the import of {file} into {funnel}?

The undo takes out its %Ln row for {weeks} and brings back the weeks it replaced.</numerusform>
            <numerusform>Undo the import of {file} into {funnel}?

The undo takes out its %Ln rows for {weeks} and brings back the weeks it replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key results&apos; history keeps the %Ln automatic check-in(s) it wrote.</source>
        <translation>
            <numerusform>The key results&apos; history keeps the %Ln automatic check-in it wrote.</numerusform>
            <numerusform>The key results&apos; history keeps the %Ln automatic check-ins it wrote.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>Imported %Ln row(s) of {file} into “{funnel}”.</source>
        <translation>
            <numerusform>Imported %Ln row of {file} into “{funnel}”.</numerusform>
            <numerusform>Imported %Ln rows of {file} into “{funnel}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last} (%Ln week(s)).</source>
        <translation>
            <numerusform>Weeks {first} to {last} (%Ln week).</numerusform>
            <numerusform>Weeks {first} to {last} (%Ln weeks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln row(s) of stages the funnel does not have: {names}.</source>
        <translation>
            <numerusform>Skipped %Ln row of stages the funnel does not have: {names}.</numerusform>
            <numerusform>Skipped %Ln rows of stages the funnel does not have: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %Ln other week(s) of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>
            <numerusform>Counted again: %Ln other week of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</numerusform>
            <numerusform>Counted again: %Ln other weeks of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s) bound to this funnel got an automatic check-in.</source>
        <translation>
            <numerusform>%Ln key result bound to this funnel got an automatic check-in.</numerusform>
            <numerusform>%Ln key results bound to this funnel got an automatic check-in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln week(s) from {week} on, more than {limit} weeks after today: is the year right?</source>
        <translation>
            <numerusform>Warning: %Ln week from {week} on, more than {limit} weeks after today: is the year right?</numerusform>
            <numerusform>Warning: %Ln weeks from {week} on, more than {limit} weeks after today: is the year right?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such step(s) in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such step in all); are the stages in the right columns?</numerusform>
            <numerusform>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such steps in all); are the stages in the right columns?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n week(s) from {week} on, more than 8 weeks after today ({today}); is the year right?</source>
        <translation>
            <numerusform>%n week from {week} on, more than 8 weeks after today ({today}); is the year right?</numerusform>
            <numerusform>%n weeks from {week} on, more than 8 weeks after today ({today}); is the year right?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</numerusform>
            <numerusform>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first row is longer than %Ln KB; refused</source>
        <translation>
            <numerusform>the first row is longer than %Ln KB; refused</numerusform>
            <numerusform>the first row is longer than %Ln KB; refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has %Ln column(s), more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>has %Ln column, more than {limit}; delete the columns it does not need</numerusform>
            <numerusform>has %Ln columns, more than {limit}; delete the columns it does not need</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has more cells than the header&apos;s %Ln column(s); a value with &quot;{separator}&quot; in it must be in quotes</source>
        <translation>
            <numerusform>the row has more cells than the header&apos;s %Ln column; a value with &quot;{separator}&quot; in it must be in quotes</numerusform>
            <numerusform>the row has more cells than the header&apos;s %Ln columns; a value with &quot;{separator}&quot; in it must be in quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>is %Ln MB, more than {limit} MB</numerusform>
            <numerusform>is %Ln MB, more than {limit} MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds more than %Ln element(s)</source>
        <translation>
            <numerusform>{sheet} row {row} holds more than %Ln element</numerusform>
            <numerusform>{sheet} row {row} holds more than %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} holds more than %Ln element(s) besides its cells</source>
        <translation>
            <numerusform>{sheet} holds more than %Ln element besides its cells</numerusform>
            <numerusform>{sheet} holds more than %Ln elements besides its cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>{sheet} has more than %Ln cell; save it as CSV</numerusform>
            <numerusform>{sheet} has more than %Ln cells; save it as CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} has more than %Ln cell(s)</source>
        <translation>
            <numerusform>{sheet} row {row} has more than %Ln cell</numerusform>
            <numerusform>{sheet} row {row} has more than %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</source>
        <translation>
            <numerusform>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</numerusform>
            <numerusform>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a row {row}, past Excel&apos;s last, %Ln</source>
        <translation>
            <numerusform>{sheet} has a row {row}, past Excel&apos;s last, %Ln</numerusform>
            <numerusform>{sheet} has a row {row}, past Excel&apos;s last, %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds a text longer than %Ln character(s)</source>
        <translation>
            <numerusform>{sheet} row {row} holds a text longer than %Ln character</numerusform>
            <numerusform>{sheet} row {row} holds a text longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln part(s), more than {limit}; refused</source>
        <translation>
            <numerusform>holds %Ln part, more than {limit}; refused</numerusform>
            <numerusform>holds %Ln parts, more than {limit}; refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</source>
        <translation>
            <numerusform>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</numerusform>
            <numerusform>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln time(s) its packed size (at most {limit}); refused as a zip bomb</source>
        <translation>
            <numerusform>{part} unpacks to %Ln time its packed size (at most {limit}); refused as a zip bomb</numerusform>
            <numerusform>{part} unpacks to %Ln times its packed size (at most {limit}); refused as a zip bomb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>{part} unpacks to %Ln MB, more than {limit} MB</numerusform>
            <numerusform>{part} unpacks to %Ln MB, more than {limit} MB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</source>
        <translation>
            <numerusform>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</numerusform>
            <numerusform>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first row has more than %Ln column(s); refused</source>
        <translation>
            <numerusform>the first row has more than %Ln column; refused</numerusform>
            <numerusform>the first row has more than %Ln columns; refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; is %Ln column(s) wide, more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>the sheet &quot;{sheet}&quot; is %Ln column wide, more than {limit}; delete the columns it does not need</numerusform>
            <numerusform>the sheet &quot;{sheet}&quot; is %Ln columns wide, more than {limit}; delete the columns it does not need</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>the sheet &quot;{sheet}&quot; has more than %Ln cell; save it as CSV</numerusform>
            <numerusform>the sheet &quot;{sheet}&quot; has more than %Ln cells; save it as CSV</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) and not done yet.</source>
        <translation>
            <numerusform>Overdue by %Ln day and not done yet.</numerusform>
            <numerusform>Overdue by %Ln days and not done yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message numerus="yes">
        <source>Latest {value} on {date}; %Ln value(s) since {first}.</source>
        <translation>
            <numerusform>Latest {value} on {date}; %Ln value since {first}.</numerusform>
            <numerusform>Latest {value} on {date}; %Ln values since {first}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message numerus="yes">
        <source>{person} checked in %n key result(s)</source>
        <translation>
            <numerusform>{person} checked in %n key result</numerusform>
            <numerusform>{person} checked in %n key results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone checked in %n key result(s)</source>
        <translation>
            <numerusform>Someone checked in %n key result</numerusform>
            <numerusform>Someone checked in %n key results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{person} changed %n key result(s)</source>
        <translation>
            <numerusform>{person} changed %n key result</numerusform>
            <numerusform>{person} changed %n key results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n key result(s)</source>
        <translation>
            <numerusform>Someone changed %n key result</numerusform>
            <numerusform>Someone changed %n key results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrEditing</name>
    <message numerus="yes">
        <source>“{title}” has %Ln check-in(s). Delete it together with its check-ins?
Edit → Undo brings everything back.</source>
        <translation>
            <numerusform>“{title}” has %Ln check-in. Delete it together with its check-ins?
Edit → Undo brings everything back.</numerusform>
            <numerusform>“{title}” has %Ln check-ins. Delete it together with its check-ins?
Edit → Undo brings everything back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrErrors</name>
    <message numerus="yes">
        <source>%n key result(s) are titled &quot;{text}&quot; (ids {ids}); give the id</source>
        <translation>
            <numerusform>%n key result is titled &quot;{text}&quot; (ids {ids}); give the id</numerusform>
            <numerusform>%n key results are titled &quot;{text}&quot; (ids {ids}); give the id</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrHealthPanel</name>
    <message numerus="yes">
        <source>{title} — last check-in %Ln day(s) ago</source>
        <translation>
            <numerusform>{title} — last check-in %Ln day ago</numerusform>
            <numerusform>{title} — last check-in %Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrImportDialog</name>
    <message numerus="yes">
        <source>%n objective(s) will be created</source>
        <translation>
            <numerusform>%n objective will be created</numerusform>
            <numerusform>%n objectives will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be matched</source>
        <translation>
            <numerusform>%n objective will be matched</numerusform>
            <numerusform>%n objectives will be matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be created</source>
        <translation>
            <numerusform>%n key result will be created</numerusform>
            <numerusform>%n key results will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be updated</source>
        <translation>
            <numerusform>%n key result will be updated</numerusform>
            <numerusform>%n key results will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) will be recorded</source>
        <translation>
            <numerusform>%n check-in will be recorded</numerusform>
            <numerusform>%n check-ins will be recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be created: {names}</source>
        <translation>
            <numerusform>%n person will be created: {names}</numerusform>
            <numerusform>%n persons will be created: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be matched: {names}</source>
        <translation>
            <numerusform>%n person will be matched: {names}</numerusform>
            <numerusform>%n persons will be matched: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be created: {names}</source>
        <translation>
            <numerusform>%n team will be created: {names}</numerusform>
            <numerusform>%n teams will be created: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be matched: {names}</source>
        <translation>
            <numerusform>%n team will be matched: {names}</numerusform>
            <numerusform>%n teams will be matched: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrSection</name>
    <message numerus="yes">
        <source>Reading %Ln key result(s)…</source>
        <translation>
            <numerusform>Reading %Ln key result…</numerusform>
            <numerusform>Reading %Ln key results…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrSheet</name>
    <message numerus="yes">
        <source>has more than %Ln row(s) of key results; refused</source>
        <translation>
            <numerusform>has more than %Ln row of key results; refused</numerusform>
            <numerusform>has more than %Ln rows of key results; refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</source>
        <translation>
            <numerusform>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</numerusform>
            <numerusform>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a cell is longer than %Ln character(s)</source>
        <translation>
            <numerusform>a cell is longer than %Ln character</numerusform>
            <numerusform>a cell is longer than %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrTreeModel</name>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <comment>days since the last check-in</comment>
        <translation>
            <numerusform>%Ln d ago</numerusform>
            <numerusform>%Ln d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <source>%Ln objective(s)</source>
        <translation>
            <numerusform>%Ln objective</numerusform>
            <numerusform>%Ln objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s)</source>
        <translation>
            <numerusform>%Ln key result</numerusform>
            <numerusform>%Ln key results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln experiment</numerusform>
            <numerusform>%Ln experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment task(s)</source>
        <translation>
            <numerusform>%Ln experiment task</numerusform>
            <numerusform>%Ln experiment tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s)</source>
        <translation>
            <numerusform>%Ln team member</numerusform>
            <numerusform>%Ln team members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {table}</source>
        <translation>
            <numerusform>%Ln row of {table}</numerusform>
            <numerusform>%Ln rows of {table}</numerusform>
        </translation>
    </message>
</context>
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
<context>
    <name>PlanWeekDialog</name>
    <message numerus="yes">
        <source>Runs %Ln day(s), to {date}; the day tasks are made from the template.</source>
        <translation>
            <numerusform>Runs %Ln day, to {date}; the day tasks are made from the template.</numerusform>
            <numerusform>Runs %Ln days, to {date}; the day tasks are made from the template.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>always-valid {p}; calls Holm-corrected over %n variant(s)</source>
        <translation>
            <numerusform>always-valid {p}; calls Holm-corrected over %n variant</numerusform>
            <numerusform>always-valid {p}; calls Holm-corrected over %n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) off track</source>
        <translation>
            <numerusform>%n key result off track</numerusform>
            <numerusform>%n key results off track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant funnel change(s)</source>
        <translation>
            <numerusform>%n significant funnel change</numerusform>
            <numerusform>%n significant funnel changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewBrief</name>
    <message numerus="yes">
        <source>no check-in for %n day(s)</source>
        <translation>
            <numerusform>no check-in for %n day</numerusform>
            <numerusform>no check-in for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Behind: {named}, and %n more.</source>
        <translation>
            <numerusform>Behind: {named}, and %n more.</numerusform>
            <numerusform>Behind: {named}, and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n on track</numerusform>
            <numerusform>%n on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n off track</numerusform>
            <numerusform>%n off track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs update</source>
        <translation>
            <numerusform>%n needs update</numerusform>
            <numerusform>%n needs update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %n significant change(s): {named}.</source>
        <translation>
            <numerusform>Funnel: %n significant change: {named}.</numerusform>
            <numerusform>Funnel: %n significant changes: {named}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calls are Holm-corrected for %n variant(s).</source>
        <translation>
            <numerusform>Calls are Holm-corrected for %n variant.</numerusform>
            <numerusform>Calls are Holm-corrected for %n variants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message numerus="yes">
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variant(s)).</source>
        <translation>
            <numerusform>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variant).</numerusform>
            <numerusform>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variants).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <source>No check-in for %Ln day(s) (more than {limit}).</source>
        <translation>
            <numerusform>No check-in for %Ln day (more than {limit}).</numerusform>
            <numerusform>No check-in for %Ln days (more than {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln objective(s) for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>
            <numerusform>%Ln objective for this team in this cycle: more than 5 spreads it thin.</numerusform>
            <numerusform>%Ln objectives for this team in this cycle: more than 5 spreads it thin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): fewer than 2 cannot show the objective is met.</source>
        <translation>
            <numerusform>%Ln key result: fewer than 2 cannot show the objective is met.</numerusform>
            <numerusform>%Ln key results: fewer than 2 cannot show the objective is met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): more than 5 — focus on the few that matter.</source>
        <translation>
            <numerusform>%Ln key result: more than 5 — focus on the few that matter.</numerusform>
            <numerusform>%Ln key results: more than 5 — focus on the few that matter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message numerus="yes">
        <source>%Ln</source>
        <comment>a whole number, thousands grouped</comment>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDashboard</name>
    <message numerus="yes">
        <source>{done} of %Ln task(s) done</source>
        <translation>
            <numerusform>{done} of %Ln task done</numerusform>
            <numerusform>{done} of %Ln tasks done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message numerus="yes">
        <source>%n table(s) handed to the owner role</source>
        <translation>
            <numerusform>%n table handed to the owner role</numerusform>
            <numerusform>%n tables handed to the owner role</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>member reads and writes, viewer reads: %n table(s), and the tables of later revisions</source>
        <translation>
            <numerusform>member reads and writes, viewer reads: %n table, and the tables of later revisions</numerusform>
            <numerusform>member reads and writes, viewer reads: %n tables, and the tables of later revisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s), the database needs {needed})</source>
        <translation>
            <numerusform>the file is truncated (%n byte, the database needs {needed})</numerusform>
            <numerusform>the file is truncated (%n bytes, the database needs {needed})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>migration broke %n reference(s)</source>
        <translation>
            <numerusform>migration broke %n reference</numerusform>
            <numerusform>migration broke %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the copy differs from the source in %n table(s) ({tables}); nothing was written</source>
        <translation>
            <numerusform>the copy differs from the source in %n table ({tables}); nothing was written</numerusform>
            <numerusform>the copy differs from the source in %n tables ({tables}); nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>already holds %n row(s) ({tables}); copy into an empty database</source>
        <translation>
            <numerusform>already holds %n row ({tables}); copy into an empty database</numerusform>
            <numerusform>already holds %n rows ({tables}); copy into an empty database</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n broken reference</numerusform>
            <numerusform>%n broken references</numerusform>
        </translation>
    </message>
</context>
</TS>
