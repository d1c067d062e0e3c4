<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/about.py" line="+12"/>
        <source>&lt;h3&gt;crmnote {0}&lt;/h3&gt;&lt;p&gt;A customer relationship notebook: what happened, what we promised, what they claimed and asked — with explainable difficulty and trust scores.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crmnote {0}&lt;/h3&gt;&lt;p&gt;Ein Notizbuch für Kundenbeziehungen: was geschehen ist, was wir zugesagt haben, was Kunden beanstandet und erbeten haben — mit nachvollziehbaren Werten für Schwierigkeit und Vertrauen.&lt;/p&gt;&lt;p&gt;Funktioniert ohne Internet; Ihre Daten bleiben in einer Datei auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About crmnote</source>
        <translation>Über crmnote</translation>
    </message>
</context>
<context>
    <name>AdvicePanel</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/advice_panel.py" line="+102"/>
        <source>Decide otherwise</source>
        <translation>Anders entscheiden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggested:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Decide: {0}…</source>
        <translation>Entscheiden: {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last decision: {0} on {1}</source>
        <translation>Letzte Entscheidung: {0} am {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decide…</source>
        <translation>Entscheiden…</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/backups.py" line="+44"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database now open is kept aside in the backup folder before it is replaced.
Backups are in {0}</source>
        <translation>Die geöffnete Datenbank wird im Sicherungsordner aufbewahrt, bevor sie ersetzt wird.
Sicherungen liegen in {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest good</source>
        <translation>neueste gute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>crmnote-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/header.py" line="+60"/>
        <source>steady</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1:.0f} now, {2:.0f} {3} days ago ({4})</source>
        <translation>{0}: jetzt {1:.0f}, vor {3} Tagen {2:.0f} ({4})</translation>
    </message>
</context>
<context>
    <name>ClaimDossier</name>
    <message numerus="yes">
        <location filename="extra_strings.py" line="+8"/>
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n Tag zu früh</numerusform>
            <numerusform>%n Tage zu früh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s), below</source>
        <translation>
            <numerusform>%n Datei, unten</numerusform>
            <numerusform>%n Dateien, unten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against the due date</source>
        <translation>Gegenüber dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beyond the target</source>
        <translation>Über dem Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force then</source>
        <translation>Damals gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No promise is linked to this claim: there is no record to check it against.</source>
        <translation>Mit dieser Reklamation ist keine Zusage verknüpft: Es gibt keinen Eintrag, an dem sie sich prüfen lässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No single standard to judge by; link one to the promise to use it.</source>
        <translation>Kein eindeutiger Standard als Maßstab; verknüpfen Sie einen mit der Zusage, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No standard of this category was in force on {0}.</source>
        <translation>Am {0} galt kein Standard dieser Kategorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Says</source>
        <translation>Besagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard&apos;s target</source>
        <translation>Zielwert des Standards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target deadline</source>
        <translation>Zieltermin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took</source>
        <translation>Dauerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict note</source>
        <translation>Anmerkung zum Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict now</source>
        <translation>Aktueller Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they say</source>
        <translation>Was der Kunde sagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working days late</source>
        <translation>Arbeitstage zu spät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no, within the target</source>
        <translation>nein, im Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered yet</source>
        <translation>noch nicht geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the due date</source>
        <translation>am Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still in force</source>
        <translation>noch gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, beyond the target</source>
        <translation>ja, über dem Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:g} of {1:g} {2}</source>
        <translation>{0:g} von {1:g} {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:g} short</source>
        <translation>{0:g} fehlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
</context>
<context>
    <name>ClaimDossierWindow</name>
    <message>
        <location filename="../../crmnote/ui/widgets/claim_dossier.py" line="+49"/>
        <source>The claim</source>
        <translation>Die Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promise as made</source>
        <translation>Die Zusage, wie sie gegeben wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard in force</source>
        <translation>Der gültige Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence and delivery timing</source>
        <translation>Nachweis und Lieferzeitpunkt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related interactions</source>
        <translation>Zugehörige Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related interactions (double-click to open)</source>
        <translation>Zugehörige Kontakte (Doppelklick öffnet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence files (drop files here to attach them to the claim)</source>
        <translation>Nachweisdateien (Dateien hierher ziehen, um sie der Reklamation beizufügen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested verdict</source>
        <translation>Vorgeschlagener Befund</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note (required to override the suggestion)</source>
        <translation>Anmerkung (nötig, um vom Vorschlag abzuweichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm suggested verdict</source>
        <translation>Vorgeschlagenen Befund &amp;bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save verdict</source>
        <translation>Befund &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit claim…</source>
        <translation>Reklamation &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Claim dossier — {0}</source>
        <translation>Reklamationsdossier — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard in force on {0}</source>
        <translation>Der am {0} gültige Standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suggested: {0}</source>
        <translation>Vorschlag: {0}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Say in the note why the verdict differs from the suggestion.</source>
        <translation>Begründen Sie in der Anmerkung, warum der Befund vom Vorschlag abweicht.</translation>
    </message>
</context>
<context>
    <name>ClaimPdfDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/pdf_export.py" line="+166"/>
        <source>Print claim dossier — claim #{0}</source>
        <translation>Reklamationsdossier drucken — Reklamation Nr. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim dossier PDF — claim #{0}</source>
        <translation>Reklamationsdossier als PDF — Reklamation Nr. {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../crmnote/ui/window/colleague_text.py" line="+16"/>
        <source>{who} logged a call with {customer}</source>
        <translation>{who} hat einen Anruf mit {customer} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} logged an email with {customer}</source>
        <translation>{who} hat eine E-Mail mit {customer} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} logged a meeting with {customer}</source>
        <translation>{who} hat ein Treffen mit {customer} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} logged a visit to {customer}</source>
        <translation>{who} hat einen Besuch bei {customer} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} logged a message with {customer}</source>
        <translation>{who} hat eine Nachricht mit {customer} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} logged a contact with {customer}</source>
        <translation>{who} hat einen Kontakt mit {customer} erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} added: {kind} for {customer}</source>
        <translation>{who} hat hinzugefügt: {kind} für {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} changed: {kind} of {customer}</source>
        <translation>{who} hat geändert: {kind} von {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} deleted: {kind} of {customer}</source>
        <translation>{who} hat gelöscht: {kind} von {customer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} added: {kind}</source>
        <translation>{who} hat hinzugefügt: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} changed: {kind}</source>
        <translation>{who} hat geändert: {kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{who} deleted: {kind}</source>
        <translation>{who} hat gelöscht: {kind}</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>A colleague</source>
        <translation>Ein Kollege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back in touch with the team book: showing its latest state</source>
        <translation>Wieder mit dem Team-Notizbuch verbunden: der neueste Stand wird gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} added the customer {customer}</source>
        <translation>{who} hat den Kunden {customer} angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed the book&apos;s settings</source>
        <translation>{who} hat die Einstellungen des Notizbuchs geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed {customer}</source>
        <translation>{who} hat {customer} geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{who} made %n change(s): {kind}</source>
        <translation>
            <numerusform>{who} hat %n Änderung vorgenommen: {kind}</numerusform>
            <numerusform>{who} hat %n Änderungen vorgenommen: {kind}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location line="+2"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed while you were editing</source>
        <translation>Während der Bearbeitung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload shows their version (your changes in this form are dropped). Keep mine saves your changes over theirs; their version stays in the record&apos;s history where one is kept.</source>
        <translation>Neu laden zeigt deren Fassung (Ihre Änderungen in diesem Formular werden verworfen). Meine behalten speichert Ihre Änderungen über deren Fassung; deren Fassung bleibt im Verlauf des Eintrags, wo einer geführt wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They changed:</source>
        <translation>Geändert wurde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This {kind} was changed elsewhere at {when} while you were editing it.</source>
        <translation>Dieser Eintrag ({kind}) wurde um {when} an anderer Stelle geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} changed this {kind} at {when} while you were editing it.</source>
        <translation>{who} hat diesen Eintrag ({kind}) um {when} geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made things better</source>
        <translation>Hat es verbessert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made things worse</source>
        <translation>Hat es verschlechtert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/cost_panel.py" line="+46"/>
        <source>no revenue</source>
        <translation>kein Umsatz</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost / revenue</source>
        <translation>Kosten / Umsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cost by month</source>
        <translation>Kosten nach Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost to serve:</source>
        <translation>Betreuungskosten:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} min ({1} in contacts, {2} effort) × {3}/h = cost {4}; revenue {5}; cost / revenue {6}</source>
        <translation>{0} Min. ({1} in Kontakten, {2} Aufwand) × {3}/h = Kosten {4}; Umsatz {5}; Kosten / Umsatz {6}</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
</context>
<context>
    <name>CostRankingModel</name>
    <message>
        <location filename="../../crmnote/ui/widgets/cost_ranking.py" line="+37"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost / revenue</source>
        <translation>Kosten / Umsatz</translation>
    </message>
</context>
<context>
    <name>CostRankingWindow</name>
    <message>
        <location line="+46"/>
        <source>Cost ranking</source>
        <translation>Kostenrangliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers by cost ratio</source>
        <translation>Kunden nach Kostenverhältnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cost: minutes in contacts and effort × the hourly cost (Settings). Revenue: sales − refunds − credits. Highest cost per unit of revenue first; customers with cost but no revenue come first. Double-click to open a customer.</source>
        <translation>Kosten: Minuten in Kontakten und Aufwand × Stundensatz (Einstellungen). Umsatz: Verkäufe − Erstattungen − Gutschriften. Höchste Kosten je Umsatzeinheit zuerst; Kunden mit Kosten, aber ohne Umsatz stehen ganz oben. Doppelklick öffnet einen Kunden.</translation>
    </message>
</context>
<context>
    <name>CustomerHeader</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/header.py" line="+26"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No contact details</source>
        <translation>Keine Kontaktdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: {0}</source>
        <translation>Betreut von: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags: {0}</source>
        <translation>Schlagwörter: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact: {0}</source>
        <translation>Letzter Kontakt: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="extra_strings.py" line="+10"/>
        <source>Next promise due {0}</source>
        <translation>Nächste Zusage fällig am {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} d</source>
        <translation>{0} T.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
</context>
<context>
    <name>CustomerListPanel</name>
    <message>
        <location filename="../../crmnote/ui/widgets/customer_list.py" line="+86"/>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name, company, email, phone, tag…</source>
        <translation>Name, Firma, E-Mail, Telefon, Schlagwort suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+6"/>
        <source>The list could not be read: {0}</source>
        <translation>Die Liste konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>More than %n customer(s)</source>
        <translation>
            <numerusform>Mehr als %n Kunde</numerusform>
            <numerusform>Mehr als %n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerMap</name>
    <message>
        <location filename="extra_strings.py" line="+4"/>
        <source>Difficult &amp; low trust — refer or decline</source>
        <translation>Schwierig &amp; wenig Vertrauen — weiterverweisen oder ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficult but trusting — reprice / watch</source>
        <translation>Schwierig, aber vertrauensvoll — Preis anpassen / beobachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy &amp; trusting — keep &amp; nurture</source>
        <translation>Einfach &amp; vertrauensvoll — behalten &amp; pflegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Easy but low trust — fix our side</source>
        <translation>Einfach, aber wenig Vertrauen — unsere Seite verbessern</translation>
    </message>
</context>
<context>
    <name>CustomerMapWindow</name>
    <message>
        <location filename="../../crmnote/ui/widgets/customer_map.py" line="+69"/>
        <location line="+24"/>
        <source>Customer map</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Include referred, declined and archived</source>
        <translation>Weiterverwiesene, abgelehnte und archivierte einbeziehen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Difficulty (how hard they are to serve)</source>
        <translation>Schwierigkeit (wie schwer sie zu betreuen sind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust (how much trust we have earned)</source>
        <translation>Vertrauen (wie viel Vertrauen wir uns erworben haben)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{0} and %n other(s) here
difficulty {1:.0f}, trust {2:.0f}</source>
        <translation>
            <numerusform>{0} und %n weiterer Kunde hier
Schwierigkeit {1:.0f}, Vertrauen {2:.0f}</numerusform>
            <numerusform>{0} und %n weitere Kunden hier
Schwierigkeit {1:.0f}, Vertrauen {2:.0f}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}
difficulty {1:.0f}, trust {2:.0f}</source>
        <translation>{0}
Schwierigkeit {1:.0f}, Vertrauen {2:.0f}</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/page.py" line="+80"/>
        <source>New promise…</source>
        <translation>Neue Zusage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept…</source>
        <translation>Eingehalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken…</source>
        <translation>Gebrochen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renegotiate…</source>
        <translation>Neu verhandeln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+35"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>New claim…</source>
        <translation>Neue Reklamation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Verdict…</source>
        <translation>Befund…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Judge…</source>
        <translation>Beurteilen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New money entry…</source>
        <translation>Neue Buchung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New effort…</source>
        <translation>Neuer Aufwand…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money &amp;&amp; effort</source>
        <translation>Geld &amp;&amp; Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/decision.py" line="+61"/>
        <source>Decision about {0}</source>
        <translation>Entscheidung über {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+104"/>
        <source>Who is better placed to help them</source>
        <translation>Wer ihnen besser helfen kann</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>e.g. your project needs weekend support</source>
        <translation>z. B. Ihr Projekt braucht Betreuung am Wochenende</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft again</source>
        <translation>Neu entwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Refer to</source>
        <translation>Verweisen an</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Reason for them</source>
        <translation>Grund für den Kunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Also set the status to {0}</source>
        <translation>Status außerdem auf {0} setzen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Your business</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>[who you refer them to]</source>
        <translation>[an wen Sie verweisen]</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+27"/>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set your business name in Settings to sign the letter.</source>
        <translation>Tragen Sie in den Einstellungen den Namen Ihres Unternehmens ein, um das Schreiben zu unterzeichnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What we will put right</source>
        <translation>Was wir in Ordnung bringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. check the courier&apos;s pick-up times</source>
        <translation>z. B. die Abholzeiten des Kurierdienstes prüfen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Suggest instead</source>
        <translation>Stattdessen empfehlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: another provider to name in the letter</source>
        <translation>Optional: ein anderer Anbieter, der im Schreiben genannt wird</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save the letter</source>
        <translation>Schreiben speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>letter.txt</source>
        <translation>schreiben.txt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the letter: {0}</source>
        <translation>Das Schreiben kann nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Name who you refer them to.</source>
        <translation>Nennen Sie, an wen Sie verweisen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what we will put right.</source>
        <translation>Geben Sie an, was wir in Ordnung bringen.</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="+216"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been written yet. Import writes all of it at once.</source>
        <translation>Noch wurde nichts geschrieben. „Importieren“ schreibt alles auf einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/decisions.py" line="+30"/>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach {0}</source>
        <translation>{0} beifügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim verdict</source>
        <translation>Befund zur Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the {0} “{1}”? You can undo it.</source>
        <oldsource>Delete this {0}? You can undo it.</oldsource>
        <translation>{0} „{1}“ löschen? Sie können es rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge request</source>
        <translation>Anfrage beurteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {0}</source>
        <translation>{0} anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No suggestion: nothing on file decides it.</source>
        <translation>Kein Vorschlag: nichts in den Unterlagen entscheidet es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise cancelled</source>
        <translation>Zusage storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept</source>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove {0}</source>
        <translation>{0} entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renegotiate: new due date</source>
        <translation>Neu verhandeln: neues Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the judgment differs from the suggestion.</source>
        <translation>Begründen Sie, warum die Beurteilung vom Vorschlag abweicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: {0}</source>
        <translation>Vorschlag: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the standards suggest</source>
        <translation>Was die Standards nahelegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} “{1}”</source>
        <translation>{0} „{1}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../crmnote/ui/widgets/evidence.py" line="+79"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach file…</source>
        <translation>Datei beifügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop files here: scans, photos, PDFs, e-mails (.eml).</source>
        <translation>Dateien hierher ziehen: Scans, Fotos, PDFs, E-Mails (.eml).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{0}
{1}, {2}
SHA-256 {3}</source>
        <translation>{0}
{1}, {2}
SHA-256 {3}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Attach evidence files</source>
        <translation>Nachweisdateien beifügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/export_dialog.py" line="+35"/>
        <source>JSON — everything, to import again</source>
        <translation>JSON — alles, zum erneuten Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard — contacts for an address book</source>
        <translation>vCard — Kontakte für ein Adressbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — the customer list</source>
        <translation>CSV — die Kundenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip of CSV files — one per kind</source>
        <translation>Zip mit CSV-Dateien — eine je Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of CSV files — one per kind</source>
        <translation>Ordner mit CSV-Dateien — eine je Art</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+56"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Only the customer shown ({0})</source>
        <translation>Nur der angezeigte Kunde ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export to a folder</source>
        <translation>In einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to {0}…</source>
        <translation>Exportiere nach {0} …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Written to {0}: {1}.</source>
        <translation>Geschrieben nach {0}: {1}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to export</source>
        <translation>nichts zu exportieren</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) were never logged (demo data, imports).</source>
        <translation>
            <numerusform>%n Eintrag wurde nie protokolliert (Demodaten, Importe).</numerusform>
            <numerusform>%n Einträge wurden nie protokolliert (Demodaten, Importe).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(there was none)</source>
        <translation>(es gab keine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A book on a server is restored from its pg_dump file into a new, empty database, with the command crmnote restore (see the user guide).</source>
        <translation>Ein Notizbuch auf einem Server wird aus seiner pg_dump-Datei in eine neue, leere Datenbank wiederhergestellt, mit dem Befehl crmnote restore (siehe Benutzerhandbuch).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to {0}</source>
        <translation>Gesichert nach {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up…</source>
        <oldsource>Backed up to:
{0}</oldsource>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the database…</source>
        <translation>Datenbank wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database checked</source>
        <translation>Datenbank geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database repaired</source>
        <translation>Datenbank repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was restored: {0}</source>
        <translation>Nichts wurde wiederhergestellt: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing wrong found.</source>
        <translation>Keine Fehler gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file at a time: importing {0}; drop the others after it.</source>
        <translation>Eine Datei nach der anderen: {0} wird importiert; ziehen Sie die übrigen danach hierher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repaired:
{0}

The database as it was is kept in:
{1}</source>
        <translation>Repariert:
{0}

Die Datenbank im vorherigen Zustand liegt in:
{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repairing the database…</source>
        <translation>Datenbank wird repariert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the database with {0}?

The database now open is kept aside first. crmnote then restarts to open the restored one.</source>
        <translation>Die Datenbank durch {0} ersetzen?

Die geöffnete Datenbank wird zuerst beiseitegelegt. Danach startet crmnote neu und öffnet die wiederhergestellte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored. The previous database was kept as:
{0}

crmnote restarts now.</source>
        <translation>Wiederhergestellt. Die bisherige Datenbank wurde aufbewahrt als:
{0}

crmnote startet jetzt neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a claim on the Claims tab first</source>
        <translation>Bitte zuerst auf dem Reiter Reklamationen eine Reklamation auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a customer first</source>
        <translation>Bitte zuerst einen Kunden auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself is damaged. A repair cannot mend that: restore a backup (File → Restore from backup…).</source>
        <translation>Die Datei selbst ist beschädigt. Eine Reparatur kann das nicht beheben: Stellen Sie eine Sicherung wieder her (Datei → Aus Sicherung wiederherstellen…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not a file on this computer: nothing to back up.</source>
        <translation>Diese Datenbank ist keine Datei auf diesem Computer: Es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crmnote</source>
        <translation>crmnote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}

Repair these problems? A backup of the database is taken first, into {1}.</source>
        <translation>{0}

Diese Probleme reparieren? Zuerst wird eine Sicherung der Datenbank in {1} angelegt.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="-169"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts as CSV (Google, Outlook, a spreadsheet), vCard or JSON.</source>
        <translation>Kontakte als CSV (Google, Outlook, eine Tabelle), vCard oder JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip them: leave the customer as it is</source>
        <translation>Über&amp;springen: den Kunden so lassen, wie er ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge: add missing emails, phones, tags and notes</source>
        <translation>&amp;Zusammenführen: fehlende E-Mails, Telefonnummern, Schlagwörter und Notizen ergänzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the good rows and skip &amp;invalid ones</source>
        <translation>Gültige Zeilen importieren und &amp;ungültige überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked, nothing is imported while any row is rejected (all or nothing).</source>
        <translation>Nicht angekreuzt wird nichts importiert, solange eine Zeile abgelehnt ist (alles oder nichts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers already here:</source>
        <translation>Bereits vorhandene Kunden:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no file at {0}.</source>
        <translation>Unter {0} gibt es keine Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts (*.csv *.vcf *.vcard *.json);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="extra_strings.py" line="+5"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In forms, Alt and the underlined letter of a label goes to its field.</source>
        <translation>In Formularen springt Alt und der unterstrichene Buchstabe einer Beschriftung in deren Feld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of crmnote came without its user guide (docs/user-guide.md).</source>
        <translation>Diese Ausgabe von crmnote kam ohne ihr Benutzerhandbuch (docs/user-guide.md).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>crmnote user guide</source>
        <translation>crmnote-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>HistoryPdfDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/pdf_export.py" line="-140"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money &amp;&amp; effort</source>
        <translation>Geld &amp;&amp; Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export PDF — {0}</source>
        <translation>PDF exportieren — {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print — {0}</source>
        <translation>Drucken — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="+191"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot import: {0}</source>
        <translation>Import nicht möglich: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} created, {1} matched, {2} merged, {3} rejected.</source>
        <translation>{0} angelegt, {1} zugeordnet, {2} zusammengeführt, {3} abgelehnt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported: some rows are rejected. Fix the file, or go back and tick “skip invalid rows”.</source>
        <translation>Nichts wurde importiert: Einige Zeilen sind abgelehnt. Korrigieren Sie die Datei oder gehen Sie zurück und kreuzen Sie „ungültige Zeilen überspringen“ an.</translation>
    </message>
</context>
<context>
    <name>InsightsBoardWindow</name>
    <message>
        <location filename="../../crmnote/ui/widgets/insights_board.py" line="+50"/>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers of the theme</source>
        <translation>Kunden zum Thema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note: what it tells us, or what we changed</source>
        <translation>Anmerkung: was es uns sagt oder was wir geändert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Promote to insight</source>
        <translation>Zur &amp;Erkenntnis erheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;acted upon</source>
        <translation>Als &amp;umgesetzt markieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>By month (last twelve):</source>
        <translation>Nach Monat (letzte zwölf):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers behind it (double-click to open):</source>
        <translation>Kunden dahinter (Doppelklick öffnet):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaints, suggestions and requests from every customer, by theme. A theme raised by {0} or more customers, or a request judged reasonable, can be promoted to an insight: the business, not the customer, should change.</source>
        <translation>Beschwerden, Vorschläge und Anfragen aller Kunden, nach Thema. Ein Thema, das {0} oder mehr Kunden angesprochen haben, oder eine als angemessen beurteilte Anfrage kann zur Erkenntnis erhoben werden: Das Unternehmen, nicht der Kunde, sollte sich ändern.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a theme</source>
        <translation>Wählen Sie ein Thema</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints: {0}, suggestions: {1}, requests: {2} ({3} reasonable)</source>
        <translation>Beschwerden: {0}, Vorschläge: {1}, Anfragen: {2} ({3} angemessen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Insight: {0}</source>
        <translation>Erkenntnis: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acted upon {0}: {1}</source>
        <translation>Umgesetzt am {0}: {1}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Say in the note what was changed.</source>
        <translation>Schreiben Sie in die Anmerkung, was geändert wurde.</translation>
    </message>
</context>
<context>
    <name>InsightsModel</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>acted upon {0}</source>
        <translation>umgesetzt am {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>can be promoted</source>
        <translation>kann erhoben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../crmnote/ui/models/insights.py" line="+56"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasonable</source>
        <translation>Angemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/join_dialog.py" line="+42"/>
        <source>Join a team book</source>
        <translation>Einem Team-Notizbuch beitreten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This book becomes a field copy of your team&apos;s book: everything works on it offline, and Sync sends your changes to the team book and fetches everyone else&apos;s. An empty book is filled from the team book; a book with records of its own is shown first what offering them to the team would do.</source>
        <translation>Dieses Notizbuch wird eine Arbeitskopie des Team-Notizbuchs: Alles funktioniert damit auch offline, und Synchronisieren sendet Ihre Änderungen an das Team-Notizbuch und holt die der anderen. Ein leeres Notizbuch wird aus dem Team-Notizbuch gefüllt; bei einem Notizbuch mit eigenen Einträgen sehen Sie zuerst, was das Anbieten dieser Einträge an das Team bewirken würde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>postgresql+psycopg://anna@db.example.lan/crm</source>
        <translation>postgresql+psycopg://anna@db.example.lan/crm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave empty to use ~/.pgpass</source>
        <translation>leer lassen, um ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team book:</source>
        <translation>Team-Notizbuch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only my customers (the ones I own or served)</source>
        <translation>Nur meine Kunden (die ich betreue oder bedient habe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The laptop holds only your customers with their records; a customer handed to you later arrives with the next sync. For a new, empty book.</source>
        <translation>Der Laptop enthält nur Ihre Kunden mit ihren Einträgen; ein Kunde, den Sie später übernehmen, kommt mit der nächsten Synchronisierung. Für ein neues, leeres Notizbuch.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+22"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the team book, as in the example.</source>
        <translation>Geben Sie das Team-Notizbuch wie im Beispiel an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting to the team book…</source>
        <translation>Verbindung zum Team-Notizbuch wird hergestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copying the team book to this computer…</source>
        <translation>Das Team-Notizbuch wird auf diesen Computer kopiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer my records and join</source>
        <translation>Meine Einträge anbieten und beitreten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This book is a field copy of {0} now.</source>
        <translation>Dieses Notizbuch ist jetzt eine Arbeitskopie von {0}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>It holds only your customers: %n customer(s) of others left out.</source>
        <translation>
            <numerusform>Es enthält nur Ihre Kunden: %n Kunde anderer ausgelassen.</numerusform>
            <numerusform>Es enthält nur Ihre Kunden: %n Kunden anderer ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This book has records of its own. Offered to the team book:</source>
        <translation>Dieses Notizbuch hat eigene Einträge. Dem Team-Notizbuch angeboten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: {1} new, {2} the team book has already</source>
        <translation>{0}: {1} neu, {2} hat das Team-Notizbuch schon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  matched with the team&apos;s “{0}”</source>
        <translation>  zugeordnet zu „{0}“ des Teams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  refused: {0} {1}: {2}</source>
        <translation>  abgelehnt: {0} {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has changed yet. Offer them, and this book is then filled from the team book; the book as it is now is kept as a backup.</source>
        <translation>Noch wurde nichts geändert. Bieten Sie sie an, dann wird dieses Notizbuch aus dem Team-Notizbuch gefüllt; das Notizbuch in seinem jetzigen Zustand wird als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: {0}</source>
        <translation>Es wurde nichts geändert: {0}</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <location filename="../../crmnote/ui/loading.py" line="+23"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not read: {0}</source>
        <translation>Konnte nicht gelesen werden: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crmnote/ui/window/main_window.py" line="+82"/>
        <source>crmnote — {0}</source>
        <translation>crmnote — {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n promise(s) due or overdue.</source>
        <translation>
            <numerusform>%n Zusage fällig oder überfällig.</numerusform>
            <numerusform>%n Zusagen fällig oder überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+265"/>
        <source>Show Today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo {0}</source>
        <translation>{0} &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo {0}</source>
        <translation>{0} &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Select a customer first</source>
        <translation>Bitte zuerst einen Kunden auswählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+3"/>
        <source>Saved: {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Demo data can only be loaded into an empty book</source>
        <translation>Demodaten lassen sich nur in ein leeres Notizbuch laden</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n file(s) attached as evidence.</source>
        <translation>
            <numerusform>%n Datei als Nachweis beigefügt.</numerusform>
            <numerusform>%n Dateien als Nachweis beigefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not attached: {0}</source>
        <translation>Nicht beigefügt: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>crmnote</source>
        <translation>crmnote</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Promise due: {0} — {1}</source>
        <translation>Zusage fällig: {0} — {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n promise(s) fell due.</source>
        <translation>
            <numerusform>%n Zusage ist fällig geworden.</numerusform>
            <numerusform>%n Zusagen sind fällig geworden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated with changes made outside this window</source>
        <translation>Mit Änderungen von außerhalb dieses Fensters aktualisiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fifty made-up customers to try crmnote with</source>
        <translation>Fünfzig erfundene Kunden, um crmnote auszuprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for an empty book: demo customers would mix with real ones</source>
        <translation>Nur für ein leeres Notizbuch: Demokunden würden sich mit echten vermischen</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>Signed in as {0} ({1})</source>
        <translation>Angemeldet als {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This book is read-only: you can read it but not change it.</source>
        <translation>Dieses Notizbuch ist schreibgeschützt: Sie können es lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed in as {0}, a viewer of this team book: you can read it but not change it.</source>
        <translation>Sie sind als {0} angemeldet, Leser dieses Team-Notizbuchs: Sie können es lesen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="-210"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} file: fields are read by name.</source>
        <translation>{0}-Datei: Felder werden nach ihrem Namen gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be read: {0}</source>
        <translation>Die Datei kann nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Encoding {0}, delimiter “{1}”, %n column(s). Choose a field or “ignore” for a column detected wrongly.</source>
        <translation>
            <numerusform>Kodierung {0}, Trennzeichen „{1}“, %n Spalte. Wählen Sie für eine falsch erkannte Spalte ein Feld oder „ignorieren“.</numerusform>
            <numerusform>Kodierung {0}, Trennzeichen „{1}“, %n Spalten. Wählen Sie für eine falsch erkannte Spalte ein Feld oder „ignorieren“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detected: {0}</source>
        <translation>erkannt: {0}</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <location filename="../../crmnote/ui/widgets/month_bars.py" line="+59"/>
        <source>Nothing by month yet</source>
        <translation>Noch nichts nach Monat</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/move_dialog.py" line="+35"/>
        <source>Move to a team server</source>
        <translation>Auf einen Team-Server umziehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copies this whole book (customers, every record, the change log and the scores) into an empty PostgreSQL database on your team&apos;s server, then checks the copy against this book. This book stays as it is on this computer.</source>
        <translation>Kopiert dieses ganze Notizbuch (Kunden, alle Einträge, das Änderungsprotokoll und die Werte) in eine leere PostgreSQL-Datenbank auf dem Server Ihres Teams und prüft die Kopie anschließend gegen dieses Notizbuch. Dieses Notizbuch bleibt unverändert auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>postgresql+psycopg://anna@db.example.lan/crm</source>
        <translation>postgresql+psycopg://anna@db.example.lan/crm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave empty to use ~/.pgpass</source>
        <translation>leer lassen, um ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server database:</source>
        <translation>Datenbank auf dem Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy to the server</source>
        <translation>Auf den Server kopieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name the server database, as in the example.</source>
        <translation>Geben Sie die Datenbank auf dem Server an, wie im Beispiel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copying {0}…</source>
        <translation>Kopiere {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Building the server&apos;s search index ({0})…</source>
        <translation>Erstelle den Suchindex auf dem Server ({0})…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the records into the change log for sync ({0})…</source>
        <translation>Schreibe die Datensätze ins Änderungsprotokoll für den Abgleich ({0})…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the copy against this book ({0})…</source>
        <translation>Prüfe die Kopie gegen dieses Notizbuch ({0})…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied {0} rows into {1}. Every table&apos;s count and content match this book (checksum {2}…).

To work on the team book, start crmnote with --db {1} (see the user guide, “A team book”).</source>
        <translation>{0} Zeilen nach {1} kopiert. Anzahl und Inhalt jeder Tabelle stimmen mit diesem Notizbuch überein (Prüfsumme {2}…).

Um mit dem Team-Notizbuch zu arbeiten, starten Sie crmnote mit --db {1} (siehe Benutzerhandbuch, „Ein Team-Notizbuch“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped: nothing was copied to the server.</source>
        <translation>Angehalten: Nichts wurde auf den Server kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was copied: {0}</source>
        <translation>Nichts wurde kopiert: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../crmnote/ui/window/notice_bar.py" line="+38"/>
        <source>Act on this notice</source>
        <translation>Auf diesen Hinweis reagieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/pdf_preview.py" line="+56"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Laying out the pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="extra_strings.py" line="+5"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the passphrase in the system keyring, so crmnote opens without asking.</source>
        <translation>Bewahrt die Passphrase im Schlüsselbund des Systems auf, sodass crmnote ohne Nachfrage öffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring is available: the passphrase is asked at every start.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Die Passphrase wird bei jedem Start abgefragt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase does not open the database. Try again.</source>
        <translation>Mit dieser Passphrase lässt sich die Datenbank nicht öffnen. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote — encrypted database</source>
        <translation>crmnote — verschlüsselte Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is encrypted. Enter its passphrase to open it.</source>
        <translation>{0} ist verschlüsselt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location line="+6"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The pages could not be laid out.</source>
        <translation>Die Seiten konnten nicht gesetzt werden.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Nothing was printed: {0}</source>
        <translation>Nichts wurde gedruckt: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sent %n page(s) to {0}</source>
        <translation>
            <numerusform>%n Seite an {0} gesendet</numerusform>
            <numerusform>%n Seiten an {0} gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing {0}…</source>
        <translation>{0} wird geschrieben…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>%n Seite in {0} gespeichert</numerusform>
            <numerusform>%n Seiten in {0} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>PromiseFlags</name>
    <message>
        <location filename="../../crmnote/ui/window/promise_flags.py" line="+24"/>
        <source>This promise allows {0} {1} where the standard “{2}” in force says {3} {1}.</source>
        <translation>Diese Zusage erlaubt {0} {1}, wo der gültige Standard „{2}“ {3} {1} vorsieht.</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/quick_log.py" line="+50"/>
        <source>Quick log</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type part of a name</source>
        <translation>Teil eines Namens eingeben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>They contacted us</source>
        <translation>Sie haben uns kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>Wir haben sie kontaktiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing else</source>
        <translation>Sonst nichts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was promised, claimed or asked</source>
        <translation>Was zugesagt, beanstandet oder erbeten wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Also record</source>
        <translation>&amp;Außerdem erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create “{0}” as a new customer</source>
        <translation>„{0}“ als neuen Kunden anlegen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new customer, created when you save</source>
        <translation>Ein neuer Kunde, angelegt beim Speichern</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Log {0} with {1}</source>
        <translation>{0} mit {1} erfassen</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/record_form.py" line="+143"/>
        <source>{0} (read only)</source>
        <translation>{0} (nur lesen)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Their version is shown now; make your change again if it is needed.</source>
        <translation>Jetzt wird deren Fassung gezeigt; nehmen Sie Ihre Änderung erneut vor, falls sie nötig ist.</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/record_history.py" line="+31"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first logged</source>
        <translation>erstmals protokolliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased</source>
        <translation>getilgt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%n field(s) set</source>
        <translation>%n Feld(er) gesetzt</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+18"/>
        <source>(redacted when the customer was erased)</source>
        <translation>(geschwärzt, als der Kunde getilgt wurde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the record as first found)</source>
        <translation>(der Eintrag, wie er zuerst vorgefunden wurde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash: {0}</source>
        <translation>Prüfsumme: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} by {1} at {2}</source>
        <translation>{0} von {1} am {2}</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/record_history.py" line="+29"/>
        <source>History of {0} {1}</source>
        <translation>Verlauf von {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions of the record</source>
        <translation>Fassungen des Eintrags</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No version of this record has been logged.</source>
        <translation>Von diesem Eintrag wurde keine Fassung protokolliert.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/record_tab.py" line="+63"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/score_chart.py" line="+46"/>
        <source>No score history yet: scores move as records are added.</source>
        <translation>Noch kein Verlauf der Kennzahlen: Sie bewegen sich, sobald Einträge hinzukommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+44"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/scores_tab.py" line="+57"/>
        <source>Both scores</source>
        <translation>Beide Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What moved the scores</source>
        <translation>Was die Kennzahlen bewegt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to open the record</source>
        <translation>Doppelklick oder Eingabetaste öffnet den Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What moved the scores:</source>
        <translation>Was die Kennzahlen bewegt hat:</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Difficulty {0:.0f} = neutral start {1:.0f} {2} from %n event(s).</source>
        <translation>
            <numerusform>Schwierigkeit {0:.0f} = neutraler Start {1:.0f} {2} aus %n Ereignis.</numerusform>
            <numerusform>Schwierigkeit {0:.0f} = neutraler Start {1:.0f} {2} aus %n Ereignissen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Trust {0:.0f} = neutral start {1:.0f} {2} from %n event(s).</source>
        <translation>
            <numerusform>Vertrauen {0:.0f} = neutraler Start {1:.0f} {2} aus %n Ereignis.</numerusform>
            <numerusform>Vertrauen {0:.0f} = neutraler Start {1:.0f} {2} aus %n Ereignissen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {0} largest of {1} moves</source>
        <translation>Die {0} größten von {1} Bewegungen</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <location filename="../../crmnote/ui/window/screens.py" line="+125"/>
        <source>The book&apos;s settings are its owner&apos;s to change.</source>
        <translation>Die Einstellungen des Notizbuchs ändert sein Inhaber.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can read this book but not change it.</source>
        <translation>Sie können dieses Notizbuch lesen, aber nicht ändern.</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../crmnote/ui/models/search_hits.py" line="+49"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../crmnote/ui/widgets/search_box.py" line="+54"/>
        <location line="+21"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search notes, promises, claims… (Ctrl+F)</source>
        <translation>Notizen, Zusagen, Reklamationen durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words, &quot;an exact phrase&quot;, prefix*, AND / OR / NOT. Enter searches; Down moves into the results, where Enter opens a hit</source>
        <translation>Wörter, &quot;eine genaue Wortfolge&quot;, Anfang*, AND / OR / NOT. Die Eingabetaste sucht; Pfeil nach unten führt in die Ergebnisse, wo die Eingabetaste einen Treffer öffnet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ranking every match…</source>
        <translation>Alle Treffer werden nach Relevanz geordnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rank every match</source>
        <translation>Alle Treffer nach Relevanz ordnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hit(s), best first among the {0} newest matches</source>
        <translation>
            <numerusform>%n Treffer, bester zuerst unter den {0} neuesten Treffern</numerusform>
            <numerusform>%n Treffer, beste zuerst unter den {0} neuesten Treffern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search failed: {0}</source>
        <translation>Suche fehlgeschlagen: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n hit(s), best first</source>
        <translation>
            <numerusform>%n Treffer, bester zuerst</numerusform>
            <numerusform>%n Treffer, beste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <location filename="../../crmnote/ui/startup/server_password.py" line="+41"/>
        <source>crmnote — sign in to the team book</source>
        <translation>crmnote — beim Team-Notizbuch anmelden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in as:</source>
        <translation>Anmeldung als:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember it in the system keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept for this role, server and database; crmnote team sign-out forgets it.</source>
        <translation>Gespeichert für diese Rolle, diesen Server und diese Datenbank; crmnote team sign-out vergisst es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open a local file…</source>
        <translation>&amp;Lokale Datei öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/settings_dialog.py" line="+71"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printed on PDFs and referral messages</source>
        <translation>Erscheint auf PDFs und Weiterverweisungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>e.g. USD=0.92, JPY=0.0062</source>
        <translation>z. B. USD=0.92, JPY=0.0062</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What 1 unit of another currency is worth in the home currency: the rate a new amount in it takes when none is given with it</source>
        <translation>Was 1 Einheit einer anderen Währung in der Hauswährung wert ist: der Kurs, den ein neuer Betrag in ihr erhält, wenn keiner angegeben ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. DE, or US-CA; empty: weekends only</source>
        <translation>z. B. DE oder US-CA; leer: nur Wochenenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None: numbers carry their +country code</source>
        <translation>Keines: Nummern tragen ihre +Ländervorwahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly cost of staff time</source>
        <translation>Stundensatz der Mitarbeiterzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home currency</source>
        <translation>Hauswährung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rates of other currencies</source>
        <translation>Standardkurse anderer Währungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country for public holidays</source>
        <translation>Land der gesetzlichen Feiertage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country of phone numbers without +code</source>
        <translation>Land von Telefonnummern ohne +Vorwahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises are due soon within (days)</source>
        <translation>Zusagen sind bald fällig innerhalb von (Tagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep automatic backups (days)</source>
        <translation>Automatische Sicherungen aufbewahren (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest evidence file (MB)</source>
        <translation>Größte Nachweisdatei (MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files in all (MB)</source>
        <translation>Nachweisdateien insgesamt (MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me of due promises when crmnote is closed (at login and daily)</source>
        <translation>An fällige Zusagen erinnern, wenn crmnote geschlossen ist (bei der Anmeldung und täglich)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changing the weights recomputes every customer&apos;s scores and their history.</source>
        <translation>Geänderte Gewichte berechnen die Kennzahlen aller Kunden und ihren Verlauf neu.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recomputing every customer&apos;s scores…</source>
        <translation>Kennzahlen aller Kunden werden neu berechnet…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A three-letter code such as EUR</source>
        <translation>Ein Code aus drei Buchstaben wie EUR</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>crmnote: reminders of promises falling due</source>
        <translation>crmnote: Erinnerungen an fällige Zusagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminders could not be set up: {0}</source>
        <translation>Die Erinnerungen konnten nicht eingerichtet werden: {0}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recomputing scores: %v of %m customers</source>
        <translation>Kennzahlen werden neu berechnet: %v von %m Kunden</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../crmnote/ui/startup/first_paint.py" line="+67"/>
        <source>crmnote — {0}</source>
        <translation>crmnote — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>StaffReportModel</name>
    <message>
        <location filename="../../crmnote/ui/models/staff_report.py" line="+47"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions they handled</source>
        <translation>Von ihnen bearbeitete Kontakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers they had interactions with</source>
        <translation>Kunden, mit denen sie Kontakt hatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average customer mood in their interactions (−2 hostile … +2 delighted)</source>
        <translation>Durchschnittliche Kundenstimmung in ihren Kontakten (−2 feindselig … +2 begeistert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises they made that were kept</source>
        <translation>Von ihnen gegebene Zusagen, die eingehalten wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises they made that were broken</source>
        <translation>Von ihnen gegebene Zusagen, die gebrochen wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substantiated claims about their work</source>
        <translation>Begründete Reklamationen zu ihrer Arbeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers also served by others, over which difficulty is compared</source>
        <translation>Kunden, die auch andere betreuen und über die die Schwierigkeit verglichen wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With them</source>
        <translation>Mit ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average difficulty of those customers over this staff member&apos;s events</source>
        <translation>Durchschnittliche Schwierigkeit dieser Kunden über die Ereignisse dieses Mitarbeiters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With others</source>
        <translation>Mit anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average difficulty of the same customers over everyone else&apos;s events</source>
        <translation>Durchschnittliche Schwierigkeit derselben Kunden über die Ereignisse aller anderen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With them minus with others: large positive values ask “is it us?”</source>
        <translation>Mit ihnen minus mit anderen: Große positive Werte fragen „Liegt es an uns?“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers where friction concentrates with this staff member</source>
        <translation>Kunden, bei denen sich Reibung bei diesem Mitarbeiter häuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Across the team</source>
        <translation>Im ganzen Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty over every event this staff member handled, all customers</source>
        <translation>Schwierigkeit über alle Ereignisse dieses Mitarbeiters, alle Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest of team</source>
        <translation>Übriges Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty over every other staff member&apos;s events, all customers</source>
        <translation>Schwierigkeit über die Ereignisse aller anderen Mitarbeiter, alle Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enough interactions on both sides, and at least the margin above the rest of the team: is it us?</source>
        <translation>Genug Kontakte auf beiden Seiten und mindestens die Spanne über dem übrigen Team: Liegt es an uns?</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>StaffReportWindow</name>
    <message>
        <location filename="../../crmnote/ui/widgets/staff_report.py" line="+47"/>
        <source>Staff report</source>
        <translation>Mitarbeiterbericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparing: %v of %m customers</source>
        <translation>Vergleich: %v von %m Kunden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Comparing difficulty per staff member…</source>
        <translation>Schwierigkeit je Mitarbeiter wird verglichen…</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message numerus="yes">
        <location line="+96"/>
        <source>“With them” and “with others” average the difficulty of the %n customer(s) served by two or more staff members, each computed over only that staff member&apos;s events and over everyone else&apos;s. A large positive difference asks: is it us?</source>
        <translation>
            <numerusform>„Mit ihnen“ und „mit anderen“ mitteln die Schwierigkeit des %n Kunden, den zwei oder mehr Mitarbeiter betreuen, jeweils berechnet nur über die Ereignisse dieses Mitarbeiters und über die aller anderen. Ein großer positiver Unterschied fragt: Liegt es an uns?</numerusform>
            <numerusform>„Mit ihnen“ und „mit anderen“ mitteln die Schwierigkeit der %n Kunden, die zwei oder mehr Mitarbeiter betreuen, jeweils berechnet nur über die Ereignisse dieses Mitarbeiters und über die aller anderen. Ein großer positiver Unterschied fragt: Liegt es an uns?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped early: the comparison covers part of the customers.</source>
        <translation>Vorzeitig angehalten: Der Vergleich umfasst nur einen Teil der Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“Across the team” compares each staff member&apos;s difficulty over all their customers with the rest of the team&apos;s: an outlier handled at least {0} interactions, so did the rest, and is {1:g} points or more above them. The customer advice mentions it.</source>
        <translation>„Im ganzen Team“ vergleicht die Schwierigkeit jedes Mitarbeiters über alle seine Kunden mit der des übrigen Teams: Ein Ausreißer hatte mindestens {0} Kontakte, das übrige Team ebenso, und liegt {1:g} Punkte oder mehr darüber. Die Empfehlung beim Kunden nennt ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outliers: {0}.</source>
        <translation>Ausreißer: {0}.</translation>
    </message>
</context>
<context>
    <name>StandardsWindow</name>
    <message>
        <location filename="../../crmnote/ui/widgets/standards_window.py" line="+79"/>
        <source>Standards catalogue</source>
        <translation>Standardkatalog</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standards and versions</source>
        <translation>Standards und Fassungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standards report</source>
        <translation>Standardbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New standard…</source>
        <translation>&amp;Neuer Standard…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revise…</source>
        <translation>&amp;Überarbeiten…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Versions (a revision starts a new dated version)</source>
        <translation>Fassungen (eine Überarbeitung beginnt eine neue datierte Fassung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standards report: promises made against each, and claims</source>
        <translation>Standardbericht: die an jedem gemessenen Zusagen und die Reklamationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upheld: claims judged substantiated or partly substantiated.</source>
        <translation>Bestätigt: als begründet oder teilweise begründet beurteilte Reklamationen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Revise standard: new version from</source>
        <translation>Standard überarbeiten: neue Fassung ab</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revise standard</source>
        <translation>Standard überarbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change something to make a new version</source>
        <translation>ändern Sie etwas, um eine neue Fassung anzulegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force</source>
        <translation>gültig</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../crmnote/ui/window/start_page.py" line="+18"/>
        <source>Welcome to crmnote</source>
        <translation>Willkommen bei crmnote</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your notebook is empty. Keep what happened with each customer, what you promised, what they claimed and asked — and see how difficult they are to serve and how much trust you have earned.</source>
        <translation>Ihr Notizbuch ist leer. Halten Sie fest, was mit jedem Kunden geschehen ist, was Sie zugesagt haben, was er beanstandet und erbeten hat — und sehen Sie, wie schwierig er zu betreuen ist und wie viel Vertrauen Sie sich erworben haben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add your first customer…</source>
        <translation>Ersten Kunden anlegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load demo data (50 customers)</source>
        <translation>Demodaten laden (50 Kunden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data is not available in this build</source>
        <translation>Demodaten sind in dieser Ausgabe nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>An empty database is only started if you choose it.</source>
        <translation>Eine leere Datenbank wird nur angelegt, wenn Sie das wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a crmnote database</source>
        <translation>crmnote-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a local file…</source>
        <translation>Lokale Datei öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start an empty database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The damaged file will be renamed aside, not deleted, whatever you choose.</source>
        <translation>Die beschädigte Datei wird in jedem Fall umbenannt und beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file is empty, but there are backups of it.</source>
        <translation>Die Datenbankdatei ist leer, aber es gibt Sicherungen davon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The team book on the server cannot be opened.</source>
        <translation>Das Team-Notizbuch auf dem Server lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is read-only (read-only media, or a file that may not be changed): you can read everything, but changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt (schreibgeschützter Datenträger oder eine Datei, die nicht geändert werden darf): Sie können alles lesen, Änderungen lassen sich aber nicht speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote</source>
        <translation>crmnote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote databases (*.sqlite3 *.db)</source>
        <translation>crmnote-Datenbanken (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote — damaged database</source>
        <translation>crmnote — beschädigte Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote — empty database</source>
        <translation>crmnote — leere Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote — team book</source>
        <translation>crmnote — Team-Notizbuch</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../../crmnote/ui/window/sync_commands.py" line="+166"/>
        <source>Syncing with the team book…</source>
        <translation>Synchronisieren mit dem Team-Notizbuch…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Synced: {0}, {1}</source>
        <translation>Synchronisiert: {0}, {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sent %n change(s)</source>
        <translation>
            <numerusform>%n Änderung gesendet</numerusform>
            <numerusform>%n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>received %n change(s)</source>
        <translation>
            <numerusform>%n Änderung empfangen</numerusform>
            <numerusform>%n Änderungen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sync conflict(s) to look at</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt zu prüfen</numerusform>
            <numerusform>%n Synchronisierungskonflikte zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) stay here: you may only read the team book</source>
        <translation>
            <numerusform>%n Änderung bleibt hier: Sie dürfen das Team-Notizbuch nur lesen</numerusform>
            <numerusform>%n Änderungen bleiben hier: Sie dürfen das Team-Notizbuch nur lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s) changed outside crmnote are held back (Check database)</source>
        <translation>
            <numerusform>%n außerhalb von crmnote geänderter Eintrag wird zurückgehalten (Datenbank prüfen)</numerusform>
            <numerusform>%n außerhalb von crmnote geänderte Einträge werden zurückgehalten (Datenbank prüfen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) handed on to someone else left this copy</source>
        <translation>
            <numerusform>%n an jemand anderen übergebener Kunde hat diese Kopie verlassen</numerusform>
            <numerusform>%n an jemand anderen übergebene Kunden haben diese Kopie verlassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n customer(s) handed on to someone else stay until your changes are synced</source>
        <translation>
            <numerusform>%n an jemand anderen übergebener Kunde bleibt, bis Ihre Änderungen synchronisiert sind</numerusform>
            <numerusform>%n an jemand anderen übergebene Kunden bleiben, bis Ihre Änderungen synchronisiert sind</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last sync did not happen: {0}</source>
        <translation>Die letzte Synchronisierung fand nicht statt: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was synced: {0}</source>
        <translation>Es wurde nichts synchronisiert: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team book password</source>
        <translation>Passwort des Team-Notizbuchs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

Password (kept until crmnote closes):</source>
        <translation>{0}

Passwort (bleibt bis zum Beenden von crmnote gespeichert):</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/sync_conflicts.py" line="+33"/>
        <source>changed on two sides</source>
        <translation>auf zwei Seiten geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reworded while it was closed elsewhere</source>
        <translation>umformuliert, während sie anderswo abgeschlossen wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted on one side, edited on the other: it stays</source>
        <translation>auf einer Seite gelöscht, auf der anderen bearbeitet: bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted on one side while their records changed on the other: kept</source>
        <translation>auf einer Seite gelöscht, während sich Einträge dazu auf der anderen geändert haben: behalten</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+21"/>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>When two people changed the same thing while apart, the later change was kept and the other set aside here. Confirm keeps the value the record has; Restore puts the set-aside value back. Either way it reaches every copy with the next sync.</source>
        <translation>Wenn zwei Personen unabhängig voneinander dasselbe geändert haben, wurde die spätere Änderung übernommen und die andere hier zurückgelegt. Bestätigen behält den Wert, den der Eintrag hat; Wiederherstellen setzt den zurückgelegten Wert wieder ein. So oder so erreicht es mit der nächsten Synchronisierung jede Kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation>Zurückgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sync conflicts: nothing was set aside.</source>
        <translation>Keine Synchronisierungskonflikte: nichts wurde zurückgelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore set-aside value</source>
        <translation>Zurückgelegten Wert &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the whole record</source>
        <translation>der ganze Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept, with the edit</source>
        <translation>behalten, mit der Bearbeitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the delete</source>
        <translation>das Löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kept: written by {0} on {1}. Set aside: written by {2} on {3}.</source>
        <translation>Behalten: geschrieben von {0} am {1}. Zurückgelegt: geschrieben von {2} am {3}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <location filename="../../crmnote/ui/window/sync_commands.py" line="-173"/>
        <source>%n change(s) not yet synced</source>
        <translation>
            <numerusform>%n Änderung noch nicht synchronisiert</numerusform>
            <numerusform>%n Änderungen noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt</numerusform>
            <numerusform>%n Synchronisierungskonflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last sync {0}</source>
        <translation>zuletzt synchronisiert {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not synced yet</source>
        <translation>noch nie synchronisiert</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../crmnote/ui/models/timeline.py" line="+97"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/timeline_tab.py" line="+44"/>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim &amp;dossier…</source>
        <translation>Reklamations&amp;dossier…</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../crmnote/ui/widgets/today_view.py" line="+73"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Today&apos;s agenda</source>
        <translation>Heutige Aufgaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+9"/>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Promises due soon</source>
        <translation>Bald fällige Zusagen</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>Claims awaiting a verdict</source>
        <translation>Reklamationen ohne Befund</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Requests awaiting a judgment</source>
        <translation>Anfragen ohne Beurteilung</translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>Claims pending longer than %n day(s)</source>
        <translation>
            <numerusform>Reklamationen, die länger als %n Tag offen sind</numerusform>
            <numerusform>Reklamationen, die länger als %n Tage offen sind</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our side to fix</source>
        <translation>Auf unserer Seite zu verbessern</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) waiting</source>
        <translation>
            <numerusform>wartet seit %n Tag</numerusform>
            <numerusform>wartet seit %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsForm</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/weights_form.py" line="+28"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half-life (days)</source>
        <translation>Halbwertszeit (Tage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Promise kept</source>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promise kept late</source>
        <translation>Zusage verspätet eingehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promise renegotiated</source>
        <translation>Zusage neu verhandelt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Claim substantiated</source>
        <translation>Reklamation begründet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim partly substantiated</source>
        <translation>Reklamation teilweise begründet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reasonable request granted</source>
        <translation>Angemessene Anfrage gewährt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quick resolution (days)</source>
        <translation>Schnelle Lösung (Tage)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery by resolution</source>
        <translation>Ausgleich durch Lösung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>How fast the past fades: an event this many days old counts half as much as one today.</source>
        <translation>Wie schnell die Vergangenheit verblasst: Ein Ereignis, das so viele Tage alt ist, zählt halb so viel wie eines von heute.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting trust: promises kept</source>
        <translation>Startvertrauen: eingehaltene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new customer is trusted as if we had already kept this many promises to them.</source>
        <translation>Einem neuen Kunden gegenüber gilt das Vertrauen, als hätten wir schon so viele Zusagen eingehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting trust: promises broken</source>
        <translation>Startvertrauen: gebrochene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and broken this many; with the line above it sets where trust starts (equal: 50).</source>
        <translation>…und so viele gebrochen; zusammen mit der Zeile darüber legt das fest, wo das Vertrauen beginnt (gleich: 50).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much one promise kept on time raises trust.</source>
        <translation>Wie sehr eine pünktlich eingehaltene Zusage das Vertrauen erhöht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much a promise kept after its due date still counts as kept (less than on time).</source>
        <translation>Wie viel eine nach dem Fälligkeitsdatum eingehaltene Zusage noch als eingehalten zählt (weniger als pünktlich).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much one broken promise counts against us; more than 1: a broken promise weighs more than a kept one.</source>
        <translation>Wie sehr eine gebrochene Zusage gegen uns zählt; mehr als 1: Eine gebrochene Zusage wiegt schwerer als eine eingehaltene.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much moving a due date with the customer&apos;s agreement counts against us.</source>
        <translation>Wie sehr das Verschieben eines Fälligkeitsdatums im Einvernehmen mit dem Kunden gegen uns zählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How much a claim against us that was founded lowers trust.</source>
        <translation>Wie sehr eine begründete Reklamation gegen uns das Vertrauen senkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The same for a claim that was partly founded.</source>
        <translation>Dasselbe für eine teilweise begründete Reklamation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much granting a request judged reasonable raises trust.</source>
        <translation>Wie sehr das Gewähren einer als angemessen beurteilten Anfrage das Vertrauen erhöht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How much praise from the customer raises trust: a nudge, weak evidence that we deliver.</source>
        <translation>Wie sehr Lob des Kunden das Vertrauen erhöht: ein kleiner Anstoß, ein schwacher Beleg, dass wir liefern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A founded claim put right within this many days gives back all the trust it cost.</source>
        <translation>Eine begründete Reklamation, die innerhalb so vieler Tage behoben wird, gibt das ganze Vertrauen zurück, das sie gekostet hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The share of a founded claim&apos;s cost a resolution gives back later than that (0 to 1).</source>
        <translation>Der Anteil der Kosten einer begründeten Reklamation, den eine spätere Lösung zurückgibt (0 bis 1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting difficulty: friction</source>
        <translation>Startschwierigkeit: Reibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new customer counts as if this much friction had already happened…</source>
        <translation>Ein neuer Kunde zählt, als hätte es schon so viel Reibung gegeben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting difficulty: contacts</source>
        <translation>Startschwierigkeit: Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…over this many contacts; the two set where difficulty starts and how fast evidence moves it.</source>
        <translation>…über so viele Kontakte; beide legen fest, wo die Schwierigkeit beginnt und wie schnell Belege sie bewegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steepness</source>
        <translation>Steilheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How quickly friction per contact turns into a high difficulty score.</source>
        <translation>Wie schnell Reibung je Kontakt zu einer hohen Schwierigkeit wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hostile contact</source>
        <translation>Feindseliger Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from one contact marked hostile (mood −2).</source>
        <translation>Reibung durch einen als feindselig markierten Kontakt (Stimmung −2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Frustrated contact</source>
        <translation>Verärgerter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from one contact marked frustrated (mood −1).</source>
        <translation>Reibung durch einen als verärgert markierten Kontakt (Stimmung −1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unsubstantiated claim</source>
        <translation>Unbegründete Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a claim that proved unfounded: the heaviest, an accusation costs time and goodwill.</source>
        <translation>Reibung durch eine Reklamation, die sich als unbegründet erwies: die schwerste, ein Vorwurf kostet Zeit und Wohlwollen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partly substantiated</source>
        <translation>Teilweise begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a claim that was only partly founded.</source>
        <translation>Reibung durch eine nur teilweise begründete Reklamation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undeterminable claim</source>
        <translation>Nicht feststellbare Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a claim whose truth could not be established.</source>
        <translation>Reibung durch eine Reklamation, deren Wahrheit sich nicht feststellen ließ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unreasonable request</source>
        <translation>Unangemessene Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a request judged unreasonable.</source>
        <translation>Reibung durch eine als unangemessen beurteilte Anfrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renegotiation</source>
        <translation>Neuverhandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a customer asking to renegotiate what was agreed.</source>
        <translation>Reibung durch einen Kunden, der Vereinbartes neu verhandeln will.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a return of goods.</source>
        <translation>Reibung durch eine Rücksendung von Waren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friction from a complaint recorded as feedback.</source>
        <translation>Reibung durch eine als Rückmeldung erfasste Beschwerde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost to serve: most points</source>
        <translation>Betreuungskosten: höchstens Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most difficulty points serving a customer who costs more than they bring can add.</source>
        <translation>Die meisten Schwierigkeitspunkte, die ein Kunde hinzufügen kann, der mehr kostet, als er einbringt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cost to serve: from ratio</source>
        <translation>Betreuungskosten: ab Verhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cost term starts when cost to serve exceeds this many times the revenue.</source>
        <translation>Der Kostenanteil beginnt, wenn die Betreuungskosten dieses Vielfache des Umsatzes übersteigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prospect&apos;s allowance (hours)</source>
        <translation>Spielraum für Interessenten (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A customer with no sales may take this many hours before it counts as cost without income.</source>
        <translation>So viele Stunden darf ein Kunde ohne Verkäufe beanspruchen, bevor es als Kosten ohne Einnahmen zählt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue after (days of grace)</source>
        <translation>Überfällig nach (Tage Nachfrist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An open promise this many days past its due date weighs on trust like a broken one until it is resolved.</source>
        <translation>Eine offene Zusage, so viele Tage nach ihrer Fälligkeit, belastet das Vertrauen wie eine gebrochene, bis sie erledigt ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How much harder a customer must be with one staff member than with the others to flag it.</source>
        <translation>Wie viel schwieriger ein Kunde mit einem Mitarbeiter sein muss als mit den anderen, um markiert zu werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contacts needed with that staff member, and with the others, before comparing.</source>
        <translation>Nötige Kontakte mit diesem Mitarbeiter und mit den anderen, bevor verglichen wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team minimum interactions</source>
        <translation>Mindestkontakte im Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Across all customers: contacts a staff member, and the rest of the team, need before an outlier is flagged.</source>
        <translation>Über alle Kunden: so viele Kontakte brauchen ein Mitarbeiter und das übrige Team, bevor ein Ausreißer markiert wird.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Is it us?</source>
        <translation>Liegt es an uns?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff margin (points)</source>
        <translation>Abstand je Mitarbeiter (Punkte)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff minimum interactions</source>
        <translation>Mindestzahl Kontakte je Mitarbeiter</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../crmnote/ui/actions.py" line="+75"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit customer…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete customer</source>
        <translation>Kunden &amp;löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick &amp;log…</source>
        <translation>Schnell&amp;erfassung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a contact with any customer</source>
        <translation>Einen Kontakt mit einem beliebigen Kunden erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;interaction…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;promise…</source>
        <translation>Neue &amp;Zusage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;claim…</source>
        <translation>Neue &amp;Reklamation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;request…</source>
        <translation>Neue &amp;Anfrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;money entry…</source>
        <translation>Neue &amp;Buchung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;effort…</source>
        <translation>Neuer Auf&amp;wand…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Staff report</source>
        <translation>&amp;Mitarbeiterbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per staff member: interactions, mood, promises, claims</source>
        <translation>Je Mitarbeiter: Kontakte, Stimmung, Zusagen, Reklamationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer &amp;map</source>
        <translation>Kunden&amp;karte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every customer by difficulty and trust</source>
        <translation>Alle Kunden nach Schwierigkeit und Vertrauen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insights</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints, suggestions and requests across customers</source>
        <translation>Beschwerden, Vorschläge und Anfragen über alle Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standards c&amp;atalogue</source>
        <translation>&amp;Standardkatalog</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s history, or the claim selected on the Claims tab</source>
        <translation>Der Verlauf des Kunden oder die auf dem Reiter Reklamationen ausgewählte Reklamation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PD&amp;F…</source>
        <translation>PD&amp;F exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim &amp;dossier PDF…</source>
        <translation>Re&amp;klamationsdossier als PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Move to a team server…</source>
        <translation>Auf einen Team-Server &amp;umziehen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy this whole book into an empty PostgreSQL database</source>
        <translation>Dieses ganze Notizbuch in eine leere PostgreSQL-Datenbank kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join a team book…</source>
        <translation>Team-Notizbuch bei&amp;treten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make this book a field copy of a team book that works offline</source>
        <translation>Dieses Notizbuch zu einer offline nutzbaren Arbeitskopie eines Team-Notizbuchs machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send your changes to the team book and fetch everyone else&apos;s</source>
        <translation>Ihre Änderungen an das Team-Notizbuch senden und die der anderen holen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync co&amp;nflicts…</source>
        <translation>S&amp;ynchronisierungskonflikte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Values set aside when two people changed the same thing</source>
        <translation>Werte, die zurückgelegt wurden, als zwei Personen dasselbe geändert haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load d&amp;emo data</source>
        <translation>Demodaten &amp;laden</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Service standards, their dated versions and the report</source>
        <translation>Servicestandards, ihre datierten Fassungen und der Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ost ranking</source>
        <translation>K&amp;ostenrangliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers by cost to serve against revenue</source>
        <translation>Kunden nach Betreuungskosten im Verhältnis zum Umsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search notes…</source>
        <translation>&amp;Notizen durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search every note, promise, claim and request</source>
        <translation>Alle Notizen, Zusagen, Reklamationen und Anfragen durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The history of the customer shown, as a PDF</source>
        <translation>Der Verlauf des angezeigten Kunden als PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dossier of the claim selected on the Claims tab</source>
        <translation>Das Dossier der auf dem Reiter Reklamationen ausgewählten Reklamation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export c&amp;alendar…</source>
        <translation>K&amp;alender exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due promises and follow-ups as an iCalendar (.ics) file</source>
        <translation>Fällige Zusagen und Nachfassaufgaben als iCalendar-Datei (.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About crmnote</source>
        <translation>&amp;Über crmnote</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <location filename="../../crmnote/ui/customer_page/advice_panel.py" line="-115"/>
        <source>Is it us? Friction concentrates with {0}: difficulty {1:.0f} with them vs {2:.0f} with others, {3} vs {4} interactions.</source>
        <translation>Liegt es an uns? Reibung häuft sich bei {0}: Schwierigkeit {1:.0f} mit ihnen gegenüber {2:.0f} mit anderen, {3} gegenüber {4} Kontakten.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crmnote/app.py" line="+77"/>
        <source>crmnote is already running on this database but does not answer.</source>
        <translation>crmnote läuft bereits mit dieser Datenbank, antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %s argument</source>
        <translation>%s Argument erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %s arguments</source>
        <translation>%s Argumente erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected at least one argument</source>
        <translation>mindestens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected at most one argument</source>
        <translation>höchstens ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ignored explicit argument %r</source>
        <translation>ausdrücklich angegebenes Argument %r ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r, vielleicht %(closest)r? (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s wird benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subcommands</source>
        <translation>Unterbefehle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente werden benötigt: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich sind: %(choices)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location line="+2"/>
        <source>Judgment due on a request: {text} ({customer})</source>
        <translation>Beurteilung einer Anfrage fällig: {text} ({customer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise due: {text} ({customer})</source>
        <translation>Zusage fällig: {text} ({customer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict due on a claim: {text} ({customer})</source>
        <translation>Befund zu einer Reklamation fällig: {text} ({customer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>crmnote: promises and follow-ups</source>
        <translation>crmnote: Zusagen und Nachfassaufgaben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0}: %n promise(s) or follow-up(s) to do</source>
        <translation>
            <numerusform>{0}: %n Zusage oder Nachfassaufgabe zu erledigen</numerusform>
            <numerusform>{0}: %n Zusagen oder Nachfassaufgaben zu erledigen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: {1} to do, {2} settled (cancelled)</source>
        <translation>{0}: {1} zu erledigen, {2} erledigt (storniert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer}
{text}</source>
        <translation>{customer}
{text}</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location line="+2"/>
        <source>backed up to {0}</source>
        <translation>gesichert nach {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change log: {0}</source>
        <translation>Änderungsprotokoll: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change-log findings are changes made behind the app&apos;s back; --repair logs the records it mends (as found, then as mended) but does not undo other changes</source>
        <translation>Befunde im Änderungsprotokoll sind Änderungen an der App vorbei; --repair protokolliert die Einträge, die es repariert (wie vorgefunden, dann wie repariert), macht andere Änderungen aber nicht rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmnote check --repair mends the logical ones, after a backup</source>
        <translation>crmnote check --repair behebt die logischen, nach einer Sicherung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>note: %n record(s) without a change-log entry yet (from before the log, or written around crmnote; crmnote log-baseline records them)</source>
        <translation>
            <numerusform>Hinweis: %n Eintrag noch ohne Eintrag im Änderungsprotokoll (von vor dem Protokoll oder an crmnote vorbei geschrieben; crmnote log-baseline trägt ihn ein)</numerusform>
            <numerusform>Hinweis: %n Einträge noch ohne Eintrag im Änderungsprotokoll (von vor dem Protokoll oder an crmnote vorbei geschrieben; crmnote log-baseline trägt sie ein)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing to repair</source>
        <translation>nichts zu reparieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repaired: {0}</source>
        <translation>repariert: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest good backup is {0}</source>
        <translation>die neueste brauchbare Sicherung ist {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database at {0}</source>
        <translation>unter {0} gibt es keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no good backup</source>
        <translation>es gibt keine brauchbare Sicherung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{0}: %n problem(s) found</source>
        <translation>
            <numerusform>{0}: %n Problem gefunden</numerusform>
            <numerusform>{0}: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: no problems found</source>
        <translation>{0}: keine Probleme gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: the file itself is damaged; --repair mends logical problems, not this. Restore a backup with `crmnote restore FILE` ({1}).</source>
        <translation>{0}: die Datei selbst ist beschädigt; --repair behebt logische Probleme, nicht dies. Stellen Sie eine Sicherung mit `crmnote restore DATEI` wieder her ({1}).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause kind</source>
        <translation>Art der Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered quantity</source>
        <translation>Gelieferte Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up by</source>
        <translation>Nachbereitung durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up done at</source>
        <translation>Nachbereitung erledigt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow up due</source>
        <translation>Nachbereitung fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgment note</source>
        <translation>Anmerkung zur Beurteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made at</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made by</source>
        <translation>Gegeben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised at</source>
        <translation>Erhoben am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record kind</source>
        <translation>Datensatzart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renegotiated from</source>
        <translation>Neu verhandelt aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target unit</source>
        <translation>Einheit des Zielwerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uuid</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict note</source>
        <translation>Anmerkung zum Befund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crmnote/ui/reasons.py" line="+16"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>(* required)</source>
        <translation>(* Pflichtangabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(see %(prog)s --help)</source>
        <translation>(siehe %(prog)s --help)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-2 hostile … 0 neutral … +2 delighted</source>
        <translation>-2 feindselig … 0 neutral … +2 begeistert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer relationship notebook. Without a command, starts the desktop app.</source>
        <translation>Ein Notizbuch für Kundenbeziehungen. Ohne Befehl startet die Desktop-App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new or empty book is filled from the team book. A book with records of its own is shown what offering them to the team would do (customers matched by email, phone and name, as imports do); --offer then adds them to the team book and fills this one from it (the old file is kept as a backup). Afterwards `crmnote sync` brings both up to date.</source>
        <translation>Ein neues oder leeres Notizbuch wird aus dem Team-Notizbuch gefüllt. Bei einem Notizbuch mit eigenen Einträgen wird gezeigt, was das Anbieten an das Team bewirken würde (Kunden werden wie beim Import über E-Mail, Telefon und Name zugeordnet); --offer fügt sie dann dem Team-Notizbuch hinzu und füllt dieses daraus (die alte Datei bleibt als Sicherung erhalten). Danach bringt `crmnote sync` beide auf den neuesten Stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV only: read COLUMN as FIELD (customers: name, given, middle, family, company, email, phone, address, tags, notes, status, source, ignore; interactions: at, date, time, customer, name, customer_id, email, phone, company, channel, direction, minutes, seconds, staff, summary, notes, mood, ignore); repeatable</source>
        <translation>nur CSV: SPALTE als FELD lesen (Kunden: name, given, middle, family, company, email, phone, address, tags, notes, status, source, ignore; Kontakte: at, date, time, customer, name, customer_id, email, phone, company, channel, direction, minutes, seconds, staff, summary, notes, mood, ignore); wiederholbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV only: what the rows are (default: judged from the columns)</source>
        <translation>nur CSV: was die Zeilen enthalten (Vorgabe: aus den Spalten geschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies every record, the change log and the scores into a database that holds no records yet, in one transaction on the target, and compares per-table counts and a content checksum of both before committing. An interrupted copy leaves the target empty: run it again.</source>
        <translation>Kopiert alle Einträge, das Änderungsprotokoll und die Kennzahlen in eine Datenbank ohne Einträge, in einer einzigen Transaktion am Ziel, und vergleicht vor dem Festschreiben die Anzahlen je Tabelle und eine Prüfsumme des Inhalts beider Seiten. Eine unterbrochene Kopie lässt das Ziel leer: dann einfach erneut ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each person signs in to a team book as their own PostgreSQL role (docs/team.md). Passwords are asked on the terminal or read from a file, never given on the command line.</source>
        <translation>Jede Person meldet sich an einem Team-Notizbuch mit ihrer eigenen PostgreSQL-Rolle an (docs/team.md). Passwörter werden im Terminal abgefragt oder aus einer Datei gelesen, nie auf der Befehlszeile angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row is checked first; if one is rejected nothing is written (unless --skip-invalid). The per-row report is printed either way. A CSV holds customers or interactions (call logs…): its columns decide, or --kind.</source>
        <translation>Jede Zeile wird zuerst geprüft; wird eine abgelehnt, wird nichts geschrieben (außer mit --skip-invalid). Der Bericht je Zeile wird in jedem Fall ausgegeben. Eine CSV-Datei enthält Kunden oder Kontakte (Anruflisten…): Das entscheiden ihre Spalten oder --kind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open promises on their due day, claims and requests awaiting a decision on their follow-up day. Import the file again after changes: events keep their UID, so the calendar updates them; settled records are sent as cancelled.</source>
        <translation>Offene Zusagen an ihrem Fälligkeitstag, Reklamationen und Anfragen, die auf eine Entscheidung warten, an ihrem Nachfasstag. Nach Änderungen die Datei erneut importieren: Termine behalten ihre UID, der Kalender aktualisiert sie also; erledigte Einträge werden als abgesagt übermittelt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushes the changes the other book has not acknowledged and pulls the ones this book has not seen, in batches, each one transaction on each side. Run again after an interruption: nothing is doubled or lost. Values that lost a merge are listed by `crmnote conflicts`.</source>
        <translation>Überträgt die Änderungen, die das andere Notizbuch noch nicht bestätigt hat, und holt die, die dieses noch nicht kennt, stapelweise, jeder Stapel eine Transaktion auf jeder Seite. Nach einer Unterbrechung erneut ausführen: Nichts wird verdoppelt oder geht verloren. Werte, die beim Zusammenführen unterlegen sind, listet `crmnote conflicts` auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows one desktop notification of the open promises that are overdue or due soon and were not announced today yet. Without a notification service it prints them instead.</source>
        <translation>Zeigt eine Desktop-Benachrichtigung über die offenen Zusagen, die überfällig oder bald fällig sind und heute noch nicht gemeldet wurden. Ohne Benachrichtigungsdienst werden sie stattdessen ausgegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a backup file</source>
        <translation>eine Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer matching an existing one (same email, phone or name): leave it (skip, default) or add its missing emails, phones, tags and notes (merge)</source>
        <translation>ein Kunde, der einem vorhandenen entspricht (gleiche E-Mail, Telefonnummer oder gleicher Name): auslassen (skip, Vorgabe) oder dessen fehlende E-Mails, Telefonnummern, Schlagwörter und Notizen ergänzen (merge)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a customer&apos;s history as a PDF</source>
        <translation>der Verlauf eines Kunden als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file, or a folder to write it into (default .)</source>
        <translation>eine Datei oder ein Ordner, in den sie geschrieben wird (Vorgabe .)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new file, or postgresql+psycopg://USER@HOST/DATABASE of an empty database</source>
        <translation>eine neue Datei oder postgresql+psycopg://BENUTZER@HOST/DATENBANK einer leeren Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a team book on PostgreSQL: roles, members, signing in</source>
        <translation>ein Team-Notizbuch auf PostgreSQL: Rollen, Mitglieder, Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a member: a sign-in role and its staff record</source>
        <translation>ein Mitglied hinzufügen: eine Anmelderolle und ihr Mitarbeitereintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a record of any kind; prints its id</source>
        <translation>einen Eintrag beliebiger Art hinzufügen; gibt seine ID aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add decision also takes --why TEXT (the customer-facing reason its letter gives) and --set-status yes|no (default yes: referred, declined, watch or active as the action says)</source>
        <translation>add decision nimmt außerdem --why TEXT (die Begründung für den Kunden, die sein Brief nennt) und --set-status yes|no (Vorgabe yes: referred, declined, watch oder active, wie es die Aktion vorgibt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add this book&apos;s own records to the team book</source>
        <translation>die eigenen Einträge dieses Notizbuchs dem Team-Notizbuch hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an encrypted database&apos;s passphrase: the first line of PATH (else $CRMNOTE_PASSPHRASE, else asked when run in a terminal)</source>
        <translation>die Passphrase einer verschlüsselten Datenbank: die erste Zeile von PFAD (sonst $CRMNOTE_PASSPHRASE, sonst im Terminal abgefragt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an image printed above the customer&apos;s name</source>
        <translation>ein Bild, das über dem Namen des Kunden gedruckt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another book that shares this one&apos;s past: file or URL (default: the team book this field copy joined)</source>
        <translation>ein anderes Notizbuch mit derselben Vorgeschichte: Datei oder URL (Vorgabe: das Team-Notizbuch, dem diese Arbeitskopie beigetreten ist)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as of this day (default today)</source>
        <translation>zum Stichtag (Vorgabe heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of this day (default today; YYYY-MM-DD)</source>
        <translation>zum Stichtag (Vorgabe heute; JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many</source>
        <translation>höchstens so viele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many hits</source>
        <translation>höchstens so viele Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back up the database (online backup API, verified; pg_dump on a server)</source>
        <translation>die Datenbank sichern (Online-Backup-API, geprüft; auf einem Server pg_dump)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>back up, then repair orphans, impossible states and stale derived data</source>
        <translation>sichern, dann verwaiste Einträge, unmögliche Zustände und veraltete abgeleitete Daten reparieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>call, email, meeting, visit, message, other</source>
        <translation>call, email, meeting, visit, message, other (Anruf, E-Mail, Treffen, Besuch, Nachricht, Sonstiges)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change fields of a record (status, verdict, judgment…)</source>
        <translation>Felder eines Eintrags ändern (Status, Befund, Beurteilung…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change it only if it is still at version N (`show --json` gives it); otherwise say who changed it and exit 7</source>
        <translation>nur ändern, wenn er noch auf Version N ist (`show --json` nennt sie); sonst sagen, wer ihn geändert hat, und mit 7 beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changes per batch (default 2000)</source>
        <translation>Änderungen je Stapel (Vorgabe 2000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the change log and every record against it</source>
        <translation>das Änderungsprotokoll und jeden Eintrag daran prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check the database and report problems; --repair mends logical ones</source>
        <translation>die Datenbank prüfen und Probleme melden; --repair behebt logische</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>claim id</source>
        <translation>ID der Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma-separated: details, scores, promises, claims, requests, money, timeline (default: all)</source>
        <translation>durch Kommas getrennt: details, scores, promises, claims, requests, money, timeline (Vorgabe: alle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>complaints, suggestions and requests by theme</source>
        <translation>Beschwerden, Vorschläge und Anfragen nach Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm: this cannot be undone</source>
        <translation>bestätigen: Das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copy the whole book into a new or empty database (SQLite file or PostgreSQL)</source>
        <translation>das ganze Notizbuch in eine neue oder leere Datenbank kopieren (SQLite-Datei oder PostgreSQL)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost to serve a customer, or customers by cost ratio</source>
        <translation>Betreuungskosten eines Kunden oder Kunden nach Kostenverhältnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>create the customer (named by CUSTOMER) if none matches: a first call</source>
        <translation>den Kunden (mit dem Namen KUNDE) anlegen, wenn keiner passt: ein Erstkontakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer id or name (default: the ranking)</source>
        <translation>ID oder Name des Kunden (Vorgabe: die Rangliste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer id or name (for customer, staff and standard: the new record&apos;s name)</source>
        <translation>ID oder Name des Kunden (bei customer, staff und standard: der Name des neuen Eintrags)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer id or unambiguous name</source>
        <translation>ID oder eindeutiger Name des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database file or SQLAlchemy URL (default: $CRMNOTE_DB or the user data dir)</source>
        <translation>Datenbankdatei oder SQLAlchemy-URL (Vorgabe: $CRMNOTE_DB oder der Datenordner des Benutzers)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date or time to score as of (default now)</source>
        <translation>Datum oder Zeitpunkt, zu dem bewertet wird (Vorgabe jetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days (default 7)</source>
        <translation>Tage (Vorgabe 7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete a customer and every record about them (privacy request)</source>
        <translation>einen Kunden und alle Einträge über ihn löschen (Datenschutzanfrage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty and trust with their explanation</source>
        <translation>Schwierigkeit und Vertrauen mit ihrer Erklärung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due promises and follow-ups as an iCalendar (.ics) file</source>
        <translation>fällige Zusagen und Nachfassaufgaben als iCalendar-Datei (.ics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each staff member against the team: is it us? (flags outliers)</source>
        <translation>jeder Mitarbeiter im Vergleich zum Team: Liegt es an uns? (markiert Ausreißer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypt the database with a passphrase (SQLCipher); the plain original is kept aside for you to delete</source>
        <translation>die Datenbank mit einer Passphrase verschlüsseln (SQLCipher); das unverschlüsselte Original wird zum Löschen beiseitegelegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every file of this customer (id or name)</source>
        <translation>alle Dateien dieses Kunden (ID oder Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every logged version of a record</source>
        <translation>jede protokollierte Version eines Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>everything about one customer as JSON (privacy request)</source>
        <translation>alles über einen Kunden als JSON (Datenschutzanfrage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export to .json, .vcf, .csv, .zip or a directory (one CSV per kind)</source>
        <translation>nach .json, .vcf, .csv, .zip oder in einen Ordner exportieren (eine CSV-Datei je Art)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fields by kind (--FIELD VALUE; lists are comma-separated, labels as work:VALUE):</source>
        <translation>Felder je Art (--FELD WERT; Listen durch Kommas getrennt, Bezeichnungen als work:WERT):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file or folder (default: the backups folder)</source>
        <translation>Datei oder Ordner (Vorgabe: der Sicherungsordner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill the database with realistic, deterministic demo data</source>
        <translation>die Datenbank mit realistischen, reproduzierbaren Demodaten füllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first date to include (YYYY-MM-DD)</source>
        <translation>erstes einbezogenes Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day (YYYY-MM-DD)</source>
        <translation>erster Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forget the password kept in the system keyring</source>
        <translation>das im Schlüsselbund des Systems aufbewahrte Passwort vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full-text search over notes, promises, claims…</source>
        <translation>Volltextsuche in Notizen, Zusagen, Reklamationen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>how many customers (default 50)</source>
        <translation>wie viele Kunden (Vorgabe 50)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import customers or interactions from .csv, customers from .vcf, or a whole .json export</source>
        <translation>Kunden oder Kontakte aus .csv, Kunden aus .vcf oder einen ganzen .json-Export importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in (they contacted us) or out</source>
        <translation>in (der Kunde hat uns kontaktiert) oder out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force on this day (default today)</source>
        <translation>gültig an diesem Tag (Vorgabe heute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions per customer on average</source>
        <translation>Kontakte je Kunde im Durchschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions: create the customers no row matches (by email, phone, name) instead of rejecting those rows</source>
        <translation>Kontakte: die Kunden anlegen, zu denen keine Zeile passt (nach E-Mail, Telefon, Name), statt diese Zeilen abzulehnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interactions: read 03/04/2026 day first (dmy) or month first (mdy); default: what the file&apos;s other dates prove, else such dates are rejected</source>
        <translation>Kontakte: 03/04/2026 mit dem Tag zuerst (dmy) oder dem Monat zuerst (mdy) lesen; Vorgabe: was die übrigen Daten der Datei belegen, sonst werden solche Daten abgelehnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep a file (scan, photo, PDF, e-mail) as evidence on a record</source>
        <translation>eine Datei (Scan, Foto, PDF, E-Mail) als Nachweis zu einem Eintrag aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the current value</source>
        <translation>den aktuellen Wert behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep your password for this book in the system keyring (tried on the server first)</source>
        <translation>Ihr Passwort für dieses Notizbuch im Schlüsselbund des Systems aufbewahren (zuerst am Server geprüft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last date to include (YYYY-MM-DD)</source>
        <translation>letztes einbezogenes Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last day (YYYY-MM-DD)</source>
        <translation>letzter Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list customers</source>
        <translation>Kunden auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list evidence files of a record or customer</source>
        <translation>Nachweisdateien eines Eintrags oder Kunden auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list records of a kind</source>
        <translation>Einträge einer Art auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list sync conflicts; confirm the value kept or restore the one set aside</source>
        <translation>Synchronisierungskonflikte auflisten; den behaltenen Wert bestätigen oder den zurückgelegten wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>log an interaction with a customer</source>
        <translation>einen Kontakt mit einem Kunden erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log the current state of records never logged</source>
        <translation>den aktuellen Stand nie protokollierter Einträge protokollieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make this book (--db, a file) a field copy of a team book that works offline</source>
        <translation>dieses Notizbuch (--db, eine Datei) zu einer offline nutzbaren Arbeitskopie eines Team-Notizbuchs machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make this book a team book (its owner, once): roles and their rights</source>
        <translation>dieses Notizbuch zu einem Team-Notizbuch machen (durch den Eigentümer, einmalig): Rollen und ihre Rechte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>notify of promises falling due and overdue (once a day each)</source>
        <translation>an fällig werdende und überfällige Zusagen erinnern (jede einmal am Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one claim&apos;s dossier as a PDF</source>
        <translation>das Dossier einer Reklamation als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one line (default: the note&apos;s first line)</source>
        <translation>eine Zeile (Vorgabe: die erste Zeile der Notiz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the customers you own or served, with their records (a new or empty book)</source>
        <translation>nur die Kunden, die Sie betreuen oder bedient haben, mit ihren Einträgen (ein neues oder leeres Notizbuch)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only this customer (id or name); repeatable</source>
        <translation>nur dieser Kunde (ID oder Name); wiederholbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only this customer&apos;s records (id or name)</source>
        <translation>nur die Einträge dieses Kunden (ID oder Name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of a name, company, email, phone, tag</source>
        <translation>Teil eines Namens, einer Firma, E-Mail, Telefonnummer, eines Schlagworts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON array of hits</source>
        <translation>ein JSON-Array der Treffer ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print or save the letter of a decision</source>
        <translation>den Brief einer Entscheidung ausgeben oder speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the documented JSON object</source>
        <translation>das dokumentierte JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the promises, notify nothing, remember nothing</source>
        <translation>die Zusagen ausgeben, nichts melden, nichts vormerken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promises and claims per standard</source>
        <translation>Zusagen und Reklamationen je Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promises due and overdue, claims and requests</source>
        <translation>fällige und überfällige Zusagen, Reklamationen und Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promote a theme or request, or mark it acted upon</source>
        <translation>ein Thema oder eine Anfrage zur Erkenntnis erheben oder als umgesetzt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank every match (a very common word is otherwise ranked among its newest matches, at once)</source>
        <translation>jeden Treffer einordnen (ein sehr häufiges Wort wird sonst, um sofort zu antworten, nur unter seinen neuesten Treffern eingeordnet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ranking page size</source>
        <translation>Zeilen je Seite der Rangliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranking rows to skip</source>
        <translation>zu überspringende Zeilen der Rangliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the password from this file&apos;s first line (- for standard input); default: asked on the terminal</source>
        <translation>das Passwort aus der ersten Zeile dieser Datei lesen (- für die Standardeingabe); Vorgabe: im Terminal abgefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rebuild the score history (of CUSTOMER, or of every customer)</source>
        <translation>den Kennzahlenverlauf neu aufbauen (von KUNDE oder von allen Kunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the database with a backup (a server book: into an empty database)</source>
        <translation>die Datenbank durch eine Sicherung ersetzen (ein Notizbuch auf einem Server: in eine leere Datenbank)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report what would happen only</source>
        <translation>nur berichten, was geschehen würde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved ones too</source>
        <translation>auch die gelösten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rows read per batch (default 5000)</source>
        <translation>je Stapel gelesene Zeilen (Vorgabe 5000)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run `crmnote remind` at login and once a day</source>
        <translation>`crmnote remind` bei der Anmeldung und einmal am Tag ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same seed, same data (default 1)</source>
        <translation>gleicher Startwert, gleiche Daten (Vorgabe 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save it to this file (never overwrites)</source>
        <translation>in dieser Datei speichern (überschreibt nie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show one record</source>
        <translation>einen Eintrag zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show or change a business setting</source>
        <translation>eine Geschäftseinstellung zeigen oder ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms zeigen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standards in force, or the standards report</source>
        <translation>gültige Standards oder der Standardbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop running it</source>
        <translation>nicht mehr ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync this field copy with its team book (or with another book: --with)</source>
        <translation>diese Arbeitskopie mit ihrem Team-Notizbuch synchronisieren (oder mit einem anderen Notizbuch: --with)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the .ics file to write (- for stdout)</source>
        <translation>die zu schreibende .ics-Datei (- für die Standardausgabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the .json file to write</source>
        <translation>die zu schreibende .json-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF file to write</source>
        <translation>die zu schreibende PDF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the attachment&apos;s id</source>
        <translation>die ID des Anhangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the book to copy: a file or URL (default: --db, $CRMNOTE_DB or your book)</source>
        <translation>das zu kopierende Notizbuch: eine Datei oder URL (Vorgabe: --db, $CRMNOTE_DB oder Ihr Notizbuch)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the decision&apos;s id</source>
        <translation>die ID der Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file to keep (read once; the book holds a copy)</source>
        <translation>die aufzubewahrende Datei (einmal gelesen; das Notizbuch hält eine Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the members, their roles and staff records</source>
        <translation>die Mitglieder, ihre Rollen und Mitarbeitereinträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new value (empty text clears)</source>
        <translation>der neue Wert (leerer Text löscht ihn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record&apos;s id</source>
        <translation>die ID des Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the record&apos;s kind</source>
        <translation>die Art des Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sign-in name (letters a-z, digits, _): anna</source>
        <translation>der Anmeldename (Buchstaben a-z, Ziffern, _): anna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the staff member you record as (default: the current one)</source>
        <translation>der Mitarbeiter, als der Sie erfassen (Vorgabe: der aktuelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the standards a request is judged against</source>
        <translation>die Standards, an denen eine Anfrage beurteilt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the team book: postgresql+psycopg://ROLE@HOST/DATABASE</source>
        <translation>das Team-Notizbuch: postgresql+psycopg://ROLLE@HOST/DATENBANK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their staff record&apos;s name (default: NAME)</source>
        <translation>der Name ihres Mitarbeitereintrags (Vorgabe: NAME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theme key (feedback:…, request:…) or a request id</source>
        <translation>Themenschlüssel (feedback:…, request:…) oder die ID einer Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>turn an encrypted database back into a plain one; the original is kept</source>
        <translation>eine verschlüsselte Datenbank wieder in eine unverschlüsselte verwandeln; das Original bleibt erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what it shows</source>
        <translation>was sie zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what it tells us, or what we changed</source>
        <translation>was sie uns sagt oder was wir geändert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what they may do</source>
        <translation>was sie tun dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what was said</source>
        <translation>was gesagt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when (ISO date/time; default now)</source>
        <translation>wann (ISO-Datum/-Zeit; Vorgabe jetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who handled it (name or id)</source>
        <translation>wer es bearbeitet hat (Name oder ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words, &quot;a phrase&quot;, prefix*, AND / OR / NOT</source>
        <translation>Wörter, &quot;eine Wortgruppe&quot;, Präfix*, AND / OR / NOT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write an evidence file out of the book</source>
        <translation>eine Nachweisdatei aus dem Notizbuch schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the set-aside value back</source>
        <translation>den zurückgelegten Wert zurückschreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the valid rows, leave out the others</source>
        <translation>die gültigen Zeilen schreiben, die übrigen auslassen</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location line="+2"/>
        <source>  warning: {0}</source>
        <translation>  Warnung: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (customer {0})</source>
        <translation> (Kunde {0})</translation>
    </message>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="+58"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>created</source>
        <oldsource>%n created</oldsource>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>line {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="extra_strings.py" line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>row {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} created, {1} matched, {2} merged, {3} rejected</source>
        <translation>{0} angelegt, {1} zugeordnet, {2} zusammengeführt, {3} abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: rejected{1}: {2}: {3}</source>
        <translation>{0}: abgelehnt{1}: {2}: {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; dry run, nothing written</source>
        <translation>{0}; Probelauf, nichts geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}; written</source>
        <translation>{0}; geschrieben</translation>
    </message>
</context>
<context>
    <name>import columns</name>
    <message>
        <location filename="../../crmnote/ui/dialogs/import_wizard.py" line="-144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email label</source>
        <translation>E-Mail-Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone label</source>
        <translation>Telefon-Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore (leave out)</source>
        <translation>Ignorieren (auslassen)</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../crmnote/ui/labels.py" line="-107"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff members</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback entries</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money entries</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efforts</source>
        <translation>Aufwände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location line="+4"/>
        <source>−2 hostile</source>
        <translation>−2 feindselig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−1 frustrated</source>
        <translation>−1 verärgert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+1 pleased</source>
        <translation>+1 zufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+2 delighted</source>
        <translation>+2 begeistert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>[your business name]</source>
        <translation>[Name Ihres Unternehmens]</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../crmnote/ui/window/menus.py" line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>metavars</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AS_OF</source>
        <translation>STICHTAG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AT</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BATCH</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLAIMS_OLDER_THAN</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COLUMN=FIELD</source>
        <translation>SPALTE=FELD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUSTOMER</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUSTOMERS</source>
        <translation>KUNDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIRECTION</source>
        <translation>RICHTUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DST</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INTERACTIONS</source>
        <translation>KONTAKTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LIMIT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOGO</source>
        <translation>LOGO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MOOD</source>
        <translation>STIMMUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OFFSET</source>
        <translation>VERSATZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ON</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OTHER</source>
        <translation>ANDERES</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASSWORD_FILE</source>
        <translation>PASSWORTDATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEARCH</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECTIONS</source>
        <translation>ABSCHNITTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRC</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STAFF</source>
        <translation>MITARBEITER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TODAY</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action</source>
        <translation>aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attachment</source>
        <translation>anhang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claim</source>
        <translation>reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision</source>
        <translation>entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dest</source>
        <translation>ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target</source>
        <translation>ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>wert</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <location filename="../../crmnote/messages.py" line="+42"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working day</source>
        <translation>Arbeitstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message numerus="yes">
        <location filename="extra_strings.py" line="+53"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="-47"/>
        <source> {alternative} may be able to help you, and we are happy to pass on anything that helps them get started.</source>
        <translation> {alternative} kann Ihnen vielleicht weiterhelfen; gern geben wir dorthin weiter, was den Einstieg erleichtert.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n amount(s) below zero</source>
        <translation>
            <numerusform>%n Betrag unter null</numerusform>
            <numerusform>%n Beträge unter null</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change log entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag im Änderungsprotokoll</numerusform>
            <numerusform>%n Einträge im Änderungsprotokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n Reklamation</numerusform>
            <numerusform>%n Reklamationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n closed promise(s) without a resolution time</source>
        <translation>
            <numerusform>%n abgeschlossene Zusage ohne Erledigungszeit</numerusform>
            <numerusform>%n abgeschlossene Zusagen ohne Erledigungszeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n contact detail(s)</source>
        <translation>
            <numerusform>%n Kontaktangabe</numerusform>
            <numerusform>%n Kontaktangaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer filter index entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag im Kundenfilter-Index</numerusform>
            <numerusform>%n Einträge im Kundenfilter-Index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort eines Kunden</numerusform>
            <numerusform>%n Schlagwörter von Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer text(s)</source>
        <translation>
            <numerusform>%n Kundentext</numerusform>
            <numerusform>%n Kundentexte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer text(s) missing, different from the customer&apos;s name, company, contacts and tags, or left without a customer</source>
        <translation>
            <numerusform>%n Kundentext fehlend, abweichend von Name, Firma, Kontaktdaten und Schlagwörtern des Kunden oder ohne Kunden</numerusform>
            <numerusform>%n Kundentexte fehlend, abweichend von Name, Firma, Kontaktdaten und Schlagwörtern des Kunden oder ohne Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) whose list columns (last contact, open promises, next due) are out of date</source>
        <translation>
            <numerusform>%n Kunde, dessen Listenspalten (letzter Kontakt, offene Zusagen, nächste Fälligkeit) veraltet sind</numerusform>
            <numerusform>%n Kunden, deren Listenspalten (letzter Kontakt, offene Zusagen, nächste Fälligkeit) veraltet sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s) without stored scores</source>
        <translation>
            <numerusform>%n Kunde ohne gespeicherte Kennzahlen</numerusform>
            <numerusform>%n Kunden ohne gespeicherte Kennzahlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n effort row(s)</source>
        <translation>
            <numerusform>%n Aufwandszeile</numerusform>
            <numerusform>%n Aufwandszeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n effort row(s) with negative minutes</source>
        <translation>
            <numerusform>%n Aufwandszeile mit negativen Minuten</numerusform>
            <numerusform>%n Aufwandszeilen mit negativen Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n entry(ies) missing, different from their record, or left without one</source>
        <translation>
            <numerusform>%n Eintrag fehlend, abweichend von seinem Datensatz oder ohne Datensatz</numerusform>
            <numerusform>%n Einträge fehlend, abweichend von ihrem Datensatz oder ohne Datensatz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n evidence file content(s)</source>
        <translation>
            <numerusform>%n Inhalt einer Nachweisdatei</numerusform>
            <numerusform>%n Inhalte von Nachweisdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n evidence file(s) attached to the promise and the claim.</source>
        <translation>
            <numerusform>%n Nachweisdatei an Zusage und Reklamation angehängt.</numerusform>
            <numerusform>%n Nachweisdateien an Zusage und Reklamation angehängt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n feedback record(s)</source>
        <translation>
            <numerusform>%n Rückmeldung</numerusform>
            <numerusform>%n Rückmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n index that does not match the customer texts (FTS5&apos;s integrity check)</source>
        <translation>
            <numerusform>%n Index, der nicht zu den Kundentexten passt (Integritätsprüfung von FTS5)</numerusform>
            <numerusform>%n Indizes, die nicht zu den Kundentexten passen (Integritätsprüfung von FTS5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n insight(s)</source>
        <translation>
            <numerusform>%n Erkenntnis</numerusform>
            <numerusform>%n Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n interaction(s) with a mood outside -2 … +2 (scoring refuses it)</source>
        <translation>
            <numerusform>%n Kontakt mit einer Stimmung außerhalb von -2 … +2 (die Bewertung lehnt sie ab)</numerusform>
            <numerusform>%n Kontakte mit einer Stimmung außerhalb von -2 … +2 (die Bewertung lehnt sie ab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n interaction(s) with negative minutes</source>
        <translation>
            <numerusform>%n Kontakt mit negativen Minuten</numerusform>
            <numerusform>%n Kontakte mit negativen Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n money entry(ies)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open promise(s) with a resolution time</source>
        <translation>
            <numerusform>%n offene Zusage mit Erledigungszeit</numerusform>
            <numerusform>%n offene Zusagen mit Erledigungszeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n point(s) whose record is gone, moved or no longer scored</source>
        <translation>
            <numerusform>%n Punkt, dessen Datensatz fehlt, verschoben ist oder nicht mehr bewertet wird</numerusform>
            <numerusform>%n Punkte, deren Datensatz fehlt, verschoben ist oder nicht mehr bewertet wird</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n promise(s)</source>
        <translation>
            <numerusform>%n Zusage</numerusform>
            <numerusform>%n Zusagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n request(s) marked an insight but not judged reasonable</source>
        <translation>
            <numerusform>%n Anfrage, als Erkenntnis markiert, aber nicht als berechtigt beurteilt</numerusform>
            <numerusform>%n Anfragen, als Erkenntnis markiert, aber nicht als berechtigt beurteilt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) in {table}</source>
        <translation>
            <numerusform>%n Zeile in {table}</numerusform>
            <numerusform>%n Zeilen in {table}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) whose {column} names a missing row in {parent}</source>
        <translation>
            <numerusform>%n Zeile, deren Feld „{column}“ auf eine fehlende Zeile in „{parent}“ verweist</numerusform>
            <numerusform>%n Zeilen, deren Feld „{column}“ auf eine fehlende Zeile in „{parent}“ verweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) whose {column} names a row of another customer in {parent}</source>
        <translation>
            <numerusform>%n Zeile, deren Feld „{column}“ auf eine Zeile eines anderen Kunden in „{parent}“ verweist</numerusform>
            <numerusform>%n Zeilen, deren Feld „{column}“ auf eine Zeile eines anderen Kunden in „{parent}“ verweist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n score history point(s)</source>
        <translation>
            <numerusform>%n Punkt im Kennzahlenverlauf</numerusform>
            <numerusform>%n Punkte im Kennzahlenverlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n scored event(s) so far; advice needs {needed}.</source>
        <translation>
            <numerusform>Bisher %n bewertetes Ereignis; eine Empfehlung braucht {needed}.</numerusform>
            <numerusform>Bisher %n bewertete Ereignisse; eine Empfehlung braucht {needed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n scored record(s) missing from the score history</source>
        <translation>
            <numerusform>%n bewerteter Eintrag fehlt im Kennzahlenverlauf</numerusform>
            <numerusform>%n bewertete Einträge fehlen im Kennzahlenverlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n search index entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag im Suchindex</numerusform>
            <numerusform>%n Einträge im Suchindex</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n Standard</numerusform>
            <numerusform>%n Standards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt</numerusform>
            <numerusform>%n Synchronisierungskonflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n team member(s)</source>
        <translation>
            <numerusform>%n Teammitglied</numerusform>
            <numerusform>%n Teammitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n trigger(s) that keep it in step missing or altered</source>
        <translation>
            <numerusform>%n Trigger, der ihn aktuell hält, fehlt oder ist verändert</numerusform>
            <numerusform>%n Trigger, die ihn aktuell halten, fehlen oder sind verändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n trigger(s) that keep the customer filter in step missing or altered</source>
        <translation>
            <numerusform>%n Trigger, der den Kundenfilter aktuell hält, fehlt oder ist verändert</numerusform>
            <numerusform>%n Trigger, die den Kundenfilter aktuell halten, fehlen oder sind verändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{key}&apos; is not an insight; promote it first</source>
        <translation>„{key}“ ist keine Erkenntnis; erheben Sie es zuerst zur Erkenntnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is not a kind ({kinds})</source>
        <translation>„{name}“ ist keine Art von Eintrag ({kinds})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; matches several customers ({names}); give the id</source>
        <translation>„{name}“ passt zu mehreren Kunden ({names}); geben Sie die ID an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; matches {count} customers ({some}); add an email or phone column, or give the customer id</source>
        <translation>„{name}“ passt zu {count} Kunden ({some}); fügen Sie eine E-Mail- oder Telefonspalte hinzu oder geben Sie die Kunden-ID an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{role}&apos; is a superuser of the server; it cannot be a member</source>
        <translation>„{role}“ ist Superuser des Servers und kann kein Mitglied sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{shown}&apos; is not a database URL; give a file path, or postgresql+psycopg://USER@HOST/DATABASE for a PostgreSQL server</source>
        <translation>„{shown}“ ist keine Datenbank-URL; geben Sie einen Dateipfad an oder postgresql+psycopg://BENUTZER@HOST/DATENBANK für einen PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(your login name)</source>
        <translation>(Ihr Anmeldename)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 claim against us was substantiated.</source>
        <translation>1 Reklamation gegen uns war begründet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra beyond the deal that no standard in force on {day} includes: offer it at a price.</source>
        <translation>Eine Zusatzleistung über die Vereinbarung hinaus, die kein am {day} gültiger Standard enthält: gegen Bezahlung anbieten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another provider may serve them better; refer them on courteously.</source>
        <translation>Ein anderer Anbieter kann sie vielleicht besser betreuen; höflich weiterverweisen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asked to renegotiate agreed terms</source>
        <translation>Bat um Neuverhandlung vereinbarter Bedingungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge for the work they need, or change what the price includes.</source>
        <translation>Die benötigte Arbeit berechnen oder ändern, was im Preis enthalten ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim partly substantiated</source>
        <translation>Reklamation teilweise begründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim resolved</source>
        <translation>Reklamation gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim substantiated</source>
        <translation>Reklamation begründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim undeterminable</source>
        <translation>Reklamation nicht feststellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim unsubstantiated</source>
        <translation>Reklamation unbegründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the evidence with the standard &apos;{name}&apos;: {target}.</source>
        <translation>Den Nachweis mit dem Standard „{name}“ vergleichen: {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conduct is not measured by the record: read the related interactions ({count}, {upset} with the customer upset).</source>
        <translation>Verhalten lässt sich an den Aufzeichnungen nicht messen: die zugehörigen Kontakte lesen ({count}, davon {upset} mit verärgertem Kunden).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cost to serve against revenue is unknown: record effort and sales to judge it.</source>
        <translation>Betreuungskosten im Verhältnis zum Umsatz unbekannt: Aufwand und Verkäufe erfassen, um sie zu beurteilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cost to serve is {ratio:.1f} times the revenue</source>
        <translation>Die Betreuungskosten betragen das {ratio:.1f}-Fache des Umsatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost to serve with no net revenue against it</source>
        <translation>Betreuungskosten ohne Nettoumsatz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dear {customer},

Thank you for choosing {business} and for the time we have worked together.

After careful thought, we have decided not to take on further work for you.{why} Everything we have already agreed will be completed as promised, and any open questions about it will of course be answered.{elsewhere}

We wish you every success, and thank you for your understanding.

Kind regards,
{business}
</source>
        <translation>Guten Tag {customer},

vielen Dank, dass Sie sich für {business} entschieden haben, und für die Zeit unserer Zusammenarbeit.

Nach reiflicher Überlegung haben wir entschieden, keine weiteren Aufträge für Sie zu übernehmen.{why} Alles bereits Vereinbarte wird wie zugesagt erledigt, und offene Fragen dazu beantworten wir selbstverständlich gern.{elsewhere}

Wir wünschen Ihnen weiterhin viel Erfolg und danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen
{business}
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

Thank you for choosing {business} and for the time we have worked together.

We want you to get the best service possible.{why} We believe {alternative} is better placed to help you from here, and we would be glad to make the introduction and pass on anything that helps them get started.

We wish you every success, and thank you again for your custom.

Kind regards,
{business}
</source>
        <translation>Guten Tag {customer},

vielen Dank, dass Sie sich für {business} entschieden haben, und für die Zeit unserer Zusammenarbeit.

Uns liegt daran, dass Sie den bestmöglichen Service erhalten.{why} Wir sind überzeugt, dass {alternative} Ihnen künftig besser helfen kann, und stellen gern den Kontakt her und geben weiter, was den Einstieg erleichtert.

Wir wünschen Ihnen weiterhin viel Erfolg und danken Ihnen nochmals für Ihr Vertrauen.

Mit freundlichen Grüßen
{business}
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decline further work courteously, or refer them elsewhere.</source>
        <translation>Weitere Aufträge höflich ablehnen oder an einen anderen Anbieter verweisen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered on {delivered}, but the promise had no due date and no standard target to measure.</source>
        <translation>Am {delivered} geliefert, aber die Zusage hatte weder Fälligkeitsdatum noch Zielwert eines Standards zum Messen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivered on {delivered}, on time (due {due}).</source>
        <translation>Am {delivered} geliefert, rechtzeitig (fällig {due}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered on {delivered}, {late} after the due date {due}.</source>
        <translation>Am {delivered} geliefert, {late} nach dem Fälligkeitsdatum {due}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered {delivered} of {promised} {unit}, as promised.</source>
        <translation>{delivered} von {promised} {unit} geliefert, wie zugesagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered {delivered} of {promised} {unit}: {short} short ({share:.0%} delivered).</source>
        <translation>{delivered} von {promised} {unit} geliefert: {short} zu wenig ({share:.0%} geliefert).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery took {took} against the standard&apos;s target of {target}.</source>
        <translation>Die Lieferung dauerte {took}, der Zielwert des Standards ist {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery took {took}, within the standard&apos;s target of {target}.</source>
        <translation>Die Lieferung dauerte {took}, innerhalb des Zielwerts des Standards von {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty is {d:.0f}/100 and trust is {trust:.0f}/100: a good relationship to nurture.</source>
        <translation>Schwierigkeit {d:.0f}/100 und Vertrauen {trust:.0f}/100: eine gute Beziehung, die es zu pflegen gilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Difficulty is {d:.0f}/100, at or above {limit:.0f}.</source>
        <translation>Schwierigkeit {d:.0f}/100, also {limit:.0f} oder mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Friction concentrates with {who}: difficulty {mine:.0f} with them against {theirs:.0f} with the others ({n} and {n_others} interactions).</source>
        <translation>Die Reibung häuft sich bei {who}: Schwierigkeit {mine:.0f} mit dieser Person gegenüber {theirs:.0f} mit den anderen ({n} und {n_others} Kontakte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Goods returned</source>
        <translation>Ware zurückgesandt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It came {late} late (not what this claim is about).</source>
        <translation>Sie kam {late} zu spät (nicht Gegenstand dieser Reklamation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is linked to the standard &apos;{name}&apos; in force on {day}, which covers it.</source>
        <translation>Sie ist mit dem am {day} gültigen Standard „{name}“ verknüpft, der sie abdeckt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep an eye on new claims, requests and returns.</source>
        <translation>Neue Reklamationen, Anfragen und Rücksendungen im Auge behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on {when} with evidence: files.</source>
        <translation>Am {when} eingehalten, mit Nachweis: Dateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on {when} with evidence: {evidence}.</source>
        <translation>Am {when} eingehalten, mit Nachweis: {evidence}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept on {when}, but the quantity delivered is not recorded: record it to compare with the {promised} {unit} promised.</source>
        <translation>Am {when} eingehalten, aber die gelieferte Menge ist nicht erfasst: sie erfassen, um sie mit den zugesagten {promised} {unit} zu vergleichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look at how {who} handles customers before judging this one.</source>
        <translation>Erst ansehen, wie {who} Kunden betreut, bevor dieser Kunde beurteilt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked kept on {when}, but no evidence of what was delivered was recorded.</source>
        <translation>Am {when} als eingehalten markiert, aber kein Nachweis über die Lieferung erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No delivery is recorded yet and it has no due date: nothing shows it is late.</source>
        <translation>Noch keine Lieferung erfasst, und es gibt kein Fälligkeitsdatum: nichts zeigt eine Verspätung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No delivery is recorded yet and it is not due until {due}: nothing shows it is late.</source>
        <translation>Noch keine Lieferung erfasst, und sie ist erst am {due} fällig: nichts zeigt eine Verspätung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No standard in force on {day} decides it: judge it yourself (a reasonable request may be an insight).</source>
        <translation>Kein am {day} gültiger Standard entscheidet das: selbst beurteilen (eine berechtigte Anfrage kann eine Erkenntnis sein).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No standard in force on {day} has a target in {unit} to compare it with.</source>
        <translation>Kein am {day} gültiger Standard hat einen Zielwert in {unit} zum Vergleich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough history yet to advise.</source>
        <translation>Noch zu wenig Verlauf für eine Empfehlung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken</source>
        <translation>Zusage gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept</source>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept late</source>
        <translation>Zusage verspätet eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise overdue: counts as broken until resolved</source>
        <translation>Zusage überfällig: zählt als gebrochen, bis sie erledigt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise renegotiated</source>
        <translation>Zusage neu verhandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised within {promised} {unit}; delivery took {took} {unit}, {more} more than promised.</source>
        <translation>Zugesagt innerhalb von {promised} {unit}; die Lieferung dauerte {took} {unit}, {more} mehr als zugesagt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promised within {promised} {unit}; delivery took {took} {unit}.</source>
        <translation>Zugesagt innerhalb von {promised} {unit}; die Lieferung dauerte {took} {unit}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put our side right before judging the customer.</source>
        <translation>Erst unsere Seite in Ordnung bringen, dann den Kunden beurteilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasonable request granted</source>
        <translation>Angemessene Anfrage gewährt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revenue covers the cost to serve (cost is {ratio:.1f} times revenue).</source>
        <translation>Der Umsatz deckt die Betreuungskosten (Kosten das {ratio:.1f}-Fache des Umsatzes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review how this customer is handled before judging the customer.</source>
        <translation>Prüfen, wie dieser Kunde betreut wird, bevor der Kunde beurteilt wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serving them costs time and money while they bring no revenue.</source>
        <translation>Die Betreuung kostet Zeit und Geld, bringt aber keinen Umsatz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serving them costs {ratio:.1f} times the revenue they bring.</source>
        <translation>Die Betreuung kostet das {ratio:.1f}-Fache des Umsatzes, den der Kunde bringt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several standards were in force ({names}); link one to the promise to use it.</source>
        <translation>Mehrere Standards waren gültig ({names}); einen mit der Zusage verknüpfen, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard in force: &apos;{name}&apos; (target {target}).</source>
        <translation>Gültiger Standard: „{name}“ (Zielwert {target}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard in force: &apos;{name}&apos;.</source>
        <translation>Gültiger Standard: „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open after the standard&apos;s target of {target} ran out.</source>
        <translation>Noch offen, nachdem der Zielwert des Standards von {target} abgelaufen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open {late} past its due date {due}.</source>
        <translation>Noch offen, {late} nach dem Fälligkeitsdatum {due}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still open {late} past its due date: the full quantity was not delivered in time.</source>
        <translation>Noch offen, {late} nach dem Fälligkeitsdatum: die volle Menge wurde nicht rechtzeitig geliefert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The first record is {days} old; advice needs {needed} days of history.</source>
        <oldsource>The first record is {days} day(s) old; advice needs {needed} days of history.</oldsource>
        <translation>Der erste Eintrag ist {days} alt; eine Empfehlung braucht {needed} Tage Verlauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The promise holds no quantity: compare the evidence with the claim, or record the promised and delivered quantities.</source>
        <translation>Die Zusage enthält keine Menge: den Nachweis mit der Reklamation vergleichen oder die zugesagte und gelieferte Menge erfassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The promise is still open: record what was delivered (evidence) and close it.</source>
        <translation>Die Zusage ist noch offen: erfassen, was geliefert wurde (Nachweis), und sie abschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promise was cancelled on {when}: nothing was owed after that.</source>
        <translation>Die Zusage wurde am {when} storniert: danach war nichts mehr geschuldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promise was renegotiated on {when}: not kept as made, but new terms were agreed.</source>
        <translation>Die Zusage wurde am {when} neu verhandelt: nicht wie gegeben eingehalten, aber neue Bedingungen vereinbart.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scores so far are a first impression; record contacts, promises and sales as they happen.</source>
        <translation>Die bisherigen Kennzahlen sind ein erster Eindruck; Kontakte, Zusagen und Verkäufe erfassen, sobald sie geschehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard &apos;{name}&apos; in force asks for {target}, which the delivery meets: we fell short of the promise, not of our standard.</source>
        <translation>Der gültige Standard „{name}“ verlangt {target}, und die Lieferung erfüllt das: Wir blieben hinter der Zusage zurück, nicht hinter unserem Standard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The standard &apos;{name}&apos; in force asks for {target}: not met either.</source>
        <translation>Der gültige Standard „{name}“ verlangt {target}: auch nicht erfüllt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their behaviour is fine (difficulty {d:.0f}/100, trust {trust:.0f}/100).</source>
        <translation>Das Verhalten ist in Ordnung (Schwierigkeit {d:.0f}/100, Vertrauen {trust:.0f}/100).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no promise linked to this claim: no record to check against.</source>
        <translation>Mit dieser Reklamation ist keine Zusage verknüpft: nichts, woran sie sich prüfen lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They are also demanding (difficulty {d:.0f}/100).</source>
        <translation>Der Kunde ist außerdem anspruchsvoll (Schwierigkeit {d:.0f}/100).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They ask for {asked} {unit}; the standard &apos;{name}&apos; in force on {day} offers {target}: beyond it, but within {factor:g} times it, so an extra to charge for.</source>
        <translation>Verlangt werden {asked} {unit}; der am {day} gültige Standard „{name}“ bietet {target}: darüber, aber höchstens das {factor:g}-Fache, also eine kostenpflichtige Zusatzleistung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They ask for {asked} {unit}; the standard &apos;{name}&apos; in force on {day} offers {target}: more than {factor:g} times as demanding.</source>
        <translation>Verlangt werden {asked} {unit}; der am {day} gültige Standard „{name}“ bietet {target}: mehr als {factor:g}-mal so anspruchsvoll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They ask for {asked} {unit}; the standard &apos;{name}&apos; in force on {day} offers {target}: within the standard.</source>
        <translation>Verlangt werden {asked} {unit}; der am {day} gültige Standard „{name}“ bietet {target}: im Rahmen des Standards.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They asked to renegotiate agreed terms {n} times in the year before this request.</source>
        <translation>Im Jahr vor dieser Anfrage wurde {n}-mal verlangt, vereinbarte Bedingungen neu zu verhandeln.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust is only {trust:.0f}/100.</source>
        <translation>Das Vertrauen beträgt nur {trust:.0f}/100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust is {trust:.0f}/100, below {low:.0f}: we have not kept our word enough.</source>
        <translation>Vertrauen {trust:.0f}/100, unter {low:.0f}: Wir haben unser Wort nicht oft genug gehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust is {trust:.0f}/100, so the difficulty is not of our making.</source>
        <translation>Vertrauen {trust:.0f}/100, die Schwierigkeit liegt also nicht an uns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreasonable request</source>
        <translation>Unangemessene Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We recorded the promise as broken on {when}.</source>
        <translation>Wir haben die Zusage am {when} als gebrochen erfasst.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a delay is measured from when the promise was kept (resolved at)</source>
        <translation>eine Dauer wird ab der Einhaltung der Zusage gemessen (Erledigt am)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a field copy is a file on this computer: give --db FILE.sqlite3</source>
        <translation>eine Arbeitskopie ist eine Datei auf diesem Computer: geben Sie --db DATEI.sqlite3 an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a new member needs a password (role &apos;{role}&apos; does not exist)</source>
        <translation>ein neues Mitglied braucht ein Passwort (die Rolle „{role}“ gibt es nicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new version must start after {since}, when version {id} came into force</source>
        <translation>eine neue Version muss nach dem {since} beginnen, an dem Version {id} gültig wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a passphrase must be non-empty text without NUL characters</source>
        <translation>eine Passphrase muss ein nicht leerer Text ohne NUL-Zeichen sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a percentage cannot be over 100</source>
        <translation>ein Prozentsatz kann nicht über 100 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a repair backs up the database first; it must be a local file</source>
        <translation>eine Reparatur sichert die Datenbank zuerst; sie muss eine Datei auf diesem Computer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a repair works on a database file</source>
        <translation>eine Reparatur arbeitet an einer Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a target needs both a value and a unit</source>
        <translation>ein Zielwert braucht einen Wert und eine Einheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a unit needs a quantity (e.g. 20 helmets)</source>
        <translation>eine Einheit braucht eine Menge (z. B. 20 Helme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot be stored in the target ({why})</source>
        <translation>ein Wert lässt sich im Ziel nicht speichern ({why})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a {old} promise cannot become {new}; reopen it first</source>
        <translation>eine Zusage mit Status „{old}“ kann nicht „{new}“ werden; zuerst wieder öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {status} promise needs a resolution time</source>
        <translation>eine Zusage mit Status „{status}“ braucht eine Erledigungszeit</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>contact details</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>crmnote cannot use &apos;{backend}&apos; databases; give a file path, or postgresql+psycopg://USER@HOST/DATABASE for a PostgreSQL server</source>
        <translation>crmnote kann keine Datenbanken vom Typ „{backend}“ verwenden; geben Sie einen Dateipfad an oder postgresql+psycopg://BENUTZER@HOST/DATENBANK für einen PostgreSQL-Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmnote needs PostgreSQL 13 or newer; this server is {version}</source>
        <translation>crmnote braucht PostgreSQL 13 oder neuer; dieser Server ist {version}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>crmnote talks to PostgreSQL through psycopg 3: write the URL as postgresql+psycopg://… instead of {driver}://…</source>
        <translation>crmnote spricht über psycopg 3 mit PostgreSQL: schreiben Sie die URL als postgresql+psycopg://… statt {driver}://…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer filter index</source>
        <translation>Kundenfilter-Index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer tags</source>
        <translation>Schlagwörter der Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer texts</source>
        <translation>Kundentexte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>encrypted databases need the sqlcipher3 package (pip install sqlcipher3-binary)</source>
        <translation>verschlüsselte Datenbanken brauchen das Paket sqlcipher3 (pip install sqlcipher3-binary)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>erase a customer or rewrite the change log</source>
        <translation>einen Kunden löschen oder das Änderungsprotokoll umschreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>evidence file contents</source>
        <translation>Inhalte der Nachweisdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>install PostgreSQL&apos;s client programs (Debian and Ubuntu: apt install postgresql-client; Fedora: dnf install postgresql; macOS: brew install libpq; Windows: the PostgreSQL installer&apos;s command line tools) of the server&apos;s version or newer, or put them on PATH</source>
        <translation>installieren Sie die Client-Programme von PostgreSQL (Debian und Ubuntu: apt install postgresql-client; Fedora: dnf install postgresql; macOS: brew install libpq; Windows: die Kommandozeilenwerkzeuge des PostgreSQL-Installers) in der Version des Servers oder neuer, oder nehmen Sie sie in PATH auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>integrity: {detail}</source>
        <translation>Integrität: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_dump failed</source>
        <translation>pg_dump ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role &apos;{role}&apos; has no access to this book: ask its owner to add you (crmnote team add {role} --role staff)</source>
        <translation>die Rolle „{role}“ hat keinen Zugriff auf dieses Notizbuch: bitten Sie seinen Eigentümer, Sie hinzuzufügen (crmnote team add {role} --role staff)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>role &apos;{role}&apos; may not create roles, which team init needs: have the PostgreSQL superuser run ALTER ROLE {role} CREATEROLE (once), then try again</source>
        <translation>die Rolle „{role}“ darf keine Rollen anlegen, was team init braucht: lassen Sie den PostgreSQL-Superuser (einmal) ALTER ROLE {role} CREATEROLE ausführen und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>score history</source>
        <translation>Kennzahlenverlauf</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>the copy failed its check ({problem})</source>
        <translation>die Kopie hat ihre Prüfung nicht bestanden ({problem})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the database &apos;{name}&apos; already holds %n table(s) or other objects: restore into a new, empty database (createdb, see docs/team.md); nothing was restored</source>
        <translation>
            <numerusform>die Datenbank „{name}“ enthält schon %n Tabelle oder andere Objekte: stellen Sie in eine neue, leere Datenbank wieder her (createdb, siehe docs/team.md); nichts wurde wiederhergestellt</numerusform>
            <numerusform>die Datenbank „{name}“ enthält schon %n Tabellen oder andere Objekte: stellen Sie in eine neue, leere Datenbank wieder her (createdb, siehe docs/team.md); nichts wurde wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the database could not be brought up to date: {why}</source>
        <translation>die Datenbank konnte nicht auf den neuesten Stand gebracht werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database could not be brought up to date: {why}; it was left as it was</source>
        <translation>die Datenbank konnte nicht auf den neuesten Stand gebracht werden: {why}; sie blieb, wie sie war</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>this database belongs to another application (schema {before}), not a crmnote database</source>
        <translation>diese Datenbank gehört zu einer anderen Anwendung (Schema {before}), sie ist keine crmnote-Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this database holds tables that are not a crmnote database</source>
        <translation>diese Datenbank enthält Tabellen, die keine crmnote-Datenbank sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this database was written by a newer version of crmnote (schema {before}); update crmnote to open it</source>
        <translation>diese Datenbank wurde von einer neueren Version von crmnote geschrieben (Schema {before}); aktualisieren Sie crmnote, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file belongs to another application (schema {before}), not a crmnote database</source>
        <translation>diese Datei gehört zu einer anderen Anwendung (Schema {before}), sie ist keine crmnote-Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this file holds tables that are not a crmnote database</source>
        <translation>diese Datei enthält Tabellen, die keine crmnote-Datenbank sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this team book has schema {before} and this crmnote needs {after}: ask the book&apos;s owner to upgrade it (the owner starts this version of crmnote once); nothing was changed</source>
        <translation>dieses Team-Notizbuch hat Schema {before} und dieses crmnote braucht {after}: bitten Sie den Eigentümer des Notizbuchs, es zu aktualisieren (der Eigentümer startet diese Version von crmnote einmal); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>upgrade the book</source>
        <translation>das Notizbuch aktualisieren</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{failed}; {hint}</source>
        <translation>{failed}; {hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {what}</source>
        <translation>{file}: {what}</translation>
    </message>
    <message numerus="yes">
        <location line="+249"/>
        <source>{table}: %n customer(s) whose records were repaired; scores recomputed</source>
        <translation>
            <numerusform>{table}: %n Kunde, dessen Einträge repariert wurden; Kennzahlen neu berechnet</numerusform>
            <numerusform>{table}: %n Kunden, deren Einträge repariert wurden; Kennzahlen neu berechnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{table}: %n row(s), {copied} in the copy</source>
        <translation>
            <numerusform>{table}: %n Zeile, {copied} in der Kopie</numerusform>
            <numerusform>{table}: %n Zeilen, {copied} in der Kopie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{table}: the same %n row(s), different content</source>
        <translation>
            <numerusform>{table}: dieselbe %n Zeile, anderer Inhalt</numerusform>
            <numerusform>{table}: dieselben %n Zeilen, anderer Inhalt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{table}: {problem}; the repair will {will}</source>
        <translation>{table}: {problem}; die Reparatur wird {will}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table}: {problem}; {did}</source>
        <translation>{table}: {problem}; {did}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tool} was not found: {hint}</source>
        <translation>{tool} wurde nicht gefunden: {hint}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} could be day-first or month-first and no date in the file decides; pass {dmy} or {mdy}</source>
        <translation>{value} kann Tag zuerst oder Monat zuerst sein, und kein Datum der Datei entscheidet es; geben Sie {dmy} oder {mdy} an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} has no readable time of day</source>
        <translation>{value} enthält keine lesbare Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is no country code such as DE or GB</source>
        <translation>{value} ist kein Ländercode wie DE oder GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not UTF-8 text (check the terminal&apos;s encoding)</source>
        <translation>{value} ist kein UTF-8-Text (prüfen Sie die Kodierung des Terminals)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a channel ({names}, or a word for one)</source>
        <translation>{value} ist kein Kanal ({names} oder ein Wort dafür)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a claim id</source>
        <translation>{value} ist keine Nummer einer Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a customer id</source>
        <translation>{value} ist keine Kundennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a date (use YYYY-MM-DD HH:MM)</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT HH:MM verwenden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a date ({month} is no month)</source>
        <translation>{value} ist kein Datum ({month} ist kein Monat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a direction (in or out)</source>
        <translation>{value} ist keine Richtung (in oder out)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a duration (e.g. 12, 0:12 or 1h 5m)</source>
        <translation>{value} ist keine Dauer (z. B. 12, 0:12 oder 1h 5m)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a mood (-2 hostile … +2 delighted)</source>
        <translation>{value} ist keine Stimmung (-2 feindselig … +2 begeistert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a number from {low:g} to {high:g}</source>
        <translation>{value} ist keine Zahl von {low:g} bis {high:g}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a valid date ({why})</source>
        <translation>{value} ist kein gültiges Datum ({why})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not between {low} and {high}</source>
        <translation>{value} liegt nicht zwischen {low} und {high}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not {customers} or {interactions}</source>
        <translation>{value} ist weder {customers} noch {interactions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not {shape}</source>
        <translation>{value} hat nicht die Form {shape}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value}: must be between -2 (hostile) and +2 (delighted)</source>
        <translation>{value}: muss zwischen -2 (feindselig) und +2 (begeistert) liegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{where} {field}: kept {kept}, set aside {aside}</source>
        <translation>{where} {field}: {kept} behalten, {aside} beiseitegelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: a delete was undone by a concurrent edit</source>
        <translation>{where}: eine Löschung wurde durch eine gleichzeitige Änderung rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: deleted, but kept for records of theirs changed meanwhile</source>
        <translation>{where}: gelöscht, aber behalten für zugehörige Einträge, die inzwischen geändert wurden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{word} is not a JSON value (JSON has no NaN or Infinity)</source>
        <translation>{word} ist kein JSON-Wert (JSON kennt weder NaN noch Infinity)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{work} is left from an interrupted conversion; check it, then remove it (or, if {name} is missing, rename it to {name})</source>
        <translation>{work} ist von einer abgebrochenen Umwandlung übrig; prüfen Sie die Datei und entfernen Sie sie dann (oder benennen Sie sie in {name} um, falls {name} fehlt)</translation>
    </message>
    <message>
        <location line="-1424"/>
        <source>an open promise has no resolution time</source>
        <translation>eine offene Zusage hat keine Erledigungszeit</translation>
    </message>
    <message>
        <location line="-644"/>
        <source>  {kind} {id}  {customer}: {text} ({days})</source>
        <translation>  {kind} {id}  {customer}: {text} ({days})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  {month}  cost {cost:9.2f}  revenue {revenue:&gt;10}</source>
        <translation>  {month}  Kosten {cost:9.2f}  Umsatz {revenue:&gt;10}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) stay here: you may only read {book}</source>
        <translation>
            <numerusform>%n Änderung bleibt hier: Sie dürfen {book} nur lesen</numerusform>
            <numerusform>%n Änderungen bleiben hier: Sie dürfen {book} nur lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>seit %n Tag überfällig</numerusform>
            <numerusform>seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) past its date</source>
        <translation>
            <numerusform>%n Tag über dem Datum</numerusform>
            <numerusform>%n Tage über dem Datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) pending</source>
        <translation>
            <numerusform>seit %n Tag offen</numerusform>
            <numerusform>seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) to go</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) waiting</source>
        <translation>
            <numerusform>wartet seit %n Tag</numerusform>
            <numerusform>wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n earlier backup(s) in {folder} are not encrypted either.</source>
        <translation>
            <numerusform>%n frühere Sicherung in {folder} ist ebenfalls nicht verschlüsselt.</numerusform>
            <numerusform>%n frühere Sicherungen in {folder} sind ebenfalls nicht verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n record(s) moved onto someone else&apos;s customer kept here until the changes made to them on this computer are synced</source>
        <translation>
            <numerusform>%n Datensatz, zum Kunden eines anderen verschoben, bleibt hier, bis die Änderungen daran auf diesem Computer abgeglichen sind</numerusform>
            <numerusform>%n Datensätze, zu Kunden anderer verschoben, bleiben hier, bis die Änderungen daran auf diesem Computer abgeglichen sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) moved onto someone else&apos;s customer left this copy (the team book keeps them)</source>
        <translation>
            <numerusform>%n Datensatz, zum Kunden eines anderen verschoben, hat diese Kopie verlassen (das Teambuch behält ihn)</numerusform>
            <numerusform>%n Datensätze, zu Kunden anderer verschoben, haben diese Kopie verlassen (das Teambuch behält sie)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n sync conflict(s) to look at: {command}</source>
        <translation>
            <numerusform>%n Synchronisierungskonflikt zu prüfen: {command}</numerusform>
            <numerusform>%n Synchronisierungskonflikte zu prüfen: {command}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n {kind} record(s) were never logged (ids {ids}…): run {command}</source>
        <translation>
            <numerusform>%n Eintrag der Art {kind} wurde nie protokolliert (IDs {ids}…): führen Sie {command} aus</numerusform>
            <numerusform>%n Einträge der Art {kind} wurden nie protokolliert (IDs {ids}…): führen Sie {command} aus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{word}&apos; is not a section ({known})</source>
        <translation>„{word}“ ist kein Abschnitt ({known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(acted)</source>
        <translation>(umgesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(personal data erased)</source>
        <translation>(personenbezogene Daten gelöscht)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Anyone who can read those files can read your records: delete them yourself once crmnote opens the database with your passphrase.</source>
        <translation>Wer diese Dateien lesen kann, kann Ihre Einträge lesen: Löschen Sie sie selbst, sobald crmnote die Datenbank mit Ihrer Passphrase öffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business name printed on PDFs</source>
        <translation>Firmenname, der auf PDFs gedruckt wird</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict copies of the database were found beside it ({names}): changes made on another computer may be in them, not in the database you opened.</source>
        <translation>Neben der Datenbank liegen Konfliktkopien ({names}): Änderungen von einem anderen Computer können darin stehen statt in der geöffneten Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cost of one hour of staff time, for cost to serve</source>
        <translation>Kosten einer Arbeitsstunde eines Mitarbeiters, für die Betreuungskosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost to serve</source>
        <translation>Betreuungskosten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country (ISO 3166 code) of phone numbers written without +country code</source>
        <translation>Land (ISO-3166-Code) von Telefonnummern, die ohne +Ländervorwahl geschrieben sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country (and region) whose public holidays are not working days: DE, US-CA</source>
        <translation>Land (und Region), dessen Feiertage keine Arbeitstage sind: DE, US-CA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day scores last took in promises that fell overdue</source>
        <translation>Tag, an dem die Kennzahlen zuletzt überfällig gewordene Zusagen einbezogen haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days of automatic backups to keep</source>
        <translation>Tage, für die automatische Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default rates: what 1 unit of another currency is worth at home</source>
        <translation>Standardkurse: was 1 Einheit einer anderen Währung in der Hauswährung wert ist</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fix our side</source>
        <translation>Unsere Seite verbessern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home currency: costs, revenue and scores are in it; new money entries&apos; default</source>
        <translation>Hauswährung: Kosten, Umsatz und Kennzahlen werden in ihr geführt; Vorgabe für neue Buchungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep &amp; nurture</source>
        <translation>Behalten &amp; pflegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Largest evidence file accepted (MB)</source>
        <translation>Größte angenommene Nachweisdatei (MB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Most evidence files a book holds in all (MB)</source>
        <translation>Höchstens so viele Nachweisdateien fasst ein Notizbuch insgesamt (MB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New passphrase for {name}: </source>
        <translation>Neue Passphrase für {name}: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OUTLIER</source>
        <translation>AUSREISSER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for the new database: </source>
        <translation>Passphrase für die neue Datenbank: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase for {name}: </source>
        <translation>Passphrase für {name}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of {name}: </source>
        <translation>Passphrase von {name}: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for the new member: </source>
        <translation>Passwort für das neue Mitglied: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {who}: </source>
        <translation>Passwort für {who}: </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Promises due within this many days are &apos;due soon&apos;</source>
        <translation>Zusagen, die innerhalb so vieler Tage fällig sind, sind „bald fällig“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refer elsewhere</source>
        <translation>Weiterverweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprice</source>
        <translation>Preis anpassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score weights and half-life (None: defaults)</source>
        <translation>Gewichte und Halbwertszeit der Kennzahlen (None: Standardwerte)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Staff member who records by default</source>
        <translation>Mitarbeiter, der standardmäßig erfasst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is in a {service} folder. A sync client can copy it half-written or let two computers change it at once; keep it in a local folder (crmnote backs it up), or share one PostgreSQL database for a team.</source>
        <translation>Die Datenbank liegt in einem {service}-Ordner. Ein Synchronisierungsprogramm kann sie halb geschrieben kopieren oder zwei Computer sie gleichzeitig ändern lassen; bewahren Sie sie in einem lokalen Ordner auf (crmnote sichert sie) oder teilen Sie im Team eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is on a network file system ({fs}), where SQLite&apos;s locking is unreliable; keep it on a local disk, or share one PostgreSQL database.</source>
        <translation>Die Datenbank liegt auf einem Netzwerk-Dateisystem ({fs}), auf dem die Sperren von SQLite unzuverlässig sind; bewahren Sie sie auf einem lokalen Datenträger auf oder teilen Sie eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The encrypted original was kept as {path}; earlier backups stay encrypted with the passphrase. Delete them yourself when you no longer need them.</source>
        <translation>Das verschlüsselte Original wurde als {path} aufbewahrt; frühere Sicherungen bleiben mit der Passphrase verschlüsselt. Löschen Sie sie selbst, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The latest team-wide staff comparison (staff report), for the advice</source>
        <translation>Der neueste teamweite Mitarbeitervergleich (Mitarbeiterbericht), für die Empfehlung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The unencrypted original was kept as {path}.</source>
        <translation>Das unverschlüsselte Original wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This book&apos;s identity in calendar UIDs (made on first export)</source>
        <translation>Die Identität dieses Notizbuchs in Kalender-UIDs (beim ersten Export angelegt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[insight]</source>
        <translation>[Erkenntnis]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a \u escape that is not JSON at line {line}, column {column}</source>
        <translation>eine \u-Escape-Folge, die kein JSON ist, in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a backslash escape that is not JSON at line {line}, column {column}</source>
        <translation>eine Backslash-Escape-Folge, die kein JSON ist, in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a colon is missing at line {line}, column {column}</source>
        <translation>in Zeile {line}, Spalte {column} fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a comma is missing at line {line}, column {column}</source>
        <translation>in Zeile {line}, Spalte {column} fehlt ein Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a control character (such as a line break) inside a text at line {line}, column {column}</source>
        <translation>ein Steuerzeichen (etwa ein Zeilenumbruch) in einem Text in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a field copy is a file on this computer: give {option} FILE.sqlite3</source>
        <translation>eine Arbeitskopie ist eine Datei auf diesem Computer: geben Sie {option} DATEI.sqlite3 an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name in double quotes is expected at line {line}, column {column}</source>
        <translation>in Zeile {line}, Spalte {column} wird ein Name in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a text that opens at line {line}, column {column} is never closed</source>
        <translation>ein Text, der in Zeile {line}, Spalte {column} beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a value is missing at line {line}, column {column}</source>
        <translation>in Zeile {line}, Spalte {column} fehlt ein Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added {role} ({access}), recording as a new staff record &apos;{staff}&apos;</source>
        <translation>{role} ({access}) hinzugefügt, erfasst als neuer Mitarbeitereintrag „{staff}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>added {role} ({access}), recording as the staff record &apos;{staff}&apos;</source>
        <translation>{role} ({access}) hinzugefügt, erfasst als Mitarbeitereintrag „{staff}“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown day</source>
        <translation>einem unbekannten Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applies to CSV files of interactions only</source>
        <translation>gilt nur für CSV-Dateien mit Kontakten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of {at:%Y-%m-%d %H:%M}</source>
        <translation>Stand {at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>as of {at:%Y-%m-%d %H:%M}; flagged when a staff member handled at least %n interaction(s), so did the rest of the team, and difficulty over their events is {margin:g} points or more above the rest&apos;s</source>
        <translation>
            <numerusform>Stand {at:%Y-%m-%d %H:%M}; markiert, wenn ein Mitarbeiter mindestens %n Kontakt betreut hat, der Rest des Teams ebenso, und die Schwierigkeit über seine Ereignisse {margin:g} Punkte oder mehr über der des übrigen Teams liegt</numerusform>
            <numerusform>Stand {at:%Y-%m-%d %H:%M}; markiert, wenn ein Mitarbeiter mindestens %n Kontakte betreut hat, der Rest des Teams ebenso, und die Schwierigkeit über seine Ereignisse {margin:g} Punkte oder mehr über der des übrigen Teams liegt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attachment {id} ({name}): {wrong}</source>
        <translation>Nachweisdatei {id} ({name}): {wrong}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup target {path} already exists</source>
        <translation>das Sicherungsziel {path} gibt es schon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup, restore and check work on SQLite database files</source>
        <translation>backup, restore und check arbeiten mit SQLite-Datenbankdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byte {offset} is not UTF-8 text</source>
        <translation>Byte {offset} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read as a vCard</source>
        <translation>kann nicht als vCard gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: line {line} is not a vCard property</source>
        <translation>kann nicht gelesen werden: Zeile {line} ist keine vCard-Eigenschaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: {why}</source>
        <translation>kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot connect to the PostgreSQL server at {where}: {why}</source>
        <translation>keine Verbindung zum PostgreSQL-Server unter {where}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot find the database server host &apos;{host}&apos;</source>
        <translation>der Datenbankserver-Host „{host}“ wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot load the font {path}</source>
        <translation>die Schrift {path} lässt sich nicht laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open: {why}</source>
        <translation>lässt sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reach the PostgreSQL server at {where}: nothing answers there (is the server running and accepting TCP connections?)</source>
        <translation>der PostgreSQL-Server unter {where} ist nicht erreichbar: dort antwortet nichts (läuft der Server und nimmt er TCP-Verbindungen an?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the logo {path}: {why}</source>
        <translation>das Logo {path} lässt sich nicht lesen: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the passphrase file {path}: {why}</source>
        <translation>die Passphrase-Datei {path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the PDF file {path}</source>
        <translation>die PDF-Datei {path} lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write {path}: {why}</source>
        <translation>{path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change it</source>
        <translation>ihn ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>change log: {entries}, head {head}, %n problem(s)</source>
        <translation>
            <numerusform>Änderungsprotokoll: {entries}, Kopf {head}, %n Problem</numerusform>
            <numerusform>Änderungsprotokoll: {entries}, Kopf {head}, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change log: {entries}, head {head}, intact</source>
        <translation>Änderungsprotokoll: {entries}, Kopf {head}, unversehrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change the book&apos;s settings</source>
        <translation>die Einstellungen des Notizbuchs ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change who is in the team</source>
        <translation>ändern, wer zum Team gehört</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>claims pending: {count}</source>
        <translation>offene Reklamationen: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear the mood</source>
        <translation>die Stimmung leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clear the resolution time</source>
        <translation>die Erledigungszeit leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column mappings apply to CSV files only</source>
        <translation>Spaltenzuordnungen gelten nur für CSV-Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns left out: {columns}</source>
        <translation>ausgelassene Spalten: {columns}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed {id}</source>
        <translation>{id} bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>copied %n row(s) of {source} into {target}:</source>
        <translation>
            <numerusform>%n Zeile von {source} nach {target} kopiert:</numerusform>
            <numerusform>%n Zeilen von {source} nach {target} kopiert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copying: {share:.0%} ({table})</source>
        <translation>kopiere: {share:.0%} ({table})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost {cost:.2f} against revenue {revenue} (no revenue)</source>
        <translation>Kosten {cost:.2f} gegenüber Umsatz {revenue} (kein Umsatz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost {cost:.2f} against revenue {revenue} (ratio {ratio:.2f})</source>
        <translation>Kosten {cost:.2f} gegenüber Umsatz {revenue} (Verhältnis {ratio:.2f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created customer {id}: {name}</source>
        <translation>Kunde {id} angelegt: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created the encrypted database {path}</source>
        <translation>verschlüsselte Datenbank {path} angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>crmnote sets up reminders on Linux only; on {platform} schedule {command} yourself (docs/packaging.md)</source>
        <translation>crmnote richtet Erinnerungen nur unter Linux ein; planen Sie unter {platform} {command} selbst ein (docs/packaging.md)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer {line} matched with the team&apos;s &apos;{name}&apos;</source>
        <translation>Kunde {line} dem Kunden „{name}“ des Teams zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer {line} merged with the team&apos;s &apos;{name}&apos;</source>
        <translation>Kunde {line} mit dem Kunden „{name}“ des Teams zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer {line} would be matched with the team&apos;s &apos;{name}&apos;</source>
        <translation>Kunde {line} würde dem Kunden „{name}“ des Teams zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer {line} would be merged with the team&apos;s &apos;{name}&apos;</source>
        <translation>Kunde {line} würde mit dem Kunden „{name}“ des Teams zusammengeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dates day first ({why})</source>
        <translation>Datumsangaben mit Tag zuerst ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dates month first ({why})</source>
        <translation>Datumsangaben mit Monat zuerst ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision {id} has no follow-up</source>
        <translation>Entscheidung {id} hat keine Wiedervorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decision {id} has no letter</source>
        <translation>Entscheidung {id} hat keinen Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete or erase a customer (it erases their history)</source>
        <translation>einen Kunden löschen oder tilgen (das tilgt seinen Verlauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete them</source>
        <translation>sie löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered: {delivered:g} of {promised:g} {unit} ({short:g} short)</source>
        <translation>geliefert: {delivered:g} von {promised:g} {unit} ({short:g} zu wenig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo data added to {book}: {made}</source>
        <translation>Demodaten zu {book} hinzugefügt: {made}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty {mine:5.1f} against {rest:5.1f}</source>
        <translation>Schwierigkeit {mine:5.1f} gegenüber {rest:5.1f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>difficulty: {score:.1f}  (starts at {prior:.1f})</source>
        <translation>Schwierigkeit: {score:.1f}  (beginnt bei {prior:.1f})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag fällig</numerusform>
            <numerusform>in %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon: {count}</source>
        <translation>bald fällig: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each file must be a JSON object</source>
        <translation>jede Datei muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each record must be a JSON object</source>
        <translation>jeder Eintrag muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>email {value} is not an address: kept in the notes</source>
        <translation>E-Mail {value} ist keine Adresse: in den Notizen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty their {column}</source>
        <translation>ihr Feld {column} leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding {encoding}, delimiter {delimiter}</source>
        <translation>Kodierung {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>erased customer {id} and every record about them</source>
        <translation>Kunde {id} und alle Einträge über ihn gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erasing a customer cannot be undone; add {option} to confirm</source>
        <translation>das Löschen eines Kunden lässt sich nicht rückgängig machen; bestätigen Sie mit {option}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence file &apos;{name}&apos;: its bytes do not match its hash</source>
        <translation>Nachweisdatei „{name}“: ihre Bytes passen nicht zu ihrem Hash</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>evidence: (none)</source>
        <translation>Nachweis: (keiner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>evidence: {evidence}</source>
        <translation>Nachweis: {evidence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected --FIELD VALUE, got {value}</source>
        <translation>erwartet --FELD WERT, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected COLUMN=FIELD, got {value}</source>
        <translation>erwartet SPALTE=FELD, erhalten: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported customer {id} to {path}: {made}</source>
        <translation>Kunde {id} nach {path} exportiert: {made}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported to {path}: nothing</source>
        <translation>nach {path} exportiert: nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported to {path}: {made}</source>
        <translation>nach {path} exportiert: {made}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file: #{id} {name} ({kind} {record}) sha256 {sha256}</source>
        <translation>Datei: #{id} {name} ({kind} {record}) sha256 {sha256}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files attach to {kinds} records, not &apos;{kind}&apos;</source>
        <translation>Dateien gehören zu Einträgen der Arten {kinds}, nicht zu „{kind}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forgot the password kept for {who}</source>
        <translation>das für {who} aufbewahrte Passwort vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a record (KIND ID) or {option} C</source>
        <translation>geben Sie einen Eintrag (ART ID) oder {option} C an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a record (KIND ID) or {option}, not both</source>
        <translation>geben Sie einen Eintrag (ART ID) oder {option} an, nicht beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the request&apos;s id</source>
        <translation>geben Sie die Nummer der Anfrage an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give {option} FILE (or - for standard input), or run this on a terminal to be asked; never on the command line</source>
        <translation>geben Sie {option} DATEI an (oder - für die Standardeingabe) oder führen Sie dies in einem Terminal aus, um gefragt zu werden; nie auf der Befehlszeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>has %n cell(s) but the header has {width} (a stray delimiter?)</source>
        <translation>
            <numerusform>hat %n Zelle, die Kopfzeile aber {width} (ein verirrtes Trennzeichen?)</numerusform>
            <numerusform>hat %n Zellen, die Kopfzeile aber {width} (ein verirrtes Trennzeichen?)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has more than two decimals</source>
        <translation>hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no usable name</source>
        <translation>hat keinen verwendbaren Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has no vCard in it (no BEGIN:VCARD)</source>
        <translation>enthält keine vCard (kein BEGIN:VCARD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held back, not synced: {record} (written around crmnote: {command})</source>
        <translation>zurückgehalten, nicht synchronisiert: {record} (an crmnote vorbei geschrieben: {command})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds text that is not valid Unicode</source>
        <translation>enthält Text, der kein gültiges Unicode ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index rebuilt from the records</source>
        <translation>Index aus den Datensätzen neu aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indexing: {share:.0%} ({table})</source>
        <translation>indiziere: {share:.0%} ({table})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>insight mark removed</source>
        <translation>Erkenntnis-Markierung entfernt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>interactions are imported from CSV files only</source>
        <translation>Kontakte werden nur aus CSV-Dateien importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interactions; encoding {encoding}, delimiter {delimiter}</source>
        <translation>Kontakte; Kodierung {encoding}, Trennzeichen {delimiter}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: {error} (a bug in crmnote, please report it)</source>
        <translation>interner Fehler: {error} (ein Fehler in crmnote, bitte melden Sie ihn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: {error} (a bug in crmnote, please report it; the details are in {path})</source>
        <translation>interner Fehler: {error} (ein Fehler in crmnote, bitte melden Sie ihn; die Einzelheiten stehen in {path})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is before the decision</source>
        <translation>liegt vor der Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the promise was made</source>
        <translation>liegt vor dem Zeitpunkt der Zusage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the start of the period</source>
        <translation>liegt vor dem Beginn des Zeitraums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before {field}</source>
        <translation>liegt vor „{field}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is given as the positional argument</source>
        <translation>wird als Positionsargument angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is kept by the application</source>
        <translation>wird von der Anwendung verwaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is more than a month of minutes</source>
        <translation>ist mehr als ein Monat in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is nested too deeply to be a crmnote export</source>
        <translation>ist zu tief verschachtelt für einen crmnote-Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a crmnote JSON export (no &quot;format&quot;: &quot;crmnote&quot;)</source>
        <translation>ist kein JSON-Export von crmnote (kein &quot;format&quot;: &quot;crmnote&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not base64</source>
        <translation>ist kein Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not readable as CSV: {why}</source>
        <translation>ist als CSV nicht lesbar: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not valid JSON ({why})</source>
        <translation>ist kein gültiges JSON ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required (or use {option})</source>
        <translation>ist erforderlich (oder verwenden Sie {option})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>ist zu lang ({length} Zeichen, höchstens {limit})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds no crmnote book (no tables)</source>
        <translation>sie enthält kein crmnote-Notizbuch (keine Tabellen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds only your customers: {left} of others&apos; left out (they arrive when you own or serve them)</source>
        <translation>es enthält nur Ihre Kunden: {left} Kunden anderer ausgelassen (sie kommen hinzu, wenn Sie sie übernehmen oder betreuen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a crmnote book</source>
        <translation>sie ist ein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is another application&apos;s SQLite database, not a crmnote book</source>
        <translation>sie ist die SQLite-Datenbank einer anderen Anwendung, kein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty (0 bytes)</source>
        <translation>sie ist leer (0 Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is empty or missing</source>
        <translation>sie ist leer oder fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is on read-only media</source>
        <translation>sie liegt auf einem schreibgeschützten Datenträger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lacks the tables {tables} of a crmnote book</source>
        <translation>ihr fehlen die Tabellen {tables} eines crmnote-Notizbuchs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it stops making sense at line {line}, column {column}</source>
        <translation>ab Zeile {line}, Spalte {column} ist es nicht mehr lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer version of crmnote (schema {revision}); update crmnote to open it</source>
        <translation>sie wurde von einer neueren Version von crmnote geschrieben (Schema {revision}); aktualisieren Sie crmnote, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it works offline; {command} brings it and the team book up to date</source>
        <translation>es funktioniert offline; {command} bringt es und das Team-Notizbuch auf den neuesten Stand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its file is missing</source>
        <translation>seine Datei fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its file is {size} bytes, not {expected}</source>
        <translation>seine Datei hat {size} Bytes statt {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its file no longer matches its SHA-256 (it was replaced)</source>
        <translation>seine Datei passt nicht mehr zu ihrer SHA-256-Prüfsumme (sie wurde ersetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} cannot be read</source>
        <translation>Zeile {line} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} holds a NUL character (is it a text file?)</source>
        <translation>Zeile {line} enthält ein NUL-Zeichen (ist es eine Textdatei?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line {line} holds a field longer than the limit of {limit} characters</source>
        <translation>Zeile {line} enthält ein Feld, das länger als die Grenze von {limit} Zeichen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line {line}: a quote opens a field there and is never closed; nothing was imported (close the quote, or double a quote inside a field: &quot;&quot;)</source>
        <translation>Zeile {line}: dort öffnet ein Anführungszeichen ein Feld und wird nie geschlossen; nichts wurde importiert (schließen Sie das Anführungszeichen oder verdoppeln Sie ein Anführungszeichen innerhalb eines Feldes: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log entry {entry} does not match its hash</source>
        <translation>Protokolleintrag {entry} passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log entry {entry} was emptied but customer {customer} was not erased</source>
        <translation>Protokolleintrag {entry} wurde geleert, Kunde {customer} aber nicht gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>log entry {entry}: the recorded changes were altered</source>
        <translation>Protokolleintrag {entry}: die aufgezeichneten Änderungen wurden verändert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>logged the current state of %n record(s)</source>
        <translation>
            <numerusform>den aktuellen Stand von %n Eintrag protokolliert</numerusform>
            <numerusform>den aktuellen Stand von %n Einträgen protokolliert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logging for sync: {share:.0%} ({table})</source>
        <translation>protokolliere für den Abgleich: {share:.0%} ({table})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made positive (the kind says which way money moved)</source>
        <translation>positiv gemacht (die Art sagt, in welche Richtung das Geld floss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made {at:%Y-%m-%d %H:%M}</source>
        <translation>gegeben am {at:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>made {at:%Y-%m-%d %H:%M} by {who}</source>
        <translation>gegeben am {at:%Y-%m-%d %H:%M} von {who}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make them positive (the kind says which way money moved)</source>
        <translation>sie positiv machen (die Art sagt, in welche Richtung das Geld floss)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration left broken references: {rows}</source>
        <translation>die Migration hat kaputte Verweise hinterlassen: {rows}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes set to 0 (not recorded)</source>
        <translation>Minuten auf 0 gesetzt (nicht erfasst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mood cleared</source>
        <translation>Stimmung geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more follows the end of the document at line {line}, column {column}</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas, in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a .json file</source>
        <translation>muss eine .json-Datei sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a finite number, not {value}</source>
        <translation>muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of text</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number of megabytes above zero</source>
        <translation>muss eine Anzahl Megabyte über null sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number, not {value}</source>
        <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a three-letter code such as EUR</source>
        <translation>muss ein dreibuchstabiger Code wie EUR sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number, at least {least}, not {value}</source>
        <translation>muss eine ganze Zahl von mindestens {least} sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number, not {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object of lists by kind</source>
        <translation>muss ein Objekt mit Listen je Art sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between -2 (hostile) and +2 (delighted)</source>
        <translation>muss zwischen -2 (feindselig) und +2 (begeistert) liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 1, not {value}</source>
        <translation>muss zwischen 0 und 1 liegen, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 100, not {value}</source>
        <translation>muss zwischen 0 und 100 liegen, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be more than 1 (broken weighs more than kept), not {value}</source>
        <translation>muss größer als 1 sein (gebrochen wiegt mehr als eingehalten), nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be more than zero</source>
        <translation>muss größer als null sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be more than zero, not {value}</source>
        <translation>muss größer als null sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be one line without control characters</source>
        <translation>muss eine Zeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be positive (the kind says which way)</source>
        <translation>muss positiv sein (die Art bestimmt die Richtung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be zero or more</source>
        <translation>muss null oder mehr sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be zero or more, not {value}</source>
        <translation>muss null oder mehr sein, nicht {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must map currency codes to rates</source>
        <translation>muss Währungscodes Kurse zuordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be null</source>
        <translation>darf nicht null sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name at least one --FIELD VALUE to change</source>
        <translation>nennen Sie mindestens ein --FELD WERT zum Ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name at least one section</source>
        <translation>nennen Sie mindestens einen Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the database to copy into</source>
        <translation>nennen Sie die Datenbank, in die kopiert werden soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the team book, as in the example</source>
        <translation>geben Sie das Team-Notizbuch wie im Beispiel an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name who you refer them to</source>
        <translation>angeben, an wen verwiesen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names {kind} {id}, which is not in the file or was rejected</source>
        <translation>nennt {kind} {id}, nicht in der Datei enthalten oder abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs a request judged reasonable or {several} customers (it has {has})</source>
        <translation>braucht einen als berechtigt beurteilten Wunsch oder {several} Kunden (es sind {has})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs a value</source>
        <translation>braucht einen Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no backup of {path} was written: {why}</source>
        <translation>keine Sicherung von {path} geschrieben: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no backup was written: {why}</source>
        <translation>keine Sicherung geschrieben: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no customer matches &apos;{name}&apos;</source>
        <translation>kein Kunde passt zu „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no customer matches &apos;{name}&apos; (by {how})</source>
        <translation>kein Kunde passt zu „{name}“ (nach {how})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no customer named</source>
        <translation>kein Kunde genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no interactions</source>
        <translation>keine Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password was kept for {who}</source>
        <translation>für {who} war kein Passwort aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no public holidays are known for it ({why})</source>
        <translation>dafür sind keine gesetzlichen Feiertage bekannt ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no revenue</source>
        <translation>kein Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such date</source>
        <translation>dieses Datum gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sync conflicts</source>
        <translation>keine Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of its backups is good</source>
        <translation>keine ihrer Sicherungen ist brauchbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a record identity: {value}</source>
        <translation>keine Identität eines Eintrags: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a usable database: {why}</source>
        <translation>keine brauchbare Datenbank: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not applied yet: {change}</source>
        <translation>noch nicht übernommen: {change}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: a clock among the changes runs {hours:.1f} hours ahead of this computer&apos;s</source>
        <translation>Hinweis: eine Uhr unter den Änderungen geht {hours:.1f} Stunden gegenüber der dieses Computers vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was changed: run again with {offer} to add these records to the team book and make this book its field copy</source>
        <translation>nichts wurde geändert: führen Sie den Befehl erneut mit {offer} aus, um diese Einträge dem Team-Notizbuch hinzuzufügen und dieses Notizbuch zu seiner Arbeitskopie zu machen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was restored: pg_restore failed on {path}</source>
        <translation>nichts wurde wiederhergestellt: pg_restore ist an {path} gescheitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a request judged reasonable can be marked an insight</source>
        <translation>nur eine als berechtigt beurteilte Anfrage kann als Erkenntnis markiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other users can read {path}; {command} it</source>
        <translation>andere Benutzer können {path} lesen; ändern Sie das mit {command}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our side to fix: {count}</source>
        <translation>von uns zu beheben: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: {count}</source>
        <translation>überfällig: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per-table counts and content checksum match: {checksum}</source>
        <translation>Anzahlen je Tabelle und Prüfsumme des Inhalts stimmen überein: {checksum}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>phone {value} has no digits: kept in the notes</source>
        <translation>Telefon {value} enthält keine Ziffern: in den Notizen behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise: #{id} &apos;{text}&apos;, {made}</source>
        <translation>Zusage: #{id} „{text}“, {made}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise: none linked</source>
        <translation>Zusage: keine verknüpft</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>pulled {done} of %n change(s)</source>
        <translation>
            <numerusform>{done} von %n Änderung geholt</numerusform>
            <numerusform>{done} von %n Änderungen geholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>pushed %n change(s), pulled {pulled}</source>
        <translation>
            <numerusform>%n Änderung gesendet, {pulled} geholt</numerusform>
            <numerusform>%n Änderungen gesendet, {pulled} geholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>pushed {done} of %n change(s)</source>
        <translation>
            <numerusform>{done} von %n Änderung gesendet</numerusform>
            <numerusform>{done} von %n Änderungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quick log cannot add a {kind}</source>
        <translation>die Schnellerfassung kann „{kind}“ nicht anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranked among the {among} newest matches; {option} ranks every match</source>
        <translation>unter den {among} neuesten Treffern gereiht; {option} reiht alle Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rebuild it from the texts</source>
        <translation>ihn aus den Texten neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuild the index from the records</source>
        <translation>den Index aus den Datensätzen neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuilt from the texts</source>
        <translation>aus den Texten neu aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recommendation: {action}</source>
        <translation>Empfehlung: {action}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recompute their customers&apos; scores</source>
        <translation>die Kennzahlen ihrer Kunden neu berechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recompute their scores</source>
        <translation>ihre Kennzahlen neu berechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recompute them</source>
        <translation>sie neu berechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recomputed</source>
        <translation>neu berechnet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>recomputed the scores of %n customer(s)</source>
        <translation>
            <numerusform>die Kennzahlen von %n Kunden neu berechnet</numerusform>
            <numerusform>die Kennzahlen von %n Kunden neu berechnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recreate them</source>
        <translation>sie neu anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recreated</source>
        <translation>neu angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>related interactions: {count}</source>
        <translation>zugehörige Kontakte: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove the insight mark</source>
        <translation>die Erkenntnis-Markierung entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>requests to judge: {count}</source>
        <translation>zu beurteilende Anfragen: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution time cleared</source>
        <translation>Erledigungszeit geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {id}</source>
        <translation>{id} wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored {source} into {target}</source>
        <translation>{source} in {target} wiederhergestellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>row {row}: {text}</source>
        <translation>Zeile {row}: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say by when</source>
        <translation>angeben, bis wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say what we will put right</source>
        <translation>angeben, was wir in Ordnung bringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scores recomputed</source>
        <translation>Kennzahlen neu berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search index</source>
        <translation>Suchindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the minutes to 0 (not recorded)</source>
        <translation>die Minuten auf 0 setzen (nicht erfasst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several staff members are named &apos;{name}&apos;</source>
        <translation>mehrere Mitarbeiter heißen „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>several staff members are named &apos;{name}&apos;; give the id</source>
        <translation>mehrere Mitarbeiter heißen „{name}“; geben Sie die ID an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed in as {who}: the password is kept in the system keyring ({command} forgets it)</source>
        <translation>angemeldet als {who}: Das Passwort wird im Schlüsselbund des Systems aufbewahrt ({command} vergisst es)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signing in is for a team book on a PostgreSQL server; a SQLite file is opened by whoever may read it</source>
        <translation>Anmelden gibt es für ein Team-Notizbuch auf einem PostgreSQL-Server; eine SQLite-Datei öffnet, wer sie lesen darf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff member #{id}</source>
        <translation>Mitarbeiter #{id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stamp the time each was last changed</source>
        <translation>jeweils die Zeit der letzten Änderung eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stamped with the time each was last changed</source>
        <translation>jeweils mit der Zeit der letzten Änderung versehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard  {name} ({target}), in force on {day}</source>
        <translation>Standard  {name} ({target}), gültig am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard* {name} ({target}), in force on {day}</source>
        <translation>Standard* {name} ({target}), gültig am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standards</source>
        <translation>Standards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status {value} unknown: left active</source>
        <translation>Status {value} unbekannt: bleibt aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>status: {status} on {at}</source>
        <translation>Status: {status} am {at}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested judgment: none (judge it yourself)</source>
        <translation>vorgeschlagene Beurteilung: keine (beurteilen Sie selbst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested judgment: {judgment}</source>
        <translation>vorgeschlagene Beurteilung: {judgment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suggested verdict: {verdict}</source>
        <translation>vorgeschlagener Befund: {verdict}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team book ready: found the roles {roles}; {owner} is its owner, recording as {staff}</source>
        <translation>Team-Notizbuch bereit: Rollen {roles} gefunden; {owner} ist sein Eigentümer und erfasst als {staff}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team book ready: made the roles {roles}; {owner} is its owner, recording as {staff}</source>
        <translation>Team-Notizbuch bereit: Rollen {roles} angelegt; {owner} ist sein Eigentümer und erfasst als {staff}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>team init is for the book&apos;s owner: the tables belong to &apos;{role}&apos;</source>
        <translation>team init ist Sache des Eigentümers des Notizbuchs: die Tabellen gehören „{role}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>team members</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>that is the database itself</source>
        <translation>das ist die Datenbank selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF fonts are missing (looked in {folders})</source>
        <translation>die Schriften für PDFs fehlen (gesucht in {folders})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PostgreSQL driver is not installed: pip install &quot;crmnote[postgres]&quot;</source>
        <translation>der PostgreSQL-Treiber ist nicht installiert: pip install &quot;crmnote[postgres]&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PostgreSQL server at {where} asks for the password of role &apos;{role}&apos;: put it in ~/.pgpass or the system keyring (crmnote team sign-in), never on the command line</source>
        <translation>der PostgreSQL-Server unter {where} verlangt das Passwort der Rolle „{role}“: legen Sie es in ~/.pgpass oder im Schlüsselbund des Systems ab (crmnote team sign-in), nie auf der Kommandozeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PostgreSQL server at {where} did not answer within {seconds} s</source>
        <translation>der PostgreSQL-Server unter {where} hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PostgreSQL server at {where} does not let role &apos;{role}&apos; connect to database &apos;{database}&apos; from this computer (pg_hba.conf)</source>
        <translation>der PostgreSQL-Server unter {where} lässt die Rolle „{role}“ von diesem Computer aus nicht mit der Datenbank „{database}“ verbinden (pg_hba.conf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PostgreSQL server at {where} does not let role &apos;{role}&apos; sign in to &apos;{database}&apos; (no longer a member? ask the book&apos;s owner)</source>
        <translation>der PostgreSQL-Server unter {where} lässt die Rolle „{role}“ nicht bei „{database}“ anmelden (kein Mitglied mehr? fragen Sie den Eigentümer des Notizbuchs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PostgreSQL server at {where} refused the password of role &apos;{role}&apos; (check ~/.pgpass, PGPASSWORD or crmnote team sign-in)</source>
        <translation>der PostgreSQL-Server unter {where} hat das Passwort der Rolle „{role}“ abgelehnt (prüfen Sie ~/.pgpass, PGPASSWORD oder crmnote team sign-in)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>the PostgreSQL server lacks %n extension(s) that crmnote&apos;s search needs ({names}): install the postgresql-contrib package on the server</source>
        <translation>
            <numerusform>dem PostgreSQL-Server fehlt %n Erweiterung, die die Suche von crmnote braucht ({names}): installieren Sie auf dem Server das Paket postgresql-contrib</numerusform>
            <numerusform>dem PostgreSQL-Server fehlen %n Erweiterungen, die die Suche von crmnote braucht ({names}): installieren Sie auf dem Server das Paket postgresql-contrib</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the book as it was is kept in {path}</source>
        <translation>das Notizbuch im vorherigen Zustand liegt in {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the book holds money in {codes}: the home currency cannot change under it</source>
        <translation>das Buch enthält Beträge in {codes}: die Hauswährung kann sich darunter nicht ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the change collided with colleagues&apos; changes ({collision}) {attempts} times; nothing was saved, try again</source>
        <translation>die Änderung ist {attempts}-mal mit Änderungen von Kollegen zusammengestoßen ({collision}); nichts wurde gespeichert, versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection to the database server was lost; nothing was saved, try again</source>
        <translation>die Verbindung zum Datenbankserver ist abgebrochen; nichts wurde gespeichert, versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to {target} failed ({why})</source>
        <translation>die Verbindung zu {target} ist fehlgeschlagen ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the contact has no name, organisation, email or phone</source>
        <translation>der Kontakt hat weder Name, Organisation, E-Mail noch Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the converted copy differs from the database; nothing changed</source>
        <translation>die umgewandelte Kopie weicht von der Datenbank ab; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the copy does not match this book ({differences}); nothing was copied</source>
        <translation>die Kopie stimmt nicht mit diesem Notizbuch überein ({differences}); nichts wurde kopiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database cannot be opened: {why}</source>
        <translation>die Datenbank lässt sich nicht öffnen: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the database could not be opened: {why}</source>
        <translation>die Datenbank konnte nicht geöffnet werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is damaged ({detail}); nothing was changed</source>
        <translation>die Datenbankdatei ist beschädigt ({detail}); nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database file is read-only</source>
        <translation>die Datenbankdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>die Datenbank ist in einem anderen Programm beschäftigt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database refused: {why}</source>
        <translation>die Datenbank hat abgelehnt: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database server refused: {why}; nothing was saved</source>
        <translation>der Datenbankserver hat abgelehnt: {why}; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database uses the {encoding} encoding; crmnote needs UTF8 (createdb --encoding=UTF8 --template=template0, see docs/team.md)</source>
        <translation>die Datenbank verwendet die Kodierung {encoding}; crmnote braucht UTF8 (createdb --encoding=UTF8 --template=template0, siehe docs/team.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk is full; free some space and try again</source>
        <translation>der Datenträger ist voll; geben Sie Platz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk quota is used up; free some space and try again</source>
        <translation>das Speicherkontingent ist aufgebraucht; geben Sie Platz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an error (it may be full)</source>
        <translation>der Datenträger hat einen Fehler gemeldet (vielleicht ist er voll)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dump failed its check</source>
        <translation>der Dump hat seine Prüfung nicht bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encrypted copy {path} failed its integrity check</source>
        <translation>die verschlüsselte Kopie {path} hat ihre Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has day-first (row {day_row}: {day_text}) and month-first (row {month_row}: {month_text}) dates; pass {dmy} or {mdy} to say which it uses</source>
        <translation>die Datei hat Daten mit Tag zuerst (Zeile {day_row}: {day_text}) und mit Monat zuerst (Zeile {month_row}: {month_text}); geben Sie {dmy} oder {mdy} an, um zu sagen, welche Form sie verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has no column {name}</source>
        <translation>die Datei hat keine Spalte {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged ({detail})</source>
        <translation>die Datei ist beschädigt ({detail})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file would grow larger than this system allows</source>
        <translation>die Datei würde größer, als dieses System erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file&apos;s bytes do not match its SHA-256</source>
        <translation>die Bytes der Datei passen nicht zu ihrer SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the letter is signed {unsigned}: set the business name ({command} shows it)</source>
        <translation>der Brief ist mit {unsigned} unterzeichnet: Legen Sie den Firmennamen fest ({command} zeigt ihn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the log&apos;s head does not match its last entry</source>
        <translation>der Kopf des Protokolls passt nicht zu seinem letzten Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the logical checks are written for SQLite and PostgreSQL</source>
        <translation>die logischen Prüfungen gibt es für SQLite und PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the month has no such day</source>
        <translation>diesen Tag hat der Monat nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest good backup is {path}</source>
        <translation>die neueste brauchbare Sicherung ist {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the operation is not permitted</source>
        <translation>der Vorgang ist nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase does not open {path}</source>
        <translation>die Passphrase öffnet {path} nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase is empty</source>
        <translation>die Passphrase ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the plain copy {path} failed its integrity check</source>
        <translation>die unverschlüsselte Kopie {path} hat ihre Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the previous database was kept as {path}</source>
        <translation>die vorherige Datenbank wurde als {path} aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the printer cannot be used (is it connected and switched on?)</source>
        <translation>der Drucker lässt sich nicht verwenden (ist er angeschlossen und eingeschaltet?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the promise holds no quantity to compare it with</source>
        <translation>die Zusage enthält keine Menge zum Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rate for {currency} must be more than 0</source>
        <translation>der Kurs für {currency} muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the read was stopped: a newer one replaced it</source>
        <translation>das Lesen wurde abgebrochen: eine neuere Abfrage hat es ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the repair was undone: {missing}</source>
        <translation>die Reparatur wurde rückgängig gemacht: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the restored database failed its check; kept as {kept}</source>
        <translation>die wiederhergestellte Datenbank hat ihre Prüfung nicht bestanden; aufbewahrt als {kept}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the restored tables belong to you; grants were not restored: give the team its rights again ({command})</source>
        <translation>die wiederhergestellten Tabellen gehören Ihnen; Berechtigungen wurden nicht wiederhergestellt: Geben Sie dem Team seine Rechte erneut ({command})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the row has no date</source>
        <translation>die Zeile hat kein Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the row has no name, company, email or phone</source>
        <translation>die Zeile hat weder Name, Firma, E-Mail noch Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the row names no customer</source>
        <translation>die Zeile nennt keinen Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target</source>
        <translation>das Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target already holds records ({listed}): copy into a new, empty database</source>
        <translation>das Ziel enthält schon Einträge ({listed}): kopieren Sie in eine neue, leere Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the target is this book itself: name another database</source>
        <translation>das Ziel ist dieses Notizbuch selbst: nennen Sie eine andere Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target refused a row ({why})</source>
        <translation>das Ziel hat eine Zeile abgelehnt ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passphrases differ; nothing was changed</source>
        <translation>die beiden Passphrasen unterscheiden sich; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>die beiden Passwörter unterscheiden sich; nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year is out of range</source>
        <translation>das Jahr liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their customers&apos; scores recomputed</source>
        <translation>Kennzahlen ihrer Kunden neu berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no backup</source>
        <translation>es gibt keine Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no crmnote book at {path}</source>
        <translation>unter {path} gibt es kein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no crmnote book in {where}</source>
        <translation>in {where} gibt es kein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no customer with id {id}</source>
        <translation>es gibt keinen Kunden mit der ID {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database &apos;{database}&apos; on the PostgreSQL server at {where}</source>
        <translation>auf dem PostgreSQL-Server unter {where} gibt es keine Datenbank „{database}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no database at {path}</source>
        <translation>unter {path} gibt es keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no file at {path}</source>
        <translation>unter {path} gibt es keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no open sync conflict {id}</source>
        <translation>es gibt keinen offenen Synchronisationskonflikt {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no role &apos;{role}&apos; on the PostgreSQL server at {where}</source>
        <translation>auf dem PostgreSQL-Server unter {where} gibt es keine Rolle „{role}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no staff member named &apos;{name}&apos;</source>
        <translation>es gibt keinen Mitarbeiter namens „{name}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no staff member with id {id}</source>
        <translation>es gibt keinen Mitarbeiter mit der ID {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such hour</source>
        <translation>diese Stunde gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such minute</source>
        <translation>diese Minute gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such month</source>
        <translation>diesen Monat gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such second</source>
        <translation>diese Sekunde gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no system keyring on this computer to keep the password in (the keyring package with a Secret Service, KWallet, macOS Keychain or Windows Credential Locker): put it in ~/.pgpass instead (docs/team.md)</source>
        <translation>auf diesem Computer gibt es keinen Schlüsselbund des Systems für das Passwort (das Paket keyring mit einem Secret Service, KWallet, dem macOS-Schlüsselbund oder der Windows-Anmeldeinformationsverwaltung): tragen Sie es stattdessen in ~/.pgpass ein (docs/team.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no theme &apos;{key}&apos; on the insights board</source>
        <translation>unter den Erkenntnissen gibt es kein Thema „{key}“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no {kind} with id {id}</source>
        <translation>{kind} mit der ID {id} gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this book</source>
        <translation>dieses Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this book has no team yet: its owner runs crmnote team init</source>
        <translation>dieses Notizbuch hat noch kein Team: sein Eigentümer führt crmnote team init aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this book has rows that name missing records or repeat an id ({why}): run crmnote check --repair on it, then copy again</source>
        <translation>dieses Notizbuch hat Zeilen, die auf fehlende Einträge verweisen oder eine ID wiederholen ({why}): führen Sie crmnote check --repair darauf aus und kopieren Sie dann erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this book is no field copy of a team book: {join} makes it one, or name another book with {other}</source>
        <translation>dieses Notizbuch ist keine Arbeitskopie eines Team-Notizbuchs: {join} macht es zu einer, oder nennen Sie ein anderes Notizbuch mit {other}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this book is not a file on this computer: a field copy is a file, so open or make one (crmnote --db FILE.sqlite3) and join from there</source>
        <translation>dieses Notizbuch ist keine Datei auf diesem Computer: eine Arbeitskopie ist eine Datei, also öffnen oder erstellen Sie eine (crmnote --db DATEI.sqlite3) und treten Sie von dort bei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this book is not bound to a database</source>
        <translation>dieses Notizbuch ist an keine Datenbank gebunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>this book shares the past of {team}: it is its field copy now; pushed %n change(s), pulled {pulled}</source>
        <translation>
            <numerusform>dieses Notizbuch teilt die Vergangenheit von {team}: Es ist jetzt seine Arbeitskopie; %n Änderung gesendet, {pulled} geholt</numerusform>
            <numerusform>dieses Notizbuch teilt die Vergangenheit von {team}: Es ist jetzt seine Arbeitskopie; %n Änderungen gesendet, {pulled} geholt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>timing: +{late} against the due date</source>
        <translation>Zeitpunkt: +{late} gegenüber dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timing: {late} against the due date</source>
        <translation>Zeitpunkt: {late} gegenüber dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trust: {score:.1f}  (starts at {prior:.1f})</source>
        <translation>Vertrauen: {score:.1f}  (beginnt bei {prior:.1f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown kinds: {kinds}</source>
        <translation>unbekannte Arten: {kinds}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated {role} ({access}), recording as a new staff record &apos;{staff}&apos;</source>
        <translation>{role} ({access}) aktualisiert, erfasst als neuer Mitarbeitereintrag „{staff}“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated {role} ({access}), recording as the staff record &apos;{staff}&apos;</source>
        <translation>{role} ({access}) aktualisiert, erfasst als Mitarbeitereintrag „{staff}“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verifying: {share:.0%} ({table})</source>
        <translation>prüfe: {share:.0%} ({table})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version {id} was replaced from {since} by version {successor}; revise that one</source>
        <translation>Version {id} wurde ab {since} durch Version {successor} ersetzt; diese überarbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>version {id} was retired after {until}</source>
        <translation>Version {id} ist nach dem {until} ausgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was written by a newer crmnote (version {version})</source>
        <translation>wurde von einem neueren crmnote geschrieben (Version {version})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write them afresh</source>
        <translation>sie neu schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write them afresh and rebuild the filter index</source>
        <translation>sie neu schreiben und den Filterindex neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written afresh</source>
        <translation>neu geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written afresh; filter index rebuilt</source>
        <translation>neu geschrieben; Filterindex neu aufgebaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you are signed in as {role}, a viewer of this book: a viewer can read it but not change it; nothing was saved</source>
        <translation>Sie sind als {role} angemeldet, mit Lesezugriff auf dieses Notizbuch: Sie können es lesen, aber nicht ändern; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you are signed in as {role}, staff of this book: only its owner can {what}; nothing was saved</source>
        <translation>Sie sind als {role} angemeldet, als Mitarbeiter dieses Notizbuchs: nur sein Eigentümer darf {what}; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{action} by {who}</source>
        <translation>{action} von {who}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{book} is a field copy of {team}: %n row(s) copied</source>
        <translation>
            <numerusform>{book} ist eine Arbeitskopie von {team}: %n Zeile kopiert</numerusform>
            <numerusform>{book} ist eine Arbeitskopie von {team}: %n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} is not a three-letter code</source>
        <translation>{code} ist kein dreibuchstabiger Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column} emptied</source>
        <translation>{column} geleert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{command} needs a PostgreSQL book: a SQLite file is one person&apos;s book; a team shares a book on a PostgreSQL server (docs/team.md)</source>
        <translation>{command} braucht ein PostgreSQL-Notizbuch: eine SQLite-Datei ist das Notizbuch einer Person; ein Team teilt sich ein Notizbuch auf einem PostgreSQL-Server (docs/team.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{command} works on SQLite database files</source>
        <translation>{command} arbeitet mit SQLite-Datenbankdateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} created</source>
        <translation>{count} angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} matched</source>
        <translation>{count} zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} merged</source>
        <translation>{count} zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rejected</source>
        <translation>{count} abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} rejected; nothing was written (correct them, or pass {skip} to leave them out)</source>
        <translation>{count} abgelehnt; nichts wurde geschrieben (korrigieren Sie sie oder lassen Sie sie mit {skip} aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rejected; nothing was written (correct them, or pass {skip} to leave them out; import those customers first or pass {create})</source>
        <translation>{count} abgelehnt; nichts wurde geschrieben (korrigieren Sie sie oder lassen Sie sie mit {skip} aus; importieren Sie diese Kunden zuerst oder geben Sie {create} an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rejected; nothing would be written (correct them, or pass {skip} to leave them out)</source>
        <translation>{count} abgelehnt; nichts würde geschrieben (korrigieren Sie sie oder lassen Sie sie mit {skip} aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} rejected; nothing would be written (correct them, or pass {skip} to leave them out; import those customers first or pass {create})</source>
        <translation>{count} abgelehnt; nichts würde geschrieben (korrigieren Sie sie oder lassen Sie sie mit {skip} aus; importieren Sie diese Kunden zuerst oder geben Sie {create} an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{currency} is not the home currency {home}: give the rate (what 1 {currency} is worth in {home}) or set a default rate in Settings</source>
        <translation>{currency} ist nicht die Hauswährung {home}: den Kurs angeben (was 1 {currency} in {home} wert ist) oder in den Einstellungen einen Standardkurs festlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{currency} is the home currency: its rate is 1</source>
        <translation>{currency} ist die Hauswährung: ihr Kurs ist 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{id} is not a fresh {kind} id in this file</source>
        <translation>{id} ist in dieser Datei keine neue ID für {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{index}: {detail}</source>
        <translation>{index}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} (deleted)</source>
        <translation>{kind} (gelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} has no such field (fields: {known})</source>
        <translation>{kind} hat kein solches Feld (Felder: {known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} records do not belong to a customer</source>
        <translation>Einträge der Art {kind} gehören zu keinem Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} takes no files</source>
        <translation>{kind} nimmt keine Dateien auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id} belongs to another customer</source>
        <translation>{kind} {id} gehört einem anderen Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id} differs from its last logged version (entry {entry})</source>
        <translation>{kind} {id} weicht von der zuletzt protokollierten Fassung ab (Eintrag {entry})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} {id} has no logged history</source>
        <translation>{kind} {id} hat keinen protokollierten Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id} is another customer&apos;s</source>
        <translation>{kind} {id} gehört einem anderen Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id} is back although its last entry deletes it</source>
        <translation>{kind} {id} ist wieder da, obwohl der letzte Eintrag die Löschung verzeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {id} was deleted without a log entry</source>
        <translation>{kind} {id} wurde ohne Protokolleintrag gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {line}: rejected ({name}): {field}: {why}</source>
        <translation>{kind} {line}: abgelehnt ({name}): {field}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} {uuid}: not all of it has arrived ({what})</source>
        <translation>{kind} {uuid}: ist nicht vollständig angekommen ({what})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {counts}</source>
        <translation>{kind}: {counts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{made}, due {due}</source>
        <translation>{made}, fällig am {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({size:.1f} MB) would take the book&apos;s evidence files past {total:.1f} MB ({held:.1f} MB held); raise the limit in Settings</source>
        <translation>{name} ({size:.1f} MB) würde die Nachweisdateien des Buchs über {total:.1f} MB bringen ({held:.1f} MB belegt); die Grenze in den Einstellungen erhöhen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{name} ({target}): %n promise(s), {kept} kept, {broken} broken, {claims} claims ({upheld} upheld)</source>
        <translation>
            <numerusform>{name} ({target}): %n Zusage, {kept} eingehalten, {broken} gebrochen, {claims} Reklamationen ({upheld} begründet)</numerusform>
            <numerusform>{name} ({target}): %n Zusagen, {kept} eingehalten, {broken} gebrochen, {claims} Reklamationen ({upheld} begründet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} does not match its SHA-256</source>
        <translation>{name} passt nicht zur gespeicherten SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is someone else&apos;s customer now, kept here until the changes made to them on this computer are synced</source>
        <translation>{name} ist jetzt Kunde eines anderen, bleibt hier, bis die auf diesem Computer gemachten Änderungen synchronisiert sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is someone else&apos;s customer now: left this copy (the team book keeps them)</source>
        <translation>{name} ist jetzt Kunde eines anderen: aus dieser Kopie entfernt (das Team-Notizbuch behält ihn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is {media}, which is not accepted: {accepted}</source>
        <translation>{name} ist {media}, das wird nicht angenommen: {accepted}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:.1f} MB; files of at most {limit:.1f} MB are kept</source>
        <translation>{name} ist {size:.1f} MB groß; aufbewahrt werden Dateien bis {limit:.1f} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {size:.1f} MB; files of at most {most:.1f} MB are kept</source>
        <translation>{name} ist {size:.1f} MB groß; aufbewahrt werden Dateien bis {most:.1f} MB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} claims against us were substantiated.</source>
        <translation>{n} Reklamationen gegen uns waren begründet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{option} is for commands; the desktop app asks for it</source>
        <translation>{option} gilt für Befehle; die Desktop-App fragt selbst danach</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{path} (%n page(s))</source>
        <translation>
            <numerusform>{path} (%n Seite)</numerusform>
            <numerusform>{path} (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists</source>
        <translation>{path} gibt es schon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} can be read by other users and cannot be made private ({why}); nothing was written to it</source>
        <translation>{path} ist für andere Benutzer lesbar und lässt sich nicht privat machen ({why}); nichts wurde hineingeschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be backed up: {why}</source>
        <translation>{path} lässt sich nicht sichern: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be read ({why})</source>
        <translation>{path} lässt sich nicht lesen ({why})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be read: {why}</source>
        <translation>{path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} cannot be written: {why}</source>
        <translation>{path} kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be brought up to date: {why}; it was left as it was</source>
        <translation>{path} konnte nicht auf den neuesten Stand gebracht werden: {why}; die Datei blieb, wie sie war</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} could not be renamed aside: {why}</source>
        <translation>{path} konnte nicht zur Seite umbenannt werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} could not be restored: {why}</source>
        <translation>{path} konnte nicht wiederhergestellt werden: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} does not open with this database&apos;s passphrase or is damaged</source>
        <translation>{path} lässt sich mit der Passphrase dieser Datenbank nicht öffnen oder ist beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} exists already; nothing was written</source>
        <translation>{path} gibt es schon; nichts wurde geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} holds no password on its first line</source>
        <translation>{path} enthält in der ersten Zeile kein Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a crmnote book</source>
        <translation>{path} ist ein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder; name the .ics file</source>
        <translation>{path} ist ein Ordner; nennen Sie die .ics-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder; name the PDF file</source>
        <translation>{path} ist ein Ordner; nennen Sie die PDF-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is already encrypted</source>
        <translation>{path} ist bereits verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is another application&apos;s SQLite database, not a crmnote book</source>
        <translation>{path} ist die SQLite-Datenbank einer anderen Anwendung, kein crmnote-Notizbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is another application&apos;s SQLite database, not a crmnote book; it was left as it is</source>
        <translation>{path} ist die SQLite-Datenbank eines anderen Programms, kein crmnote-Notizbuch; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is damaged (the passphrase is right) and was left as it is; {hint}</source>
        <translation>{path} ist beschädigt (die Passphrase stimmt) und blieb, wie sie war; {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged (the passphrase is right); restore a backup</source>
        <translation>{path} ist beschädigt (die Passphrase stimmt); stellen Sie eine Sicherung wieder her</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is damaged or not a database and was left as it is; {hint}</source>
        <translation>{path} ist beschädigt oder keine Datenbank und blieb, wie sie war; {hint}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is empty (0 bytes) but has backups; the newest good backup is {backup}: restore it (crmnote restore FILE) or delete the empty file for a new book</source>
        <translation>{path} ist leer (0 Byte), hat aber Sicherungen; die neueste brauchbare Sicherung ist {backup}: stellen Sie sie wieder her (crmnote restore DATEI) oder löschen Sie die leere Datei für ein neues Notizbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is empty (0 bytes) but has encrypted backups; the newest is {backup}: restore it (crmnote restore FILE) or delete the empty file for a new book; its passphrase is asked</source>
        <translation>{path} ist leer (0 Byte), hat aber verschlüsselte Sicherungen; die neueste ist {backup}: stellen Sie sie wieder her (crmnote restore DATEI) oder löschen Sie die leere Datei für ein neues Notizbuch; ihre Passphrase wird abgefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is encrypted and this database is not; it cannot be restored here</source>
        <translation>{path} ist verschlüsselt, diese Datenbank aber nicht; sie lässt sich hier nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is encrypted: a passphrase is needed to open it</source>
        <translation>{path} ist verschlüsselt: zum Öffnen wird eine Passphrase gebraucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is encrypted: copy into a new plain file, then crmnote encrypt it</source>
        <translation>{path} ist verschlüsselt: kopieren Sie in eine neue unverschlüsselte Datei und verschlüsseln Sie sie dann mit crmnote encrypt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is encrypted: decrypt a copy of it (crmnote decrypt) to sync with it</source>
        <translation>{path} ist verschlüsselt: entschlüsseln Sie eine Kopie davon (crmnote decrypt), um damit zu synchronisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is encrypted: give its passphrase in ${variable} or with {option} PATH (or run crmnote in a terminal to be asked)</source>
        <translation>{path} ist verschlüsselt: geben Sie die Passphrase in ${variable} oder mit {option} PFAD an (oder führen Sie crmnote in einem Terminal aus, um gefragt zu werden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is no longer encrypted; a plain backup is at {backup}</source>
        <translation>{path} ist nicht mehr verschlüsselt; eine unverschlüsselte Sicherung liegt in {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not UTF-8 text</source>
        <translation>{path} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a crmnote database</source>
        <translation>{path} ist keine crmnote-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a pg_dump custom-format file: a server book restores from `crmnote backup` of a server book (to put a SQLite book on the server, use crmnote copy)</source>
        <translation>{path} ist keine pg_dump-Datei im Custom-Format: ein Server-Notizbuch wird aus `crmnote backup` eines Server-Notizbuchs wiederhergestellt (um ein SQLite-Notizbuch auf den Server zu bringen, verwenden Sie crmnote copy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is not a sound SQLite database</source>
        <translation>{path} ist keine intakte SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a usable crmnote book: {problem}</source>
        <translation>{path} ist kein brauchbares crmnote-Notizbuch: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted</source>
        <translation>{path} ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted; open it without a passphrase</source>
        <translation>{path} ist nicht verschlüsselt; öffnen Sie die Datei ohne Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not encrypted; this database is, so it cannot be restored from it</source>
        <translation>{path} ist nicht verschlüsselt, diese Datenbank aber schon; sie lässt sich daraus nicht wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is now encrypted; an encrypted backup is at {backup}</source>
        <translation>{path} ist jetzt verschlüsselt; eine verschlüsselte Sicherung liegt in {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is open in another program (its -wal file is there); close crmnote and try again</source>
        <translation>{path} ist in einem anderen Programm geöffnet (ihre -wal-Datei ist da); schließen Sie crmnote und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is read-only and empty: there is nothing to open</source>
        <translation>{path} ist schreibgeschützt und leer: es gibt nichts zu öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is read-only and was written by an older crmnote (schema {revision}): copy it to a folder you can write to</source>
        <translation>{path} ist schreibgeschützt und wurde von einem älteren crmnote geschrieben (Schema {revision}): kopieren Sie die Datei in einen Ordner, in den Sie schreiben können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is read-only and was written by an older crmnote (schema {revision}): it must be upgraded before it can be opened; copy it to a folder you can write to</source>
        <translation>{path} ist schreibgeschützt und wurde von einem älteren crmnote geschrieben (Schema {revision}): die Datei muss aktualisiert werden, bevor sie sich öffnen lässt; kopieren Sie sie in einen Ordner, in den Sie schreiben können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is read-only: it can be checked, not repaired</source>
        <translation>{path} ist schreibgeschützt: die Datei lässt sich prüfen, nicht reparieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} lacks the tables {tables} of a crmnote book</source>
        <translation>{path} fehlen die Tabellen {tables} eines crmnote-Notizbuchs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was opened by another program meanwhile; try again</source>
        <translation>{path} wurde inzwischen von einem anderen Programm geöffnet; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was written by a newer version of crmnote (schema {revision})</source>
        <translation>{path} wurde von einer neueren crmnote-Version geschrieben (Schema {revision})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} was written by a newer version of crmnote (schema {revision}); update crmnote to open it</source>
        <translation>{path} wurde von einer neueren Version von crmnote geschrieben (Schema {revision}); aktualisieren Sie crmnote, um die Datei zu öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} was written by a newer version of crmnote; update crmnote to open it (it was left as it is)</source>
        <translation>{path} wurde von einer neueren crmnote-Version geschrieben; aktualisieren Sie crmnote, um die Datei zu öffnen (sie wurde unverändert gelassen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path}: no such book (copy reads a book that exists)</source>
        <translation>{path}: kein solches Notizbuch (copy liest ein vorhandenes Notizbuch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{points:+6.1f}  {at}  {kind}  {reason}</source>
        <translation>{points:+6.1f}  {at}  {kind}  {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rate} is not a rate for {currency}</source>
        <translation>{rate} ist kein Kurs für {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} signs in with {url} and the password in {file} (docs/team.md)</source>
        <translation>{role} meldet sich mit {url} und dem Passwort in {file} an (docs/team.md)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{suffix} is not an export format ({formats})</source>
        <translation>{suffix} ist kein Exportformat ({formats})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{suffix} is not an import format (.csv, .vcf or .json)</source>
        <translation>{suffix} ist kein Importformat (.csv, .vcf oder .json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{table} row {row} still names a missing {parent} row</source>
        <translation>Zeile {row} von {table} verweist noch auf eine fehlende Zeile von {parent}</translation>
    </message>
    <message>
        <location line="-728"/>
        <source>reference: {table} row {row} points to a missing {parent} row</source>
        <translation>Verweis: Zeile {row} in {table} verweist auf eine fehlende Zeile in {parent}</translation>
    </message>
    <message>
        <location line="+746"/>
        <source>{value} cannot be a sign-in name: use letters a-z, digits and _ (up to 63, not starting with a digit)</source>
        <translation>{value} kann kein Anmeldename sein: Buchstaben a-z, Ziffern und _ verwenden (bis zu 63, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} has no digits</source>
        <translation>{value} enthält keine Ziffern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a date and time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)</source>
        <translation>{value} ist kein Datum mit Uhrzeit (JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM verwenden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not a number crmnote can use</source>
        <translation>{value} ist keine Zahl, mit der crmnote rechnen kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a two-letter country code (e.g. DE, or US-CA)</source>
        <translation>{value} ist kein zweibuchstabiger Ländercode (z. B. DE oder US-CA)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an amount</source>
        <translation>{value} ist kein Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an amount crmnote can use (below 10^12)</source>
        <translation>{value} ist kein Betrag, mit dem crmnote rechnen kann (unter 10^12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is not an email address</source>
        <translation>{value} ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} ist keiner dieser Werte: {allowed}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not yes or no</source>
        <translation>{value} ist weder ja noch nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is out of range</source>
        <translation>{value} liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is outside the years {first}–{last}</source>
        <translation>{value} liegt außerhalb der Jahre {first}–{last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} is reserved (names starting pg_ or crmnote_)</source>
        <translation>{value} ist reserviert (Namen, die mit pg_ oder crmnote_ beginnen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} (exit code {code})</source>
        <translation>{what} (Exit-Code {code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} belongs to another application, not crmnote</source>
        <translation>{where} gehört zu einer anderen Anwendung, nicht zu crmnote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} holds another application&apos;s tables, not a book</source>
        <translation>{where} enthält die Tabellen einer anderen Anwendung, kein Notizbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where} is at schema {revision}, older than this crmnote&apos;s ({head}): open it once with this version of crmnote (on a server: its owner) to upgrade it, then sync</source>
        <translation>{where} hat Schema {revision}, älter als das dieses crmnote ({head}): öffnen Sie es einmal mit dieser Version von crmnote (auf einem Server: sein Eigentümer), um es zu aktualisieren, und synchronisieren Sie dann</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} was upgraded by a newer crmnote (schema {revision}): update crmnote on this computer to sync with it</source>
        <translation>{where} wurde von einem neueren crmnote aktualisiert (Schema {revision}): aktualisieren Sie crmnote auf diesem Computer, um damit zu synchronisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{which} has tables this crmnote does not know ({tables}): copy with the crmnote version that made them</source>
        <translation>{which} hat Tabellen, die dieses crmnote nicht kennt ({tables}): kopieren Sie mit der crmnote-Version, die sie angelegt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who}, who handles them most, is an outlier across the team: difficulty {mine:.0f} with all their customers against {rest:.0f} with the rest of the team ({n} and {n_rest} interactions).</source>
        <translation>{who} betreut diesen Kunden am meisten und ist im Team ein Ausreißer: Schwierigkeit {mine:.0f} mit allen eigenen Kunden gegenüber {rest:.0f} im übrigen Team ({n} und {n_rest} Kontakte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{why}; it was left as it is</source>
        <translation>{why}; sie blieb, wie sie war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why}; nothing was copied (the target is as it was)</source>
        <translation>{why}; nichts wurde kopiert (das Ziel ist unverändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{why}; nothing was saved</source>
        <translation>{why}; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>remind</name>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n promise(s) to keep</source>
        <translation>
            <numerusform>%n Zusage einzuhalten</numerusform>
            <numerusform>%n Zusagen einzuhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag fällig</numerusform>
            <numerusform>in %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due tomorrow</source>
        <translation>morgen fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no notification shown ({0}); printed instead</source>
        <translation>keine Benachrichtigung angezeigt ({0}); stattdessen ausgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reminders were installed</source>
        <translation>es waren keine Erinnerungen eingerichtet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing new to remind of today</source>
        <translation>heute nichts Neues, woran zu erinnern wäre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notified: {0}</source>
        <translation>benachrichtigt: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminders installed: {0}</source>
        <translation>Erinnerungen eingerichtet: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminders removed</source>
        <translation>Erinnerungen entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{customer}: {text} ({when})</source>
        <translation>{customer}: {text} ({when})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… and {0} more</source>
        <oldsource>… and %n more</oldsource>
        <translation>… und {0} weitere</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crmnote/reports/chart.py" line="+58"/>
        <source>No score history in this period.</source>
        <translation>Kein Verlauf der Kennzahlen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/dossier.py" line="+55"/>
        <source>Claim #%1: %2</source>
        <translation>Reklamation Nr. %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim dossier · %1 · exported %2</source>
        <translation>Reklamationsdossier · %1 · exportiert am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim dossier · exported %2</source>
        <translation>Reklamationsdossier · exportiert am %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The facts side by side</source>
        <translation>Die Fakten nebeneinander</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+161"/>
        <location line="+28"/>
        <source>Raised</source>
        <translation>Erhoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+33"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>What the customer says</source>
        <translation>Was der Kunde sagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Entgegengenommen von</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../crmnote/reports/history_doc.py" line="-55"/>
        <location line="+29"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crmnote/reports/history_doc.py" line="-30"/>
        <source>Made</source>
        <translation>Gegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Gegeben von</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="-53"/>
        <location filename="../../crmnote/reports/history_doc.py" line="-48"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+2"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised and delivered</source>
        <translation>Zugesagt und geliefert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The claim is not linked to a promise.</source>
        <translation>Die Reklamation ist mit keiner Zusage verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim</source>
        <translation>Die Reklamation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The promise as made</source>
        <translation>Die Zusage, wie sie gegeben wurde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 %3 delivered</source>
        <translation>%1 von %2 %3 geliefert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 short</source>
        <translation>%1 fehlen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>still in force</source>
        <translation>noch gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it says</source>
        <translation>Was er besagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No standard was linked to the promise, or none was in force.</source>
        <translation>Mit der Zusage war kein Standard verknüpft, oder keiner war gültig.</translation>
    </message>
    <message numerus="yes">
        <location filename="extra_strings.py" line="+2"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/dossier.py" line="+9"/>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>beyond the standard&apos;s target</source>
        <translation>über dem Zielwert des Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the standard&apos;s target</source>
        <translation>im Zielwert des Standards</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery against the due date</source>
        <translation>Lieferung gegenüber dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard&apos;s target</source>
        <translation>Zielwert des Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery against the target</source>
        <translation>Lieferung gegenüber dem Zielwert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard in force on %1</source>
        <translation>Am %1 gültiger Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+119"/>
        <location line="+33"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+0"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related interactions</source>
        <translation>Zugehörige Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No related interactions were logged.</source>
        <translation>Es wurden keine zugehörigen Kontakte erfasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location filename="../../crmnote/reports/history_doc.py" line="-126"/>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crmnote/reports/history_doc.py" line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../crmnote/reports/history_doc.py" line="-28"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the facts suggest: %1</source>
        <translation>Was die Fakten nahelegen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../crmnote/reports/evidence.py" line="+28"/>
        <source>Claim #%1</source>
        <translation>Reklamation Nr. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change log: %1 entries, head %2</source>
        <translation>Änderungsprotokoll: %1 Einträge, Kopf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim dossier</source>
        <translation>Reklamationsdossier</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../../crmnote/reports/history.py" line="+41"/>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/history.py" line="-2"/>
        <source>Customer history</source>
        <translation>Kundenverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer history: %1</source>
        <translation>Kundenverlauf: %1</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/history_doc.py" line="-71"/>
        <source>all records</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer history · %1 · exported %2 · period: %3</source>
        <translation>Kundenverlauf · %1 · exportiert am %2 · Zeitraum: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer history · exported %2 · period: %3</source>
        <translation>Kundenverlauf · exportiert am %2 · Zeitraum: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../crmnote/reports/labels.py" line="+28"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Betreut von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer details</source>
        <translation>Kundenangaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Difficulty %1/100 · Trust %2/100</source>
        <translation>Schwierigkeit %1/100 · Vertrauen %2/100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested course: %1</source>
        <translation>Empfohlenes Vorgehen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of %1.</source>
        <translation>Stand: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difficulty and trust</source>
        <translation>Schwierigkeit und Vertrauen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No promises in this period.</source>
        <translation>Keine Zusagen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Claim</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claims</source>
        <translation>Reklamationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claims in this period.</source>
        <translation>Keine Reklamationen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>insight: we should change</source>
        <translation>Erkenntnis: Wir sollten uns ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No requests in this period.</source>
        <translation>Keine Anfragen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Money (%1)</source>
        <translation>Geld (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (no revenue)</source>
        <translation>unbekannt (kein Umsatz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in interactions</source>
        <translation>Zeit in Kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other effort</source>
        <translation>Sonstiger Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly cost</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost to serve</source>
        <translation>Betreuungskosten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost against revenue</source>
        <translation>Kosten im Verhältnis zum Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money and effort</source>
        <translation>Geld und Aufwand</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../crmnote/reports/labels.py" line="+57"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Timeline of interactions</source>
        <translation>Verlauf der Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No interactions in this period.</source>
        <translation>Keine Kontakte in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/labels.py" line="-64"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Weiterverwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <translation>Schnelligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conduct</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renegotiated</source>
        <translation>Neu verhandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substantiated</source>
        <translation>Begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly substantiated</source>
        <translation>Teilweise begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubstantiated</source>
        <translation>Unbegründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undeterminable</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within standard</source>
        <translation>Im Rahmen des Standards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chargeable extra</source>
        <translation>Kostenpflichtige Zusatzleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreasonable</source>
        <translation>Unangemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Zusatzleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renegotiation</source>
        <translation>Neuverhandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative offered</source>
        <translation>Alternative angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp; nurture</source>
        <translation>Behalten &amp; pflegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix our side</source>
        <translation>Unsere Seite verbessern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprice</source>
        <translation>Preis anpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refer elsewhere</source>
        <translation>Weiterverweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Incoming %1</source>
        <translation>Eingehend %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing %1</source>
        <translation>Ausgehend %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>hostile</source>
        <translation>feindselig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frustrated</source>
        <translation>verärgert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pleased</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delighted</source>
        <translation>begeistert</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/pages.py" line="+175"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location filename="../../crmnote/reports/evidence.py" line="-1"/>
        <source>Promise #%1</source>
        <translation>Zusage Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request #%1</source>
        <translation>Anfrage Nr. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type and size</source>
        <translation>Typ und Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added, and its fingerprint</source>
        <translation>Hinzugefügt, und sein Fingerabdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No files are attached to the claim, the promise or these interactions.</source>
        <translation>Der Reklamation, der Zusage und diesen Kontakten sind keine Dateien beigefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File #%1: %2</source>
        <translation>Datei Nr. %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(this image cannot be shown: the file is damaged)</source>
        <translation>(dieses Bild kann nicht angezeigt werden: die Datei ist beschädigt)</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="extra_strings.py" line="+2"/>
        <source>(no staff record)</source>
        <translation>(kein Mitarbeitereintrag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(you)</source>
        <translation>(Sie)</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternative</source>
        <translation>Alternative angeboten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apology</source>
        <translation>Entschuldigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chargeable extra</source>
        <translation>Kostenpflichtige Zusatzleistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conduct</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra</source>
        <translation>Zusatzleistung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix our side</source>
        <translation>Unsere Seite in Ordnung bringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly</source>
        <translation>Teilweise begründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refer</source>
        <translation>Weiterverweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred</source>
        <translation>Weiterverwiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renegotiated</source>
        <translation>Neu verhandelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renegotiation</source>
        <translation>Neuverhandlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprice</source>
        <translation>Preis anpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speed</source>
        <translation>Schnelligkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Substantiated</source>
        <translation>Begründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undeterminable</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreasonable</source>
        <translation>Unangemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsubstantiated</source>
        <translation>Unbegründet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within standard</source>
        <translation>Im Rahmen des Standards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
</context>
</TS>
