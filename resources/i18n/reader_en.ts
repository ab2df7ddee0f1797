<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationImport</name>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_import.py" line="95"/>
        <source>%n annotation(s) or article(s) need a look: see the details.</source>
        <translation>
            <numerusform>%n annotation or article needs a look: see the details.</numerusform>
            <numerusform>%n annotations or articles need a look: see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyFlow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/copy_flow.py" line="92"/>
        <source>Copied %n article(s) to %1</source>
        <translation>
            <numerusform>Copied %n article to %1</numerusform>
            <numerusform>Copied %n articles to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/export_flow.py" line="81"/>
        <source>The %n selected article(s)</source>
        <translation>
            <numerusform>The %n selected article</numerusform>
            <numerusform>The %n selected articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="255"/>
        <source>%n article(s) in the library</source>
        <translation>
            <numerusform>%n article in the library</numerusform>
            <numerusform>%n articles in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizeFlow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="57"/>
        <source>Tag for %n article(s) (commas for several):</source>
        <translation>
            <numerusform>Tag for %n article (commas for several):</numerusform>
            <numerusform>Tag for %n articles (commas for several):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="66"/>
        <source>Tagged %n article(s): %1</source>
        <translation>
            <numerusform>Tagged %n article: %1</numerusform>
            <numerusform>Tagged %n articles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="103"/>
        <source>Delete %n article(s) with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n article with its highlights and notes? This cannot be undone.</numerusform>
            <numerusform>Delete %n articles with their highlights and notes? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/organize_flow.py" line="111"/>
        <source>Deleting %n article(s)…</source>
        <translation>
            <numerusform>Deleting %n article…</numerusform>
            <numerusform>Deleting %n articles…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="50"/>
        <source>%n article note(s)</source>
        <translation>
            <numerusform>%n article note</numerusform>
            <numerusform>%n article notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="53"/>
        <source>%n article(s) not in this library</source>
        <translation>
            <numerusform>%n article not in this library</numerusform>
            <numerusform>%n articles not in this library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="66"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="74"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="74"/>
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="76"/>
        <location filename="../../reader/ui/reports.py" line="96"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/reports.py" line="103"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message numerus="yes">
        <location filename="../../reader/ui/team_connect.py" line="162"/>
        <source>Connected: %n change(s) fetched into %1.</source>
        <translation>
            <numerusform>Connected: %n change fetched into %1.</numerusform>
            <numerusform>Connected: %n changes fetched into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message numerus="yes">
        <location filename="../../reader/ui/team_link.py" line="87"/>
        <source>Team: %1 — sending %n change(s)…</source>
        <translation>
            <numerusform>Team: %1 — sending %n change…</numerusform>
            <numerusform>Team: %1 — sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/team_link.py" line="98"/>
        <source>Team: offline — %n change(s) wait here; trying again in 30 s</source>
        <translation>
            <numerusform>Team: offline — %n change waits here; trying again in 30 s</numerusform>
            <numerusform>Team: offline — %n changes wait here; trying again in 30 s</numerusform>
        </translation>
    </message>
</context>
</TS>
