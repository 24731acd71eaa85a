<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Announcing</name>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="51" />
        <source>No sound device found and no spoken cues: the session runs silently; follow the screen.</source>
        <translation>Kein Audiogerät gefunden und keine gesprochenen Ansagen: Die Einheit läuft ohne Ton; folgen Sie dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="55" />
        <source>Beeps cannot be played and there are no spoken cues: the session runs silently; follow the screen.</source>
        <translation>Signaltöne können nicht abgespielt werden und es gibt keine gesprochenen Ansagen: Die Einheit läuft ohne Ton; folgen Sie dem Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="100" />
        <source>no sound device</source>
        <translation>kein Audiogerät</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="102" />
        <source>beeps cannot be played</source>
        <translation>Signaltöne können nicht abgespielt werden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="104" />
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="106" />
        <source>Sound on: beeps only, no spoken cues</source>
        <translation>Ton an: nur Signaltöne, keine Ansagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="108" />
        <source>Sound on: spoken cues only, no beeps ({why})</source>
        <translation>Ton an: nur Ansagen, keine Signaltöne ({why})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="111" />
        <source>Sound on, but there is nothing to hear: {why}, no spoken cues</source>
        <translation>Ton an, aber es ist nichts zu hören: {why}, keine Ansagen</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="60" />
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="61" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="62" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="63" />
        <source>Right / left</source>
        <translation>Rechts / links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="64" />
        <source>Sides differ by</source>
        <translation>Seitenunterschied</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="65" />
        <source>Check</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="84" />
        <source>⚠ {side} side behind by more than 10 %</source>
        <translation>⚠ Seite {side} über 10 % im Rückstand</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="88" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="90" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="92" />
        <source>too little to compare (under {least})</source>
        <translation>zu wenig für einen Vergleich (unter {least})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="95" />
        <source>balanced</source>
        <translation>ausgeglichen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="120" />
        <source>{name}: {left} seconds held on the left, {right} on the right.</source>
        <translation>{name}: links {left} Sekunden gehalten, rechts {right}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="124" />
        <source>{name}: {left} reps on the left, {right} on the right.</source>
        <translation>{name}: links {left} Wiederholungen, rechts {right}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="127" />
        <source>Flagged when the weaker side did more than 10 % less than the stronger, once the stronger side did at least one set's worth.</source>
        <translation>Markiert, wenn die schwächere Seite über 10 % weniger geleistet hat als die stärkere – vorausgesetzt, die stärkere hat mindestens einen Satz geschafft.</translation>
    </message>
</context>
<context>
    <name>Body</name>
    <message>
        <location filename="../../hiptimer/core/body.py" line="28" />
        <source>Left foot planted, right leg up</source>
        <translation>Linker Fuß aufgestellt, rechtes Bein gestreckt oben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="29" />
        <source>Right foot planted, left leg up</source>
        <translation>Rechter Fuß aufgestellt, linkes Bein gestreckt oben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="30" />
        <source>Step out to your left, left foot leads</source>
        <translation>Schritt nach links, der linke Fuß führt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="31" />
        <source>Step out to your right, right foot leads</source>
        <translation>Schritt nach rechts, der rechte Fuß führt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="32" />
        <source>Lie on your right side, left knee opens</source>
        <translation>Auf der rechten Seite liegen, das linke Knie öffnet sich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="33" />
        <source>Lie on your left side, right knee opens</source>
        <translation>Auf der linken Seite liegen, das rechte Knie öffnet sich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="34" />
        <source>Stand on your left leg on the step, right leg hangs</source>
        <translation>Auf dem linken Bein auf der Stufe stehen, das rechte Bein hängt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="35" />
        <source>Stand on your right leg on the step, left leg hangs</source>
        <translation>Auf dem rechten Bein auf der Stufe stehen, das linke Bein hängt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="36" />
        <source>Lift your left leg, knee bent</source>
        <translation>Linkes Bein anheben, Knie gebeugt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="37" />
        <source>Lift your right leg, knee bent</source>
        <translation>Rechtes Bein anheben, Knie gebeugt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="38" />
        <source>Left knee down, right foot in front</source>
        <translation>Linkes Knie am Boden, rechter Fuß vorne</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="39" />
        <source>Right knee down, left foot in front</source>
        <translation>Rechtes Knie am Boden, linker Fuß vorne</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="40" />
        <source>Work your left leg</source>
        <translation>Linkes Bein arbeitet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="41" />
        <source>Work your right leg</source>
        <translation>Rechtes Bein arbeitet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="42" />
        <source>Lie on your left side</source>
        <translation>Auf der linken Seite liegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="43" />
        <source>Lie on your right side</source>
        <translation>Auf der rechten Seite liegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="44" />
        <source>Stand on your left leg</source>
        <translation>Auf dem linken Bein stehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="45" />
        <source>Stand on your right leg</source>
        <translation>Auf dem rechten Bein stehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="46" />
        <source>Left knee down</source>
        <translation>Linkes Knie am Boden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="47" />
        <source>Right knee down</source>
        <translation>Rechtes Knie am Boden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="48" />
        <source>Work your left side</source>
        <translation>Linke Seite arbeitet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="49" />
        <source>Work your right side</source>
        <translation>Rechte Seite arbeitet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="56" />
        <source>left</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="57" />
        <source>right</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="34" />
        <source>--since expects a date as YYYY-MM-DD, got {text!r}</source>
        <translation>--since erwartet ein Datum im Format JJJJ-MM-TT, erhalten: {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="42" />
        <source>--since {text} is before 1970, where no history can start; leave --since out to export everything</source>
        <translation>--since {text} liegt vor 1970, wo kein Verlauf beginnen kann; lassen Sie --since weg, um alles zu exportieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="72" />
        <source>hiptimer: {message}</source>
        <translation>hiptimer: {message}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="77" />
        <source>hiptimer: restoring the backup {name}</source>
        <translation>hiptimer: Sicherung {name} wird wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="97" />
        <source>Wrote {count} sets to {csv}</source>
        <translation>{count} Sätze nach {csv} geschrieben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="118" />
        <source>cannot write {out}: {reason}</source>
        <translation>{out} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="124" />
        <source>Wrote a report of %n session(s) from profile {profile!r} to {out}; send it to your trainer</source>
        <translation>
            <numerusform>Bericht über %n Einheit aus Profil {profile!r} nach {out} geschrieben; senden Sie ihn an Ihren Trainer</numerusform>
            <numerusform>Bericht über %n Einheiten aus Profil {profile!r} nach {out} geschrieben; senden Sie ihn an Ihren Trainer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="150" />
        <source>{file}: {error}; nothing imported. If it is this client's, run again with --yes-this-client</source>
        <translation>{file}: {error}; nichts importiert. Falls er von diesem Klienten stammt, führen Sie den Befehl erneut mit --yes-this-client aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="158" />
        <source>Imported %n new session(s) into profile {profile!r} ({already_there} already there)</source>
        <translation>
            <numerusform>%n neue Einheit in Profil {profile!r} importiert ({already_there} bereits vorhanden)</numerusform>
            <numerusform>%n neue Einheiten in Profil {profile!r} importiert ({already_there} bereits vorhanden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="180" />
        <source>Removed {removed} demo sessions from profile {profile!r}</source>
        <translation>{removed} Demo-Einheiten aus Profil {profile!r} entfernt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="188" />
        <source>hiptimer: profile {profile!r} already has %n real session(s); demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</source>
        <translation>
            <numerusform>hiptimer: Profil {profile!r} hat bereits %n echte Einheit; Demodaten kommen nur in ein Profil ohne Einheiten. Versuchen Sie ein anderes Profil, zum Beispiel: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
            <numerusform>hiptimer: Profil {profile!r} hat bereits %n echte Einheiten; Demodaten kommen nur in ein Profil ohne Einheiten. Versuchen Sie ein anderes Profil, zum Beispiel: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="205" />
        <source>Added {added} made-up sessions ({sets} sets, {weeks} weeks) to profile {profile!r}{again}.
Remove them with: hiptimer history demo --remove --profile {profile!r}</source>
        <translation>{added} erfundene Einheiten ({sets} Sätze, {weeks} Wochen) zu Profil {profile!r}{again} hinzugefügt.
Entfernen mit: hiptimer history demo --remove --profile {profile!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="56" />
        <source>Routines in profile {profile!r}:</source>
        <translation>Programme in Profil {profile!r}:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="62" />
        <source>  {file:&lt;40} cannot be read: {problem}</source>
        <translation>  {file:&lt;40} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="80" />
        <source>--ics needs --days and --time, e.g. --days mon,wed,fri --time 07:00</source>
        <translation>--ics braucht --days und --time, z. B. --days mon,wed,fri --time 07:00</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="87" />
        <source>--days and --time go with --ics FILE (a calendar series)</source>
        <translation>--days und --time gehören zu --ics DATEI (eine Kalenderserie)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="98" />
        <source>Wrote {name} as a weekly calendar series to {out}</source>
        <translation>{name} als wöchentliche Kalenderserie nach {out} geschrieben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="108" />
        <source>Wrote {name} as a FIT workout ({steps} steps) to {out}</source>
        <translation>{name} als FIT-Training ({steps} Schritte) nach {out} geschrieben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="116" />
        <source>Exported {name} to {out}</source>
        <translation>{name} nach {out} exportiert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="130" />
        <source>cannot write {file}: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="155" />
        <source>OK: {file}</source>
        <translation>OK: {file}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="240" />
        <source>hiptimer: {error}</source>
        <translation>hiptimer: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/routines.py" line="243" />
        <source>Wrote {out} (%n page(s), {paper})</source>
        <translation>
            <numerusform>{out} geschrieben (%n Seite, {paper})</numerusform>
            <numerusform>{out} geschrieben (%n Seiten, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="33" />
        <source>A guided hip-strengthening routine with a history. With no command, opens the window.</source>
        <translation>Ein angeleitetes Hüftkräftigungsprogramm mit Verlauf. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="37" />
        <source>Language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one chosen in Settings; LANGUAGE=pseudo shows every translated text accented. To add a language: add it to LANGUAGES in hiptimer/core/i18n.py, run `python packaging/translations.py update` (pyside6-lupdate), translate resources/translations/hiptimer_&lt;code&gt;.ts with Qt Linguist (pyside6-linguist), and test with LANGUAGE=&lt;code&gt; and LANGUAGE=pseudo; the .qm catalogues are compiled by pyside6-lrelease at build time. See the README.</source>
        <translation>Sprache: die des Systems (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) oder die in den Einstellungen gewählte; LANGUAGE=pseudo zeigt jeden übersetzten Text mit Akzenten. Eine Sprache hinzufügen: in LANGUAGES in hiptimer/core/i18n.py eintragen, `python packaging/translations.py update` ausführen (pyside6-lupdate), resources/translations/hiptimer_&lt;code&gt;.ts mit Qt Linguist (pyside6-linguist) übersetzen und mit LANGUAGE=&lt;code&gt; und LANGUAGE=pseudo testen; die .qm-Kataloge kompiliert pyside6-lrelease beim Bauen. Siehe README.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="56" />
        <source>hiptimer: no exercise {exercise_id!r} in {name!r}; choose one of: {known}</source>
        <translation>hiptimer: keine Übung {exercise_id!r} in {name!r}; wählen Sie eine von: {known}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="65" />
        <source>hiptimer: cannot write {out}: folder {parent} does not exist</source>
        <translation>hiptimer: {out} kann nicht geschrieben werden: Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="106" />
        <source>hiptimer: could not write {out} (is the disk full or read-only?)</source>
        <translation>hiptimer: {out} konnte nicht geschrieben werden (ist der Datenträger voll oder schreibgeschützt?)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="113" />
        <source>wrote {out} ({width}x{height})</source>
        <translation>{out} geschrieben ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="32" />
        <source>hiptimer: cannot show a reminder: {error}.</source>
        <translation>hiptimer: Erinnerung kann nicht angezeigt werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="36" />
        <source>Sent a test reminder: it should show on your desktop now.</source>
        <translation>Test-Erinnerung gesendet: Sie sollte jetzt auf Ihrem Desktop erscheinen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/self_test.py" line="54" />
        <source>self-test: {passed} passed, {failed} failed</source>
        <translation>Selbsttest: {passed} bestanden, {failed} fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../hiptimer/exchange/csv_export.py" line="161" />
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="36" />
        <source>On your back, knees bent, lift one foot an inch off the floor.</source>
        <translation>Rückenlage, Knie gebeugt, einen Fuß knapp vom Boden abheben.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="37" />
        <source>Drive through the planted heel and raise the hips; hold at the top.</source>
        <translation>Über die aufgestellte Ferse drücken und das Becken heben; oben kurz halten.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="40" />
        <source>Keep the hips level: do not let the lifted side sag.</source>
        <translation>Becken waagerecht halten: die angehobene Seite nicht absinken lassen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="56" />
        <source>Band just below the knees, sink into a quarter squat.</source>
        <translation>Band knapp unter den Knien, in eine Viertelkniebeuge gehen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="57" />
        <source>Take a wide step with the leading foot, then let the other follow.</source>
        <translation>Mit dem führenden Fuß weit zur Seite treten, der andere folgt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="60" />
        <source>Stay low, knees pushed out over the toes, band tight: no bobbing up.</source>
        <translation>Tief bleiben, Knie über den Zehen nach außen, Band gespannt: nicht hochwippen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="78" />
        <source>Lie on your side, knees bent, knees and ankles stacked.</source>
        <translation>Seitlage, Knie gebeugt, Knie und Knöchel übereinander.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="79" />
        <source>Keep the feet together and open the top knee toward the ceiling.</source>
        <translation>Füße zusammen lassen und das obere Knie zur Decke öffnen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="82" />
        <source>Do not roll the pelvis back as the knee opens.</source>
        <translation>Das Becken nicht nach hinten kippen, wenn das Knie sich öffnet.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="99" />
        <source>Stand on one leg on a step, trunk tall; hold a rail if needed.</source>
        <translation>Einbeinig auf einer Stufe stehen, Oberkörper aufrecht; bei Bedarf am Geländer halten.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="100" />
        <source>Free leg straight, hanging beside the step; sink slowly into a quarter squat.</source>
        <translation>Freies Bein gestreckt neben der Stufe hängen lassen; langsam in eine Viertelkniebeuge gehen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="103" />
        <source>Hips stay level; keep the standing knee soft, never locked.</source>
        <translation>Becken bleibt waagerecht; Standknie leicht gebeugt, nie durchgedrückt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="119" />
        <source>On hands and knees, back flat, head in line with the spine.</source>
        <translation>Vierfüßlerstand, Rücken gerade, Kopf in Verlängerung der Wirbelsäule.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="120" />
        <source>Keep the knee at ninety degrees and press the sole toward the ceiling.</source>
        <translation>Knie im rechten Winkel halten und die Fußsohle zur Decke drücken.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="123" />
        <source>Do not arch the lower back or tip the hips to one side.</source>
        <translation>Kein Hohlkreuz, das Becken nicht zur Seite kippen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="139" />
        <source>Kneel on one knee on a cushion, the other foot flat in front.</source>
        <translation>Ein Knie auf einem Kissen, der andere Fuß flach vorne aufgestellt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="140" />
        <source>Chest tall, tuck the pelvis under until the front of the hip stretches.</source>
        <translation>Brust aufrecht, Becken aufrichten, bis die Vorderseite der Hüfte dehnt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="143" />
        <source>Breathe slowly; do not lean forward or arch the back.</source>
        <translation>Ruhig atmen; nicht nach vorne lehnen, kein Hohlkreuz.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="30" />
        <source>Last rep</source>
        <translation>Letzte Wiederholung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="35" />
        <source>Ending early keeps what was done: every set so far counts.</source>
        <translation>Früher aufhören behält das Geschaffte: jeder Satz bis jetzt zählt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="42" />
        <source>GET READY</source>
        <translation>BEREITMACHEN</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="43" />
        <source>WORK</source>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="44" />
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="45" />
        <source>SWITCH SIDES</source>
        <translation>SEITENWECHSEL</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="46" />
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="47" />
        <source>DONE</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="62" />
        <source>{exercise}. {dose}</source>
        <translation>{exercise}. {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="64" />
        <source>{side}. {exercise}. {dose}</source>
        <translation>{side}. {exercise}. {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="99" />
        <source>Get ready. {side}. {exercise}. {body}.</source>
        <translation>Bereitmachen. {side}. {exercise}. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="102" />
        <source>Get ready. {set}</source>
        <translation>Bereitmachen. {set}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="84" />
        <source>{set} {body}.</source>
        <translation>{set} {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="108" />
        <source>Switch sides. {body}.</source>
        <translation>Seitenwechsel. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="110" />
        <source>Switch sides.</source>
        <translation>Seitenwechsel.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="111" />
        <source>Switch sides. {side} next.</source>
        <translation>Seitenwechsel. Als Nächstes: {side}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="89" />
        <source>Rest, {duration}</source>
        <translation>Pause, {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="92" />
        <source>Well done. Routine complete.</source>
        <translation>Gut gemacht. Programm geschafft.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="131" />
        <source>Set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="137" />
        <source>Rep {rep} of {reps}</source>
        <translation>Wiederholung {rep} von {reps}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/cues.py" line="140" />
        <source>goal %n rep(s)</source>
        <translation>
            <numerusform>Ziel: %n Wiederholung</numerusform>
            <numerusform>Ziel: %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="142" />
        <source>Hold {duration}</source>
        <translation>{duration} halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="152" />
        <source>Next: finished</source>
        <translation>Danach: geschafft</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="154" />
        <source>Next: switch to the {side} ({duration})</source>
        <translation>Danach: Wechsel auf die {side} ({duration})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="158" />
        <source>Next: {rest}</source>
        <translation>Danach: {rest}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="160" />
        <source>Next: {exercise} · {dose}</source>
        <translation>Danach: {exercise} · {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="164" />
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="172" />
        <source>rest {duration}</source>
        <translation>Pause {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="174" />
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="179" />
        <source>rest {duration}, then {step}</source>
        <translation>Pause {duration}, dann {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="185" />
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="187" />
        <source>Switch to the {side}</source>
        <translation>Wechsel auf die {side}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="99" />
        <source>no desktop notification service is running</source>
        <translation>kein Benachrichtigungsdienst des Desktops aktiv</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="120" />
        <source>the notification service refused it ({error})</source>
        <translation>der Benachrichtigungsdienst hat abgelehnt ({error})</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="407" />
        <location filename="../../hiptimer/ui/history/plots.py" line="467" />
        <source>Effort (1-10)</source>
        <translation>Anstrengung (1–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="442" />
        <source>{period}: effort {effort} on average (%n sessions)</source>
        <translation>
            <numerusform>{period}: Anstrengung im Schnitt {effort} (Einheiten: %n)</numerusform>
            <numerusform>{period}: Anstrengung im Schnitt {effort} (Einheiten: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="459" />
        <source>{day}: effort {effort}</source>
        <translation>{day}: Anstrengung {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="465" />
        <source>Effort (1-10), monthly average</source>
        <translation>Anstrengung (1–10), Monatsdurchschnitt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="472" />
        <source>Effort (1-10): none saved in this range</source>
        <translation>Anstrengung (1–10): in diesem Zeitraum nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="41" />
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="42" />
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="43" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="44" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="45" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="76" />
        <source>Sets done</source>
        <translation>Erledigte Sätze</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="78" />
        <source>Each exercise and side: sets planned, done and time</source>
        <translation>Jede Übung und Seite: geplante und erledigte Sätze sowie Zeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="85" />
        <source>How hard was it? (1 easy … 10 all-out)</source>
        <translation>Wie anstrengend war es? (1 leicht … 10 maximal)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="94" />
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="96" />
        <location filename="../../hiptimer/ui/end_view.py" line="103" />
        <source>How hard the session was, from 1 easy to 10 all-out</source>
        <translation>Wie anstrengend die Einheit war, von 1 leicht bis 10 maximal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="101" />
        <source>Effort from 1 to 10</source>
        <translation>Anstrengung von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="114" />
        <source>Pain or comfort note (optional), e.g. “left knee a bit sore”</source>
        <translation>Notiz zu Schmerz oder Befinden (optional), z. B. „linkes Knie etwas gereizt“</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="117" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="119" />
        <source>Pain or comfort note, optional; Enter saves</source>
        <translation>Notiz zu Schmerz oder Befinden, optional; Eingabetaste speichert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="122" />
        <location filename="../../hiptimer/ui/end_view.py" line="235" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="127" />
        <source>Save how it felt with this session (Enter)</source>
        <translation>Ihr Befinden mit dieser Einheit speichern (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="131" />
        <source>Back to start</source>
        <translation>Zurück zum Start</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="134" />
        <source>Back to the routine, ready for next time (Enter once saved)</source>
        <translation>Zurück zum Programm, bereit für das nächste Mal (Eingabetaste nach dem Speichern)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="137" />
        <source>See histor&amp;y  (Ctrl+H)</source>
        <translation>Verlauf an&amp;sehen  (Strg+H)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="140" />
        <source>This session among the others: charts and sets</source>
        <translation>Diese Einheit im Vergleich: Diagramme und Sätze</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="151" />
        <source>Export this session as CSV…</source>
        <translation>Diese Einheit als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="154" />
        <source>Keep a copy of this session in a file you choose</source>
        <translation>Eine Kopie dieser Einheit in einer Datei Ihrer Wahl ablegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="215" />
        <source>Rate the effort and add a note, then Save.</source>
        <translation>Bewerten Sie die Anstrengung, fügen Sie eine Notiz hinzu und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="334" />
        <source>Saved with this session.</source>
        <translation>Mit dieser Einheit gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="336" />
        <source>Kept with the session, which is not saved yet (see above).</source>
        <translation>Bei der Einheit vermerkt, die noch nicht gespeichert ist (siehe oben).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Kept</source>
        <translation>Vermerkt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>ExerciseEditorDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="87" />
        <source>New exercise ({profile})</source>
        <translation>Neue Übung ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="89" />
        <source>Edit exercise: {name} ({profile})</source>
        <translation>Übung bearbeiten: {name} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="98" />
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="100" />
        <source>&amp;Drawn figure</source>
        <translation>&amp;Gezeichnete Figur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="101" />
        <source>&amp;Own picture</source>
        <translation>Eigenes Bi&amp;ld</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="103" />
        <source>A PNG or JPEG file, such as a photo of the exercise</source>
        <translation>Eine PNG- oder JPEG-Datei, etwa ein Foto der Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="105" />
        <source>Name card onl&amp;y</source>
        <translation>Nur Namens&amp;karte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="113" />
        <source>C&amp;hoose file…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="115" />
        <source>Pick a PNG or JPEG; it is checked and copied into the profile</source>
        <translation>PNG oder JPEG wählen; die Datei wird geprüft und ins Profil kopiert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="149" />
        <source>Save into the library ({keys})</source>
        <translation>In der Bibliothek speichern ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="163" />
        <source>Invalid values are marked next to their field; Save is available once all are fine.</source>
        <translation>Ungültige Werte sind neben ihrem Feld markiert; „Speichern“ ist möglich, sobald alle stimmen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="191" />
        <source>choose a picture file</source>
        <translation>eine Bilddatei wählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="223" />
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="225" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="237" />
        <source>{file} cannot be used: {problem}</source>
        <translation>{file} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="81" />
        <source>Drawn figure</source>
        <translation>Gezeichnete Figur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="83" />
        <source>The drawn figure that shows this exercise</source>
        <translation>Die gezeichnete Figur zu dieser Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="86" />
        <source>Show one of HipTimer's drawn figures</source>
        <translation>Eine der gezeichneten Figuren von HipTimer zeigen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="89" />
        <source>Show a card with the exercise's name, no picture</source>
        <translation>Eine Karte mit dem Namen der Übung zeigen, ohne Bild</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="41" />
        <source>Both sides, left first</source>
        <translation>Beide Seiten, links zuerst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="42" />
        <source>Both sides, right first</source>
        <translation>Beide Seiten, rechts zuerst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="43" />
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="44" />
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="45" />
        <source>Both legs together (no sides)</source>
        <translation>Beide Beine zusammen (ohne Seiten)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="48" />
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="49" />
        <source>Hold for a time</source>
        <translation>Halten auf Zeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="104" />
        <source>working leg, lying side, standing leg, kneeling leg, or own words</source>
        <translation>Arbeitsbein, Liegeseite, Standbein, kniendes Bein oder eigene Worte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="110" />
        <source>What the side means for the body. Your own words may say {side} and {other}, for example: Lie on your {other} side, {side} knee opens</source>
        <translation>Was die Seite für den Körper bedeutet. Eigene Worte dürfen {side} und {other} enthalten, zum Beispiel: Auf Seite {other} liegen, Knie {side} öffnet sich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="124" />
        <source>Self-paced: the runner presses Done</source>
        <translation>Eigenes Tempo: Der Satz endet mit „Fertig“</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="134" />
        <source>Seconds for the {phase} phase of each repetition</source>
        <translation>Sekunden für die Phase „{phase}“ jeder Wiederholung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="141" />
        <source>for example: green band, mat</source>
        <translation>zum Beispiel: grünes Band, Matte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="145" />
        <source>One short cue per line, up to six</source>
        <translation>Ein kurzer Hinweis pro Zeile, höchstens sechs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="154" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="155" />
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="158" />
        <source>S&amp;ides</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="160" />
        <source>Side &amp;means</source>
        <translation>Seite &amp;bedeutet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="163" />
        <source>S&amp;ets</source>
        <translation>Sä&amp;tze</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="164" />
        <source>&amp;Reps per set</source>
        <translation>&amp;Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="165" />
        <source>&amp;Hold</source>
        <translation>&amp;Haltezeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="169" />
        <source>&amp;Tempo</source>
        <translation>T&amp;empo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="176" />
        <source>Rest between side&amp;s</source>
        <translation>Pa&amp;use zwischen den Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="181" />
        <source>Rest between sets</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="184" />
        <source>E&amp;quipment</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="186" />
        <source>&amp;Cues</source>
        <translation>H&amp;inweise</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="318" />
        <source>Only used when both sides are worked</source>
        <translation>Nur relevant, wenn beide Seiten trainiert werden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="27" />
        <source>The exercise's name, as the runner sees it</source>
        <translation>Der Name der Übung, wie der Läufer ihn sieht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="28" />
        <source>Repetitions or a hold</source>
        <translation>Wiederholungen oder Halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="31" />
        <source>Which sides are worked, and which comes first</source>
        <translation>Welche Seiten trainiert werden und welche zuerst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="33" />
        <source>How many sets on each side</source>
        <translation>Wie viele Sätze pro Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="34" />
        <source>Repetitions in each set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="35" />
        <source>Seconds to hold in each set</source>
        <translation>Sekunden Halten pro Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="36" />
        <source>No tempo: the runner presses Done</source>
        <translation>Kein Tempo: der Läufer drückt „Fertig“</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="37" />
        <source>Seconds of rest between two sets</source>
        <translation>Sekunden Pause zwischen zwei Sätzen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="40" />
        <source>What the exercise needs, separated by commas</source>
        <translation>Was die Übung braucht, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="44" />
        <source>Short reminders shown during the set, one a line</source>
        <translation>Kurze Hinweise während des Satzes, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="51" />
        <source>Seconds of rest before the other side</source>
        <translation>Sekunden Pause vor der anderen Seite</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="119" />
        <source>The exercise library: Enter opens one</source>
        <translation>Die Übungsbibliothek: Eingabetaste öffnet eine Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="43" />
        <source>Exercise library: {profile}</source>
        <translation>Übungsbibliothek: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="50" />
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="74" />
        <source>&amp;New exercise</source>
        <translation>&amp;Neue Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="76" />
        <source>Make a new exercise of your own</source>
        <translation>Eine eigene neue Übung anlegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="80" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="82" />
        <source>Copy this exercise to change it as your own</source>
        <translation>Diese Übung kopieren, um sie als eigene zu ändern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="86" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="88" />
        <source>Change this exercise</source>
        <translation>Diese Übung ändern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="92" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="94" />
        <source>Delete this exercise</source>
        <translation>Diese Übung löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="131" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="133" />
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="145" />
        <source>Built-in exercises (read-only)</source>
        <translation>Mitgelieferte Übungen (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="149" />
        <source>Your exercises</source>
        <translation>Ihre Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="151" />
        <source>Your exercises: none yet</source>
        <translation>Ihre Übungen: noch keine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="175" />
        <source>Built-in: duplicate it to change it</source>
        <translation>Mitgeliefert: zum Ändern duplizieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="196" />
        <source>Built-in exercises are read-only: Duplicate makes a copy</source>
        <translation>Mitgelieferte Übungen sind schreibgeschützt: „Duplizieren“ erstellt eine Kopie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="200" />
        <source>Change this exercise (F2)</source>
        <translation>Diese Übung ändern (F2)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="205" />
        <source>Choose an exercise on the left.</source>
        <translation>Wählen Sie links eine Übung aus.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="215" />
        <source>Built-in, read-only: Duplicate makes a copy you can change.</source>
        <translation>Mitgeliefert, schreibgeschützt: „Duplizieren“ erstellt eine änderbare Kopie.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="220" />
        <source>Your own exercise.</source>
        <translation>Ihre eigene Übung.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="260" />
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="272" />
        <source>Delete exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="261" />
        <source>Delete {name} from the library? Routines that use it keep their own copy.</source>
        <translation>{name} aus der Bibliothek löschen? Programme, die sie verwenden, behalten ihre eigene Kopie.</translation>
    </message>
</context>
<context>
    <name>ExerciseRow</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="75" />
        <source>Picture of {name}</source>
        <translation>Bild: {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="94" />
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="96" />
        <source>Needs: {needs}</source>
        <translation>Benötigt: {needs}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="112" />
        <source>Time for this exercise, with its rests</source>
        <translation>Dauer dieser Übung einschließlich Pausen</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="27" />
        <source>Single-leg glute bridge</source>
        <translation>Einbeiniges Beckenheben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="34" />
        <location filename="../../hiptimer/core/builtin.py" line="76" />
        <location filename="../../hiptimer/core/builtin.py" line="117" />
        <source>mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="47" />
        <source>Lateral band steps</source>
        <translation>Seitschritte mit Miniband</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="54" />
        <source>resistance band</source>
        <translation>Miniband (Widerstandsband)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="69" />
        <source>Clamshells</source>
        <translation>Clamshells (Muschel)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="89" />
        <source>Hip hikes</source>
        <translation>Beckenheben im Einbeinstand (Hip Hikes)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="97" />
        <source>step or sturdy box</source>
        <translation>Stufe oder stabile Kiste</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="110" />
        <source>Donkey kicks</source>
        <translation>Hüftstreckung im Vierfüßlerstand</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="130" />
        <source>Half-kneeling hip flexor stretch</source>
        <translation>Hüftbeugerdehnung im Halbkniestand</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="137" />
        <source>cushion for the knee</source>
        <translation>Kissen für das Knie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="160" />
        <source>Hip strength for runners</source>
        <translation>Hüftkraft für Läufer</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../hiptimer/core/files.py" line="166" />
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="168" />
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="170" />
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="172" />
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="173" />
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="189" />
        <location filename="../../hiptimer/core/files.py" line="197" />
        <source>it is {kind}, not a file</source>
        <translation>es ist {kind}, keine Datei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="216" />
        <source>the file is {size:.1f} MB; {what} is at most {limit:.0f} MB</source>
        <translation>die Datei hat {size:.1f} MB; {what} hat höchstens {limit:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="223" />
        <source>cannot read the file: {error}</source>
        <translation>die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="227" />
        <source>cannot read the file ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="233" />
        <source>the file is larger than {limit:.0f} MB</source>
        <translation>die Datei ist größer als {limit:.0f} MB</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="20" />
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="21" />
        <source>2 or 3 times a week, with at least one rest day between sessions.</source>
        <translation>2- bis 3-mal pro Woche, mit mindestens einem Ruhetag zwischen den Einheiten.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="26" />
        <source>Stop if it hurts</source>
        <translation>Aufhören bei Schmerzen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="27" />
        <source>stop an exercise if pain rises above 5 out of 10 while you do it, or if the pain is worse the next morning, and tell your trainer before going on.</source>
        <translation>eine Übung abbrechen, wenn der Schmerz dabei über 5 von 10 steigt oder am nächsten Morgen stärker ist, und vor dem Weitermachen mit deinem Trainer sprechen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="34" />
        <source>How to progress</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="35" />
        <source>when every set feels easy with good form for two sessions running, add 2 reps per set (5 s per hold); once that is easy too, add a set.</source>
        <translation>wenn sich zwei Einheiten hintereinander jeder Satz mit sauberer Technik leicht anfühlt, 2 Wiederholungen pro Satz mehr (5 s mehr pro Halten); ist auch das leicht, einen Satz mehr.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="42" />
        <source>Left and right</source>
        <translation>Links und rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="43" />
        <source>the side named is the working side; the line for each side says how to place your body.</source>
        <translation>die genannte Seite ist die arbeitende Seite; die Zeile zu jeder Seite sagt, wie du dich hinstellst oder hinlegst.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="50" />
        <source>Ticks</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="51" />
        <source>after each session, tick one box per side: the columns are sessions, not days.</source>
        <translation>nach jeder Einheit ein Kästchen pro Seite abhaken: die Spalten sind Einheiten, keine Tage.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="62" />
        <source>Both</source>
        <comment>a tick row for both legs at once</comment>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="69" />
        <source>{heading}: </source>
        <translation>{heading}: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="77" />
        <source>The built-in exercises follow {article}. The wording and the drawings are HipTimer's own.</source>
        <translation>Die eingebauten Übungen folgen {article}. Texte und Zeichnungen stammen von HipTimer.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="64" />
        <source>Handout: {routine} ({profile})</source>
        <translation>Übungsblatt: {routine} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="72" />
        <source>printed at the top; may stay empty</source>
        <translation>wird oben gedruckt; darf leer bleiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="76" />
        <source>printed at the top; empty leaves a line to sign</source>
        <translation>wird oben gedruckt; leer bleibt eine Zeile zum Unterschreiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="80" />
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="85" />
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="87" />
        <source>Choose the folder and name of the PDF</source>
        <translation>Ordner und Namen der PDF-Datei wählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="91" />
        <source>&amp;Open the PDF when it is written</source>
        <translation>PDF nach dem Erstellen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="97" />
        <source>&amp;Client's name</source>
        <translation>Name des &amp;Klienten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="98" />
        <source>&amp;Trainer's name</source>
        <translation>Name des &amp;Trainers</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="99" />
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="100" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="105" />
        <source>&amp;Write PDF</source>
        <translation>PDF &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="118" />
        <source>Save the handout</source>
        <translation>Übungsblatt speichern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="120" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="128" />
        <source>choose a file for the PDF</source>
        <translation>eine Datei für das PDF wählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="95" />
        <source>The paper size to print on</source>
        <translation>Das Papierformat für den Druck</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="98" />
        <source>Where the PDF is written</source>
        <translation>Wohin das PDF geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="101" />
        <source>Show the handout in the PDF viewer once it is written</source>
        <translation>Das Übungsblatt nach dem Schreiben im PDF-Betrachter zeigen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../hiptimer/store/database.py" line="212" />
        <source>{target} already exists; HipTimer does not overwrite it</source>
        <translation>{target} existiert bereits; HipTimer überschreibt es nicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/database.py" line="229" />
        <source>The copy {target} failed its integrity check: {problem}</source>
        <translation>Die Kopie {target} hat die Integritätsprüfung nicht bestanden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="34" />
        <source>The disk holding your history is full, so {doing} failed ({path}). Everything saved before this is safe. Free some disk space; HipTimer saves what is waiting as soon as it can.</source>
        <translation>Der Datenträger mit Ihrem Verlauf ist voll, daher ist {doing} fehlgeschlagen ({path}). Alles zuvor Gespeicherte ist sicher. Geben Sie Speicherplatz frei; HipTimer speichert Ausstehendes, sobald es kann.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="45" />
        <source>Your history file is read-only, so {doing} failed ({path}). Make the file writable (check its permissions), then start HipTimer again.</source>
        <translation>Ihre Verlaufsdatei ist schreibgeschützt, daher ist {doing} fehlgeschlagen ({path}). Machen Sie die Datei beschreibbar (prüfen Sie die Berechtigungen) und starten Sie HipTimer dann neu.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="53" />
        <source>The history database is busy in another program, so {doing} failed ({path}). Close other copies of HipTimer or programs that have the file open, then try again.</source>
        <translation>Die Verlaufsdatenbank wird von einem anderen Programm verwendet, daher ist {doing} fehlgeschlagen ({path}). Schließen Sie andere HipTimer-Instanzen oder Programme, die die Datei geöffnet haben, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="60" />
        <source>{doing} failed: {error} ({path})</source>
        <translation>{doing} fehlgeschlagen: {error} ({path})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="257" />
        <source>Today's backup of your history could not be written ({error}). Your history itself is fine; HipTimer tries again next time it starts.</source>
        <translation>Die heutige Sicherung Ihres Verlaufs konnte nicht geschrieben werden ({error}). Ihr Verlauf selbst ist in Ordnung; HipTimer versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="284" />
        <source>starting the session's record</source>
        <translation>das Anlegen des Einheitsprotokolls</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="303" />
        <source>saving the set</source>
        <translation>das Speichern des Satzes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="308" />
        <source>closing the session's record</source>
        <translation>das Abschließen des Einheitsprotokolls</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="318" />
        <source>saving your effort and note</source>
        <translation>das Speichern von Anstrengung und Notiz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="325" />
        <location filename="../../hiptimer/store/progress.py" line="96" />
        <source>There is no session {session_id} in this history</source>
        <translation>In diesem Verlauf gibt es keine Einheit {session_id}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="390" />
        <source>closing the interrupted session</source>
        <translation>das Abschließen der unterbrochenen Einheit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="400" />
        <source>deleting the session</source>
        <translation>das Löschen der Einheit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="437" />
        <source>adding the sessions</source>
        <translation>das Hinzufügen der Einheiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="478" />
        <source>removing the demo sessions</source>
        <translation>das Entfernen der Demo-Einheiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="493" />
        <source>saving the weekly plan</source>
        <translation>das Speichern des Wochenplans</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="79" />
        <source>saving how the exercises went</source>
        <translation>das Speichern, wie die Übungen liefen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="90" />
        <source>saving this morning's answer</source>
        <translation>das Speichern der heutigen Morgenantwort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="125" />
        <source>saving the new dose</source>
        <translation>das Speichern der neuen Dosierung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="87" />
        <source>The file {name} in {folder} is not a HipTimer history ({problem}). HipTimer did not change it: it was renamed to {new_name}; nothing was deleted.</source>
        <translation>Die Datei {name} in {folder} ist kein HipTimer-Verlauf ({problem}). HipTimer hat sie nicht verändert: Sie wurde in {new_name} umbenannt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="98" />
        <source>Your history could not be read ({problem}). The damaged file was kept and renamed to {new_name} in {folder}; nothing was deleted.</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden ({problem}). Die beschädigte Datei wurde behalten und in {folder} in {new_name} umbenannt; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="107" />
        <source>There is no intact backup, so HipTimer starts an empty history.</source>
        <translation>Es gibt keine intakte Sicherung, daher beginnt HipTimer mit einem leeren Verlauf.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="116" />
        <source>The newest intact backup is from {day}: restore it to get your history back up to that day, or start an empty history.</source>
        <translation>Die neueste intakte Sicherung ist vom {day}: Stellen Sie sie wieder her, um Ihren Verlauf bis zu diesem Tag zurückzuerhalten, oder beginnen Sie einen leeren Verlauf.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="126" />
        <source>There is no intact backup to restore</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="141" />
        <source>The backup {backup} is damaged too; choose an older one</source>
        <translation>Die Sicherung {backup} ist ebenfalls beschädigt; wählen Sie eine ältere</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="235" />
        <source>Your history {path} cannot be read: {strerror}</source>
        <translation>Ihr Verlauf {path} kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="240" />
        <source>file is not a database</source>
        <translation>Datei ist keine Datenbank</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="249" />
        <location filename="../../hiptimer/store/recovery.py" line="428" />
        <source>opening your history</source>
        <translation>das Öffnen Ihres Verlaufs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="255" />
        <source>checking your history</source>
        <translation>das Prüfen Ihres Verlaufs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="267" />
        <source>it belongs to another program, application id {id:#x}</source>
        <translation>sie gehört zu einem anderen Programm, Anwendungs-ID {id:#x}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="274" />
        <source>its tables are not a HipTimer history's: {tables}</source>
        <translation>ihre Tabellen sind nicht die eines HipTimer-Verlaufs: {tables}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="308" />
        <source>Your history {path} cannot be checked: {problem}</source>
        <translation>Ihr Verlauf {path} kann nicht geprüft werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="328" />
        <source>A log file beside your history did not belong to it ({why}); it was renamed to {name} in {folder} and not used. Your history is as it was last saved.</source>
        <translation>Eine Protokolldatei neben Ihrem Verlauf gehörte nicht dazu ({why}); sie wurde in {folder} in {name} umbenannt und nicht verwendet. Ihr Verlauf ist wie zuletzt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="415" />
        <source>it does not make a HipTimer history</source>
        <translation>sie ergibt keinen gültigen HipTimer-Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="423" />
        <source>there is no database for it</source>
        <translation>es gibt keine Datenbank dazu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="436" />
        <source>Your history {path} is read-only and from an older HipTimer, so it cannot be upgraded. Make the file writable, then start HipTimer again.</source>
        <translation>Ihr Verlauf {path} ist schreibgeschützt und stammt von einer älteren HipTimer-Version, daher kann er nicht aktualisiert werden. Machen Sie die Datei beschreibbar und starten Sie HipTimer dann neu.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="445" />
        <source>Your history file {path} is read-only: your past sessions show, but new sessions cannot be saved until you make it writable again.</source>
        <translation>Ihre Verlaufsdatei {path} ist schreibgeschützt: Ihre bisherigen Einheiten werden angezeigt, aber neue Einheiten können erst gespeichert werden, wenn die Datei wieder beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="465" />
        <source>preparing your history</source>
        <translation>das Vorbereiten Ihres Verlaufs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="94" />
        <source>this report comes from another history than the reports imported into profile {profile!r} before (it was made by profile {profile2!r})</source>
        <translation>dieser Bericht stammt aus einem anderen Verlauf als die zuvor in Profil {profile!r} importierten Berichte (er wurde von Profil {profile2!r} erstellt)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="103" />
        <source>this report is from profile {profile!r}, not {profile2!r}</source>
        <translation>dieser Bericht stammt aus Profil {profile!r}, nicht {profile2!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/schema.py" line="303" />
        <source>This history was written by a newer HipTimer (schema version {current}, this one knows up to {newest}). Update HipTimer to open it; the file is left as it is.</source>
        <translation>Dieser Verlauf wurde von einer neueren HipTimer-Version geschrieben (Schemaversion {current}, diese kennt bis {newest}). Aktualisieren Sie HipTimer, um ihn zu öffnen; die Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>HistoryLink</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="109" />
        <location filename="../../hiptimer/ui/history_link.py" line="135" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="110" />
        <source>Your history cannot be opened, so sessions will not be saved.</source>
        <translation>Ihr Verlauf lässt sich nicht öffnen, daher werden Einheiten nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="113" />
        <source>{error}

You can still follow the routine.</source>
        <translation>{error}

Sie können dem Programm trotzdem folgen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="128" />
        <source>Your history is read-only: new sessions will not be saved.</source>
        <translation>Ihr Verlauf ist schreibgeschützt: Neue Einheiten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="132" />
        <source>A file beside your history was set aside.</source>
        <translation>Eine Datei neben Ihrem Verlauf wurde beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="139" />
        <source>The history is read-only: sessions are not saved.</source>
        <translation>Der Verlauf ist schreibgeschützt: Einheiten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="174" />
        <source>{weekday} {day} {month} at {time}</source>
        <translation>{weekday}, {day}. {month} um {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="187" />
        <source>Your last session was cut short.</source>
        <translation>Ihre letzte Einheit wurde unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="188" />
        <source>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</source>
        <translation>
            <numerusform>{routine}, {when}: {saved} von %n Sätzen wurden gespeichert. Dort weitermachen, wo sie abbrach, oder als unterbrochen im Verlauf behalten?</numerusform>
            <numerusform>{routine}, {when}: {saved} von %n Sätzen wurden gespeichert. Dort weitermachen, wo sie abbrach, oder als unterbrochen im Verlauf behalten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Keep as interrupted</source>
        <translation>Als unterbrochen behalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="212" />
        <source>This session is not being saved: the history is not open.</source>
        <translation>Diese Einheit wird nicht gespeichert: Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="219" />
        <source>This session is not being saved: the history is read-only.</source>
        <translation>Diese Einheit wird nicht gespeichert: Der Verlauf ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="288" />
        <source>An earlier session that waited in memory is now saved.</source>
        <translation>Eine frühere Einheit, die im Speicher wartete, ist jetzt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="301" />
        <source>The session that waited in memory is now saved in your history.</source>
        <translation>Die Einheit, die im Speicher wartete, ist jetzt in Ihrem Verlauf gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="327" />
        <source>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</source>
        <translation>
            <numerusform>%n Einheit von {profile} konnte nicht gespeichert werden: Der Verlauf ließ sich nicht schreiben, daher fehlt sie darin.</numerusform>
            <numerusform>%n Einheit von {profile} konnte nicht gespeichert werden: Der Verlauf ließ sich nicht schreiben, daher fehlt sie darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="335" />
        <source>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</source>
        <translation>
            <numerusform>%n Einheiten von {profile} konnten nicht gespeichert werden: Der Verlauf ließ sich nicht schreiben, daher fehlen sie darin.</numerusform>
            <numerusform>%n Einheiten von {profile} konnten nicht gespeichert werden: Der Verlauf ließ sich nicht schreiben, daher fehlen sie darin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="356" />
        <source>the disk holding your history is full</source>
        <translation>der Datenträger mit Ihrem Verlauf ist voll</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="358" />
        <source>your history cannot be written</source>
        <translation>Ihr Verlauf lässt sich nicht schreiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="363" />
        <source>This session could not be saved: {why}. HipTimer tries again while it stays open, but if it is closed first, the session is lost. Export it as CSV to keep it.</source>
        <translation>Diese Einheit konnte nicht gespeichert werden: {why}. HipTimer versucht es erneut, solange es geöffnet bleibt; wird es vorher geschlossen, geht die Einheit verloren. Exportieren Sie sie als CSV, um sie zu sichern.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="394" />
        <source>Export this session</source>
        <translation>Diese Einheit exportieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="396" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="413" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="414" />
        <source>The session could not be exported.</source>
        <translation>Die Einheit konnte nicht exportiert werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="418" />
        <source>Exported this session (%n sets) to {path}.</source>
        <translation>
            <numerusform>Diese Einheit (%n Sätze) wurde nach {path} exportiert.</numerusform>
            <numerusform>Diese Einheit (%n Sätze) wurde nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="477" />
        <source>The history is not open: the plan cannot be changed now.</source>
        <translation>Der Verlauf ist nicht geöffnet: Der Plan kann jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="506" />
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="507" />
        <source>The plan could not be saved.</source>
        <translation>Der Plan konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="522" />
        <source>Start at login</source>
        <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="523" />
        <source>HipTimer could not change its start at login; the plan itself is saved.</source>
        <translation>HipTimer konnte den Start bei der Anmeldung nicht ändern; der Plan selbst ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="563" />
        <source>Some pictures cannot be shown: {error}.</source>
        <translation>Einige Bilder können nicht angezeigt werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="81" />
        <source>Your history is not open yet: choose what to do with it from History (Ctrl+H), or when HipTimer starts next.</source>
        <translation>Ihr Verlauf ist noch nicht geöffnet: Entscheiden Sie unter „Verlauf“ (Strg+H) oder beim nächsten Start von HipTimer, wie es weitergeht.</translation>
    </message>
</context>
<context>
    <name>HistoryRecovery</name>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="92" />
        <source>Your history was restored from its backup.</source>
        <translation>Ihr Verlauf wurde aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="100" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="101" />
        <source>Your history cannot be opened.</source>
        <translation>Ihr Verlauf lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="108" />
        <source>Your history file is not a HipTimer history.</source>
        <translation>Ihre Verlaufsdatei ist kein HipTimer-Verlauf.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="110" />
        <source>Your history file was damaged.</source>
        <translation>Ihre Verlaufsdatei war beschädigt.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="116" />
        <location filename="../../hiptimer/ui/history_recovery.py" line="127" />
        <source>Start an empty history</source>
        <translation>Mit leerem Verlauf beginnen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="126" />
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="16" />
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="17" />
        <source>Reps per week chart</source>
        <translation>Diagramm Wiederholungen pro Woche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="19" />
        <source>Reps or seconds held per week for one exercise, left and right</source>
        <translation>Wiederholungen oder gehaltene Sekunden pro Woche für eine Übung, links und rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="21" />
        <source>Sessions per week chart</source>
        <translation>Diagramm Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="23" />
        <source>Sessions done each week against the plan</source>
        <translation>Erledigte Einheiten pro Woche im Vergleich zum Plan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="25" />
        <source>Effort chart</source>
        <translation>Diagramm Anstrengung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="27" />
        <source>How hard each session felt, from 1 to 10</source>
        <translation>Wie anstrengend sich jede Einheit anfühlte, von 1 bis 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="29" />
        <source>Left and right balance</source>
        <translation>Balance links und rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="31" />
        <source>Work done on each side of each exercise</source>
        <translation>Geleistete Arbeit auf jeder Seite jeder Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="33" />
        <location filename="../../hiptimer/ui/history/window.py" line="186" />
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="35" />
        <source>Every set of every session in the chosen range</source>
        <translation>Jeder Satz jeder Einheit im gewählten Zeitraum</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="37" />
        <location filename="../../hiptimer/ui/history/names.py" line="41" />
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="39" />
        <source>The balance table and the sessions table</source>
        <translation>Die Balance-Tabelle und die Einheiten-Tabelle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="43" />
        <source>Choose the balance table or the sessions table</source>
        <translation>Balance-Tabelle oder Einheiten-Tabelle wählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="46" />
        <source>Remove the made-up demo sessions from this history</source>
        <translation>Die erfundenen Demo-Einheiten aus diesem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="55" />
        <source>8 weeks</source>
        <translation>8 Wochen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="56" />
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="57" />
        <source>All time</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="62" />
        <source>the last 8 weeks</source>
        <translation>letzte 8 Wochen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="63" />
        <source>the last 6 months</source>
        <translation>letzte 6 Monate</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="64" />
        <source>all of the history</source>
        <translation>gesamter Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="93" />
        <source>History: {profile}</source>
        <translation>Verlauf: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="102" />
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="105" />
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="108" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="116" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="122" />
        <source>Show {range} ({keys})</source>
        <translation>Anzeigen: {range} ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="135" />
        <source>Exercise:</source>
        <translation>Übung:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="140" />
        <source>Which exercise the main chart shows</source>
        <translation>Welche Übung das Hauptdiagramm zeigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="145" />
        <source>Export CSV… (Ctrl+E)</source>
        <translation>CSV exportieren … (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="147" />
        <source>Save the sets in this range as a CSV file (Ctrl+E)</source>
        <translation>Die Sätze dieses Zeitraums als CSV-Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="156" />
        <source>These charts include made-up demo sessions, to show what the history looks like.</source>
        <translation>Diese Diagramme enthalten erfundene Demo-Einheiten, die zeigen, wie der Verlauf aussieht.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="162" />
        <location filename="../../hiptimer/ui/history/window.py" line="421" />
        <location filename="../../hiptimer/ui/history/window.py" line="433" />
        <source>Remove demo sessions</source>
        <translation>Demo-Einheiten entfernen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="185" />
        <location filename="../../hiptimer/ui/history/window.py" line="301" />
        <source>Left / right balance</source>
        <translation>Balance links / rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="189" />
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="206" />
        <source>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Noch keine Einheiten&lt;/h3&gt;&lt;p&gt;Schließen Sie ein Programm ab, dann erscheinen seine Sätze hier – Woche für Woche, links und rechts im Vergleich.&lt;/p&gt;&lt;p&gt;Zum Ausprobieren können Sie diesen Verlauf mit %n Wochen erfundener Einheiten füllen; ein Klick entfernt sie wieder.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Noch keine Einheiten&lt;/h3&gt;&lt;p&gt;Schließen Sie ein Programm ab, dann erscheinen seine Sätze hier – Woche für Woche, links und rechts im Vergleich.&lt;/p&gt;&lt;p&gt;Zum Ausprobieren können Sie diesen Verlauf mit %n Wochen erfundener Einheiten füllen; ein Klick entfernt sie wieder.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="217" />
        <location filename="../../hiptimer/ui/history/window.py" line="382" />
        <location filename="../../hiptimer/ui/history/window.py" line="401" />
        <location filename="../../hiptimer/ui/history/window.py" line="410" />
        <source>Try with made-up data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="219" />
        <source>Fill this profile's empty history with %n weeks of made-up sessions</source>
        <translation>
            <numerusform>Den leeren Verlauf dieses Profils mit %n Wochen erfundener Einheiten füllen</numerusform>
            <numerusform>Den leeren Verlauf dieses Profils mit %n Wochen erfundener Einheiten füllen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="244" />
        <location filename="../../hiptimer/ui/history/window.py" line="349" />
        <source>Point at a bar or a dot to see its numbers.</source>
        <translation>Zeigen Sie auf einen Balken oder Punkt, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="296" />
        <source>Sessions ({count})</source>
        <translation>Einheiten ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="302" />
        <source> (⚠ %n to check)</source>
        <translation>
            <numerusform> (⚠ %n zu prüfen)</numerusform>
            <numerusform> (⚠ %n zu prüfen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="338" />
        <source>the last %n weeks</source>
        <translation>
            <numerusform>letzte %n Wochen</numerusform>
            <numerusform>letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="359" />
        <source>Export {range} as CSV</source>
        <translation>Als CSV exportieren: {range}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="361" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="371" />
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="373" />
        <source>Saved %n sets from {range} to {path}</source>
        <translation>
            <numerusform>%n Sätze ({range}) in {path} gespeichert</numerusform>
            <numerusform>%n Sätze ({range}) in {path} gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="383" />
        <source>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</source>
        <translation>
            <numerusform>Den Verlauf von {profile} mit %n Wochen erfundener Einheiten füllen? Sie sind als Demo-Einheiten markiert, und „Demo-Einheiten entfernen“ nimmt sie wieder heraus.</numerusform>
            <numerusform>Den Verlauf von {profile} mit %n Wochen erfundener Einheiten füllen? Sie sind als Demo-Einheiten markiert, und „Demo-Einheiten entfernen“ nimmt sie wieder heraus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="402" />
        <source>This history has sessions of its own now.</source>
        <translation>Dieser Verlauf enthält inzwischen eigene Einheiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="414" />
        <source>Added %n made-up sessions</source>
        <translation>
            <numerusform>%n erfundene Einheiten hinzugefügt</numerusform>
            <numerusform>%n erfundene Einheiten hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="422" />
        <source>Remove the made-up demo sessions from this profile? Your own sessions stay.</source>
        <translation>Die erfundenen Demo-Einheiten aus diesem Profil entfernen? Ihre eigenen Einheiten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="437" />
        <source>Removed %n demo sessions</source>
        <translation>
            <numerusform>%n Demo-Einheiten entfernt</numerusform>
            <numerusform>%n Demo-Einheiten entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="35" />
        <source>hiptimer: ignoring {setting}: expected {expected}</source>
        <translation>hiptimer: {setting} wird ignoriert: erwartet wird {expected}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="49" />
        <source>a step number (0 or more)</source>
        <translation>eine Schrittnummer (0 oder höher)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="59" />
        <source>a number from 1 to {maximum}</source>
        <translation>eine Zahl von 1 bis {maximum}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="58" />
        <source>Drag into the routine, or press Enter to add it at the end</source>
        <translation>In das Programm ziehen oder mit der Eingabetaste am Ende anfügen</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="160" />
        <source>{file}: not a HipTimer exercise file</source>
        <translation>{file}: keine HipTimer-Übungsdatei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="164" />
        <source>{file}: the file version should be 1 to {known} (was {value})</source>
        <translation>{file}: die Dateiversion sollte 1 bis {known} sein (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="172" />
        <source>{file}: HipTimer does not know the field {name}; remove it</source>
        <translation>{file}: HipTimer kennt das Feld {name} nicht; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="332" />
        <source>Session done — {app}</source>
        <translation>Einheit abgeschlossen – {app}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="414" />
        <source>Muted: M to hear beeps and speech again</source>
        <translation>Ton aus: M schaltet Signaltöne und Sprache wieder ein</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="446" />
        <source>Could not save the settings ({error}); they apply until HipTimer closes.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden ({error}); sie gelten, bis HipTimer beendet wird.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="503" />
        <source>Routine file</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="504" />
        <source>This routine file cannot be used.</source>
        <translation>Diese Programmdatei kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="520" />
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="26" />
        <source>at</source>
        <comment>the column of when a step starts</comment>
        <translation>ab</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="27" />
        <source>step</source>
        <comment>the column of a step's kind</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="28" />
        <source>what</source>
        <comment>the column of a step's title</comment>
        <translation>was</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="29" />
        <source>set</source>
        <comment>the column of the set number</comment>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="30" />
        <source>reps</source>
        <comment>the column of the repetitions</comment>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="31" />
        <source>time</source>
        <comment>the column of a step's duration</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="32" />
        <source>(own)</source>
        <comment>a self-paced set's time: at the runner's own pace</comment>
        <translation>(frei)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="58" />
        <source>Total: {time}</source>
        <translation>Gesamt: {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="61" />
        <source>(self-paced sets are counted at a typical pace)</source>
        <translation>(Sätze im eigenen Tempo sind mit einem üblichen Tempo gerechnet)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="70" />
        <source>Plan: {days} ({count} a week)</source>
        <translation>Plan: {days} ({count}-mal pro Woche)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="72" />
        <source>planned</source>
        <comment>a day of the weekly plan</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="73" />
        <source>extra</source>
        <comment>a day trained outside the weekly plan</comment>
        <translation>zusätzlich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="84" />
        <source>done</source>
        <comment>a day of the week</comment>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/plan.py" line="86" />
        <source>done (%n session(s))</source>
        <translation>
            <numerusform>erledigt (%n Einheit)</numerusform>
            <numerusform>erledigt (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="88" />
        <source>missed</source>
        <comment>a day of the week</comment>
        <translation>verpasst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="90" />
        <source>today</source>
        <comment>a day of the week</comment>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="92" />
        <source>to come</source>
        <comment>a day of the week</comment>
        <translation>kommt noch</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="122" />
        <source>plan --week takes no routine file and no --json</source>
        <translation>plan --week nimmt weder eine Programmdatei noch --json</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="22" />
        <source>Choose at least one day: a plan needs a day to remind you on.</source>
        <translation>Wählen Sie mindestens einen Tag: Ein Plan braucht einen Tag, an dem er Sie erinnert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="32" />
        <source>Weekly plan — HipTimer</source>
        <translation>Wochenplan – HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="47" />
        <source>Run in the background at login (reminders with no window)</source>
        <translation>Bei der Anmeldung im Hintergrund starten (Erinnerungen ohne Fenster)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="52" />
        <source>The time of day a reminder comes on the planned days</source>
        <translation>Die Tageszeit, zu der an den geplanten Tagen eine Erinnerung kommt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="55" />
        <source>Start HipTimer at login without a window, so reminders come</source>
        <translation>HipTimer bei der Anmeldung ohne Fenster starten, damit Erinnerungen kommen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="62" />
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="63" />
        <source>Remind at:</source>
        <translation>Erinnern um:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="65" />
        <source>The plan of profile {profile}. A week counts towards your streak when its planned sessions are done; a reminder comes at the planned time.</source>
        <translation>Der Plan des Profils {profile}. Eine Woche zählt für Ihre Serie, wenn ihre geplanten Einheiten erledigt sind; zur geplanten Zeit kommt eine Erinnerung.</translation>
    </message>
</context>
<context>
    <name>ProfileLink</name>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="120" />
        <source>The built-in routine is open: {error}.</source>
        <translation>Das mitgelieferte Programm ist geöffnet: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="141" />
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="143" />
        <source>Charts of your sets per week, and CSV export</source>
        <translation>Diagramme Ihrer Sätze pro Woche und CSV-Export</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="147" />
        <source>&amp;Routines…</source>
        <translation>Pro&amp;gramme …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="149" />
        <source>Choose, edit, import or print a routine</source>
        <translation>Programm wählen, bearbeiten, importieren oder drucken</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="153" />
        <source>Exercise &amp;library…</source>
        <translation>Übungs&amp;bibliothek …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="155" />
        <source>Built-in and custom exercises</source>
        <translation>Mitgelieferte und eigene Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="159" />
        <source>&amp;Profiles…</source>
        <translation>Pr&amp;ofile …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="161" />
        <source>One profile per person: switch, create, rename, archive</source>
        <translation>Ein Profil pro Person: wechseln, anlegen, umbenennen, archivieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="165" />
        <source>Send &amp;report to trainer…</source>
        <translation>Bericht an Trainer &amp;senden …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="167" />
        <source>Save your sessions, effort and notes as one file for your trainer</source>
        <translation>Ihre Einheiten, Anstrengung und Notizen als eine Datei für Ihren Trainer speichern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="175" />
        <source>Weekly &amp;plan and reminders…</source>
        <translation>&amp;Wochenplan und Erinnerungen …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="177" />
        <source>Which days you train, when to remind you, start at login</source>
        <translation>An welchen Tagen Sie trainieren, wann erinnert wird, Start bei der Anmeldung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="180" />
        <source>His&amp;tory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="183" />
        <source>&amp;Routines</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="193" />
        <source>Routines…  (Ctrl+R)</source>
        <translation>Programme …  (Strg+R)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="210" />
        <source>Whose routines and history (Ctrl+P to manage profiles)</source>
        <translation>Wessen Programme und Verlauf (Strg+P: Profile verwalten)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="214" />
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="234" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="235" />
        <source>The history is not open.</source>
        <translation>Der Verlauf ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="236" />
        <source>See the message shown when HipTimer started.</source>
        <translation>Siehe die Meldung beim Start von HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="258" />
        <location filename="../../hiptimer/ui/profile_link.py" line="269" />
        <location filename="../../hiptimer/ui/profile_link.py" line="278" />
        <source>Send report</source>
        <translation>Bericht senden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="259" />
        <source>The history is not open, so there is nothing to send.</source>
        <translation>Der Verlauf ist nicht geöffnet, daher gibt es nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="270" />
        <source>The report could not be saved: {error}.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="273" />
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="331" />
        <location filename="../../hiptimer/ui/profile_link.py" line="341" />
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="332" />
        <source>This routine belongs to {owner}; {shown} is shown now.</source>
        <translation>Dieses Programm gehört {owner}; angezeigt wird gerade {shown}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="335" />
        <source>Switch back to {owner} to use it.</source>
        <translation>Wechseln Sie zurück zu {owner}, um es zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="342" />
        <location filename="../../hiptimer/ui/profile_link.py" line="361" />
        <source>End the session first.</source>
        <translation>Beenden Sie zuerst die Einheit.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="343" />
        <source>The routine changes once this session is over.</source>
        <translation>Das Programm wechselt, sobald diese Einheit vorbei ist.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="360" />
        <location filename="../../hiptimer/ui/profile_link.py" line="377" />
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="362" />
        <source>The profile can change once this session is over.</source>
        <translation>Das Profil kann gewechselt werden, sobald diese Einheit vorbei ist.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="378" />
        <source>{name} is open in another HipTimer window.</source>
        <translation>{name} ist in einem anderen HipTimer-Fenster geöffnet.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="381" />
        <source>That window was asked to come to the front.</source>
        <translation>Dieses Fenster wurde aufgefordert, in den Vordergrund zu kommen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="383" />
        <source>That window did not answer (it may be busy or hung); close it before switching to this profile here.</source>
        <translation>Dieses Fenster hat nicht geantwortet (es ist vielleicht beschäftigt oder hängt); schließen Sie es, bevor Sie hier zu diesem Profil wechseln.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="306" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="307" />
        <source>Whose routines and history to use</source>
        <translation>Wessen Programme und Verlauf verwendet werden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="331" />
        <source>Manage profiles…</source>
        <translation>Profile verwalten …</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="49" />
        <source>{name!r} cannot be a profile name: use 1 to 40 letters, digits, spaces, '-', '_' or '.', starting with a letter or digit</source>
        <translation>{name!r} kann kein Profilname sein: verwenden Sie 1 bis 40 Buchstaben, Ziffern, Leerzeichen, „-“, „_“ oder „.“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="58" />
        <source>{name!r} is a reserved name on Windows; choose another</source>
        <translation>{name!r} ist unter Windows ein reservierter Name; wählen Sie einen anderen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="139" />
        <source>there is no profile named {name!r} (profiles: {known})</source>
        <translation>es gibt kein Profil namens {name!r} (Profile: {known})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="165" />
        <source>a profile named {taken!r}{state} already exists; choose another name</source>
        <translation>ein Profil namens {taken!r}{state} existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="173" />
        <source>cannot create the profile {name!r}: {strerror}</source>
        <translation>das Profil {name!r} kann nicht erstellt werden: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="185" />
        <source>there is no profile named {old!r}</source>
        <translation>es gibt kein Profil namens {old!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="189" />
        <source>the default profile keeps its name; create a new profile for each client</source>
        <translation>das Standardprofil behält seinen Namen; legen Sie für jeden Klienten ein neues Profil an</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="197" />
        <source>{DEFAULT_PROFILE!r} is the name of the default profile</source>
        <translation>{DEFAULT_PROFILE!r} ist der Name des Standardprofils</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="204" />
        <source>a profile named {taken!r} already exists; choose another name</source>
        <translation>ein Profil namens {taken!r} existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="223" />
        <source>cannot rename {current!r} to {new!r}: {strerror}; close anything that uses this profile and try again</source>
        <translation>{current!r} kann nicht in {new!r} umbenannt werden: {strerror}; schließen Sie alles, was dieses Profil verwendet, und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="239" />
        <source>there is no profile named {name!r}</source>
        <translation>es gibt kein Profil namens {name!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="242" />
        <source>the default profile cannot be archived</source>
        <translation>das Standardprofil kann nicht archiviert werden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="255" />
        <source>cannot change the profile {name!r}: {strerror}</source>
        <translation>das Profil {name!r} kann nicht geändert werden: {strerror}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="50" />
        <source>Profiles (shown now: {profile})</source>
        <translation>Profile (aktuell: {profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="55" />
        <source>One profile per client: each keeps its own routines and history. Archiving hides a profile from the list and keeps all its data.</source>
        <translation>Ein Profil pro Klient: Jedes hat eigene Programme und einen eigenen Verlauf. Archivieren blendet ein Profil aus der Liste aus und behält alle Daten.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="63" />
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="67" />
        <source>Show &amp;archived profiles</source>
        <translation>&amp;Archivierte Profile anzeigen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="73" />
        <source>a client's name, for example Anna B</source>
        <translation>Name eines Klienten, zum Beispiel Anna B</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="78" />
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="80" />
        <source>Create a new profile with this name</source>
        <translation>Ein neues Profil mit diesem Namen erstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="82" />
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="84" />
        <source>Give the selected profile this name</source>
        <translation>Dem ausgewählten Profil diesen Namen geben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="89" />
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="97" />
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="190" />
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="99" />
        <source>&amp;Import report…</source>
        <translation>Bericht &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="101" />
        <source>Add a progress report a client sent you to the selected profile's history</source>
        <translation>Einen Fortschrittsbericht eines Klienten in den Verlauf des ausgewählten Profils übernehmen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="110" />
        <source>Report import</source>
        <translation>Berichtsimport</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="115" />
        <source>&amp;Switch to this profile</source>
        <translation>&amp;Zu diesem Profil wechseln</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="120" />
        <source>Use the selected profile (Enter)</source>
        <translation>Das ausgewählte Profil verwenden (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="151" />
        <source>   (in use)</source>
        <translation>   (in Verwendung)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="153" />
        <source>   (archived)</source>
        <translation>   (archiviert)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="188" />
        <source>Bring &amp;back</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="194" />
        <source>Switch to another profile before archiving this one</source>
        <translation>Wechseln Sie zu einem anderen Profil, bevor Sie dieses archivieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="197" />
        <source>The default profile stays</source>
        <translation>Das Standardprofil bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="107" />
        <source>Everyone with routines and a history on this computer</source>
        <translation>Alle mit Programmen und Verlauf auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="110" />
        <source>List the archived profiles too, to bring one back</source>
        <translation>Auch archivierte Profile zeigen, um eines zurückzuholen</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="60" />
        <source>Level and reps per set</source>
        <translation>Stufe und Wiederholungen pro Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="61" />
        <source>Pain during the exercise (0-10)</source>
        <translation>Schmerz während der Übung (0–10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="63" />
        <source>Level and reps chart</source>
        <translation>Diagramm Stufe und Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="65" />
        <source>Reps per set by week on each side; level changes marked</source>
        <translation>Wiederholungen pro Satz nach Woche auf jeder Seite; Stufenwechsel markiert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="67" />
        <source>Pain chart</source>
        <translation>Diagramm Schmerz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="69" />
        <source>Pain during the exercise by week on each side, limit 5</source>
        <translation>Schmerz während der Übung nach Woche auf jeder Seite, Grenze 5</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="107" />
        <source>limit {limit}</source>
        <translation>Grenze {limit}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="112" />
        <source>Level and {unit} per set</source>
        <translation>Stufe und {unit} pro Satz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="116" />
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="135" />
        <source>{side}: {level}</source>
        <translation>{side}: {level}</translation>
    </message>
</context>
<context>
    <name>ProgressLink</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="59" />
        <source>%n suggested change(s) for today: A (Accept today's doses) runs them; without it, the session runs the doses shown in the list.</source>
        <translation>
            <numerusform>%n vorgeschlagene Änderung für heute: A („Heutige Dosierungen übernehmen“) wendet sie an; ohne das läuft die Einheit mit den in der Liste angezeigten Dosierungen.</numerusform>
            <numerusform>%n vorgeschlagene Änderungen für heute: A („Heutige Dosierungen übernehmen“) wendet sie an; ohne das läuft die Einheit mit den in der Liste angezeigten Dosierungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="67" />
        <source>Doses stay as they are today.</source>
        <translation>Die Dosierung bleibt heute unverändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="109" />
        <source>%n suggested change(s) accepted: the session runs the doses in the list.</source>
        <translation>
            <numerusform>%n Vorschlag übernommen: die Einheit läuft mit den Dosierungen der Liste.</numerusform>
            <numerusform>%n Vorschläge übernommen: die Einheit läuft mit den Dosierungen der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="167" />
        <source>Next time: the same doses.</source>
        <translation>Nächstes Mal: gleiche Dosierung.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="171" />
        <source>{exercise} {side} {dose} ({change}: {reason})</source>
        <translation>{exercise} {side} {dose} ({change}: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="182" />
        <source>Suggested for next time: {changes}.</source>
        <translation>Vorschlag für das nächste Mal: {changes}.</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="81" />
        <location filename="../../hiptimer/core/progression.py" line="98" />
        <source>{height} step</source>
        <translation>{height}-Stufe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="104" />
        <source>tan band</source>
        <translation>beiges Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="105" />
        <source>yellow band</source>
        <translation>gelbes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="106" />
        <source>red band</source>
        <translation>rotes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="107" />
        <source>green band</source>
        <translation>grünes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="108" />
        <source>blue band</source>
        <translation>blaues Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="109" />
        <source>black band</source>
        <translation>schwarzes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="110" />
        <source>silver band</source>
        <translation>silbernes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="111" />
        <source>gold band</source>
        <translation>goldenes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="284" />
        <source>a set missed the target</source>
        <translation>ein Satz hat das Ziel verfehlt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="286" />
        <source>pain not answered</source>
        <translation>Schmerz nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="289" />
        <source>no morning answer after the pain</source>
        <translation>keine Morgenangabe nach dem Schmerz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="290" />
        <source>pain had not settled</source>
        <translation>Schmerz hatte nicht nachgelassen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="294" />
        <source>holds did not feel easy</source>
        <translation>Halten fiel nicht leicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="295" />
        <source>effort not answered</source>
        <translation>Anstrengung nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="297" />
        <source>reps in reserve not answered</source>
        <translation>Wiederholungen in Reserve nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="298" />
        <source>fewer than 2 reps in reserve</source>
        <translation>weniger als 2 Wiederholungen in Reserve</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="357" />
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="360" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="362" />
        <source>{seconds} s holds</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="364" />
        <location filename="../../hiptimer/core/progression.py" line="427" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="377" />
        <source>progression is off for this routine</source>
        <translation>Steigerung ist für dieses Programm aus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="384" />
        <source>down to the trainer's limit for this routine</source>
        <translation>herunter auf die Grenze des Trainers für dieses Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="387" />
        <source>no sessions yet</source>
        <translation>noch keine Einheiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="392" />
        <source>pain was worse the next morning</source>
        <translation>Schmerz war am nächsten Morgen stärker</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="394" />
        <source>pain {pain}/10 during the exercise</source>
        <translation>Schmerz {pain}/10 während der Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="398" />
        <source>{why}: already at the lowest dose</source>
        <translation>{why}: schon bei der niedrigsten Dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="400" />
        <source>{why}: down to {dose}</source>
        <translation>{why}: zurück auf {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="407" />
        <source>keep: {reason} last time</source>
        <translation>beibehalten: letztes Mal {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="410" />
        <source>keep: no session at this dose yet</source>
        <translation>beibehalten: noch keine Einheit mit dieser Dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="413" />
        <source>keep: 1st session at this dose went well</source>
        <translation>beibehalten: 1. Einheit mit dieser Dosis lief gut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="417" />
        <source>keep: {reason} the session before</source>
        <translation>beibehalten: in der Einheit davor {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="421" />
        <source>keep: at the highest dose allowed</source>
        <translation>beibehalten: höchste erlaubte Dosis erreicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="424" />
        <location filename="../../hiptimer/core/progression.py" line="474" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="428" />
        <source>2 sessions at {done}, easy: {dose}</source>
        <translation>2 Einheiten mit {done}, leicht: {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="464" />
        <source>keep: waiting for the left side to catch up</source>
        <translation>beibehalten: die linke Seite soll aufholen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="466" />
        <source>keep: waiting for the right side to catch up</source>
        <translation>beibehalten: die rechte Seite soll aufholen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="478" />
        <source>{sets} x {amount} per side</source>
        <translation>{sets} x {amount} pro Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="480" />
        <source>{sets} x {amount}</source>
        <translation>{sets} x {amount}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="485" />
        <source>{dose}, {level}</source>
        <translation>{dose}, {level}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="492" />
        <source>{dose} ({reason})</source>
        <translation>{dose} ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="496" />
        <source>{dose} (up: {reason})</source>
        <translation>{dose} (mehr: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="500" />
        <source>{dose} (down: {reason})</source>
        <translation>{dose} (weniger: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="504" />
        <source>left: {line}</source>
        <translation>links: {line}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="506" />
        <source>right: {line}</source>
        <translation>rechts: {line}</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="32" />
        <source>Progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="36" />
        <source>&amp;Progress doses from the history in this routine</source>
        <translation>&amp;Dosierungen in diesem Programm anhand des Verlaufs steigern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="39" />
        <source>Suggest each client's next dose per side from their sessions, pain and effort</source>
        <translation>Für jeden Klienten die nächste Dosierung pro Seite aus seinen Einheiten, Schmerz und Anstrengung vorschlagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="49" />
        <source>usual</source>
        <translation>üblich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="50" />
        <source>Top of the rep range</source>
        <translation>Obergrenze des Wiederholungsbereichs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="52" />
        <source>The most reps per set progression may give</source>
        <translation>Die meisten Wiederholungen pro Satz, die die Steigerung vorgeben darf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="56" />
        <source>Highest level</source>
        <translation>Höchste Stufe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="58" />
        <source>The hardest band or step progression may move up to</source>
        <translation>Das schwerste Band bzw. die höchste Stufe, bis zu der die Steigerung gehen darf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="63" />
        <source>Limits for the selected exercise:</source>
        <translation>Grenzen für die ausgewählte Übung:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="65" />
        <source>Top o&amp;f the rep range</source>
        <translation>Ober&amp;grenze des Wiederholungsbereichs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="66" />
        <source>Highest &amp;level</source>
        <translation>Höchste Stu&amp;fe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="83" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
</context>
<context>
    <name>QuickAnswers</name>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="46" />
        <source>Quick questions</source>
        <translation>Kurze Fragen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="48" />
        <source>Answer each question with a number key; Enter skips one</source>
        <translation>Beantworten Sie jede Frage mit einer Zifferntaste; Eingabetaste überspringt eine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="87" />
        <source>pain during it? 0-9 (+ for 10)</source>
        <translation>Schmerz dabei? 0–9 (+ für 10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="89" />
        <source>the hold was: 1 too easy, 2 right, 3 too hard</source>
        <translation>die Haltezeit war: 1 zu leicht, 2 passend, 3 zu schwer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="91" />
        <source>reps in reserve? 0-4 (4: four or more)</source>
        <translation>Wiederholungen in Reserve? 0–4 (4: vier oder mehr)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="92" />
        <source>{step}: {question}.  Enter skips, Esc skips the rest.</source>
        <translation>{step}: {question}.  Eingabetaste überspringt, Esc überspringt den Rest.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="67" />
        <source>a routine with this name already exists in this profile; choose another</source>
        <translation>in diesem Profil gibt es bereits ein Programm mit diesem Namen; wählen Sie einen anderen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="98" />
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="129" />
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="136" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="153" />
        <source>R&amp;outine name</source>
        <translation>&amp;Programmname</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="154" />
        <source>&amp;Get ready time</source>
        <translation>&amp;Vorbereitungszeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="155" />
        <source>Rest &amp;between exercises</source>
        <translation>Pause &amp;zwischen Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="166" />
        <source>Exercises in the routine</source>
        <translation>Übungen im Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="183" />
        <source>Selected exercise</source>
        <translation>Ausgewählte Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="196" />
        <source>Exercises (drag to reorder, or Ctrl+Up / Ctrl+Down)</source>
        <translation>Übungen (zum Umsortieren ziehen oder Strg+↑ / Strg+↓)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="208" />
        <source>The routine and its exercises</source>
        <translation>Das Programm und seine Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="210" />
        <source>The routine's name, its exercises and the one selected</source>
        <translation>Der Name des Programms, seine Übungen und die ausgewählte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="266" />
        <source>{name} is in the library; press Enter or drag it into the routine</source>
        <translation>{name} ist in der Bibliothek; Eingabetaste drücken oder ins Programm ziehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="430" />
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Rückgängig: {change} (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="432" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="437" />
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen: {change} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="439" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="447" />
        <source>Routine: {name}[*] ({profile})</source>
        <translation>Programm: {name}[*] ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="467" />
        <source>Saved {name} in profile {profile}</source>
        <translation>{name} im Profil {profile} gespeichert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="480" />
        <source>Exported to {path}</source>
        <translation>Nach {path} exportiert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="488" />
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="490" />
        <source>HipTimer routine (*.json)</source>
        <translation>HipTimer-Programm (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="505" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="506" />
        <source>Save the changes to {name} before closing?</source>
        <translation>Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="57" />
        <source>Exercises to add: Enter or double-click adds one to the routine</source>
        <translation>Übungen zum Hinzufügen: Eingabetaste oder Doppelklick fügt eine dem Programm hinzu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="62" />
        <source>The routine's exercises in order: Ctrl+Up and Ctrl+Down move one</source>
        <translation>Die Übungen des Programms der Reihe nach: Strg+↑ und Strg+↓ verschieben eine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="67" />
        <source>The routine's name, as the runner sees it</source>
        <translation>Der Name des Programms, wie der Läufer ihn sieht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="70" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Sekunden, um vor der ersten Übung in Position zu gehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="72" />
        <source>Seconds of rest between two exercises</source>
        <translation>Sekunden Pause zwischen zwei Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="74" />
        <source>Every step of the session as the routine now stands, with its time</source>
        <translation>Jeder Schritt der Einheit, wie das Programm jetzt steht, mit seiner Dauer</translation>
    </message>
</context>
<context>
    <name>RoutineEditorActions</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="51" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="53" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="60" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="62" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="66" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="68" />
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="81" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="83" />
        <source>Write the routine to one file for a client</source>
        <translation>Das Programm als eine Datei für einen Klienten schreiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="88" />
        <source>&amp;Handout PDF…</source>
        <translation>Übungsblatt als &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="90" />
        <source>Print a handout as PDF</source>
        <translation>Ein Übungsblatt als PDF drucken</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="95" />
        <source>&amp;New exercise…</source>
        <translation>&amp;Neue Übung …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="97" />
        <source>Make an exercise of your own for the library</source>
        <translation>Eine eigene Übung für die Bibliothek anlegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="102" />
        <source>&amp;Add to routine</source>
        <translation>Zum Programm hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="104" />
        <source>Add the library exercise (Enter in the library)</source>
        <translation>Die Übung aus der Bibliothek hinzufügen (Eingabetaste in der Bibliothek)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="109" />
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="111" />
        <source>Move up (Ctrl+Up in the list)</source>
        <translation>Nach oben verschieben (Strg+↑ in der Liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="116" />
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="118" />
        <source>Move down (Ctrl+Down in the list)</source>
        <translation>Nach unten verschieben (Strg+↓ in der Liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="123" />
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="125" />
        <source>Remove from the routine (Delete in the list)</source>
        <translation>Aus dem Programm entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="130" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="132" />
        <source>Close the editor</source>
        <translation>Editor schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="136" />
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>RoutineError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="210" />
        <source>The exercise has %n problems:</source>
        <translation>
            <numerusform>Die Übung hat %n Problem:</numerusform>
            <numerusform>Die Übung hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="212" />
        <source>The routine has %n problems:</source>
        <translation>
            <numerusform>Das Programm hat %n Problem:</numerusform>
            <numerusform>Das Programm hat %n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineExercisesModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="115" />
        <source>Has problems: </source>
        <translation>Hat Probleme: </translation>
    </message>
</context>
<context>
    <name>RoutineFileError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="99" />
        <source>%n problems:</source>
        <translation>
            <numerusform>%n Problem:</numerusform>
            <numerusform>%n Probleme:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="117" />
        <source>This profile's routines: Enter opens one to edit</source>
        <translation>Die Programme dieses Profils: Eingabetaste öffnet eines zum Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="71" />
        <source>Routines: {profile}</source>
        <translation>Programme: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="76" />
        <source>Routines of {profile}</source>
        <translation>Programme von {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="83" />
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="97" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="99" />
        <source>Build a new routine</source>
        <translation>Ein neues Programm erstellen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="103" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="105" />
        <source>Change this routine</source>
        <translation>Dieses Programm ändern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="109" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="111" />
        <source>Copy this routine</source>
        <translation>Dieses Programm kopieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="115" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="117" />
        <source>Delete this routine</source>
        <translation>Dieses Programm löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="121" />
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="123" />
        <source>Check a routine file and add it to this profile</source>
        <translation>Eine Programmdatei prüfen und diesem Profil hinzufügen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="127" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="129" />
        <source>Write this routine to one file for a client</source>
        <translation>Dieses Programm als eine Datei für einen Klienten schreiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="133" />
        <source>&amp;Handout PDF…</source>
        <translation>Übungsblatt als &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="135" />
        <source>Print this routine as PDF</source>
        <translation>Dieses Programm als PDF drucken</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="139" />
        <source>Exercise &amp;library…</source>
        <translation>Übungsbib&amp;liothek …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="141" />
        <source>See and make exercises</source>
        <translation>Übungen ansehen und anlegen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="145" />
        <source>Use this &amp;routine</source>
        <translation>Dieses Programm &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="147" />
        <source>Choose it for the next session</source>
        <translation>Für die nächste Einheit auswählen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="151" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="153" />
        <source>Close the window</source>
        <translation>Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="199" />
        <source>built-in: Edit makes your own copy</source>
        <translation>mitgeliefert: „Bearbeiten“ erstellt eine eigene Kopie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="203" />
        <source>{file}
cannot be read: {problem}</source>
        <translation>{file}
kann nicht gelesen werden: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="226" />
        <source>%n exercise, about {time}</source>
        <translation>
            <numerusform>%n Übung, etwa {time}</numerusform>
            <numerusform>%n Übung, etwa {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="228" />
        <source>%n exercises, about {time}</source>
        <translation>
            <numerusform>%n Übungen, etwa {time}</numerusform>
            <numerusform>%n Übungen, etwa {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="321" />
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="322" />
        <source>Delete the routine {name} from {profile}?</source>
        <translation>Das Programm {name} aus {profile} löschen?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="344" />
        <source>Import a routine</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="346" />
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="388" />
        <source>HipTimer routine (*.json)</source>
        <translation>HipTimer-Programm (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="358" />
        <source>The file {file} was not imported: {problem}</source>
        <translation>Die Datei {file} wurde nicht importiert: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="362" />
        <source>The file {file} was not imported. It has %n problems:</source>
        <translation>
            <numerusform>Die Datei {file} wurde nicht importiert. Sie hat %n Problem:</numerusform>
            <numerusform>Die Datei {file} wurde nicht importiert. Sie hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="372" />
        <source>the file {file} was not imported: {problem}</source>
        <translation>die Datei {file} wurde nicht importiert: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="386" />
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="40" />
        <source>--days expects days such as mon,wed,fri (mon tue wed thu fri sat sun), got {text!r}</source>
        <translation>--days erwartet Tage wie mon,wed,fri (mon tue wed thu fri sat sun), erhalten: {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="64" />
        <source>--time expects a time of day as HH:MM (24-hour clock), got {text!r}</source>
        <translation>--time erwartet eine Uhrzeit als HH:MM (24-Stunden), erhalten: {text!r}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="61" />
        <source>Paused — Space to go on</source>
        <translation>Pausiert – Leertaste zum Fortfahren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="62" />
        <source>The computer went to sleep, so the session paused where it was. The time asleep does not count.</source>
        <translation>Der Computer war im Ruhezustand, daher wurde die Einheit an dieser Stelle angehalten. Die Zeit im Ruhezustand zählt nicht.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="67" />
        <source>Click here or press Space to carry on. Esc ends the session.</source>
        <translation>Hier klicken oder Leertaste drücken, um fortzufahren. Esc beendet die Einheit.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="72" />
        <source>Get into position</source>
        <translation>In Position gehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="73" />
        <source>Breathe, shake out the legs</source>
        <translation>Atmen, Beine ausschütteln</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="74" />
        <source>Breathe slowly, stay tall</source>
        <translation>Ruhig atmen, aufrecht bleiben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="223" />
        <source>Progress through the session</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="227" />
        <source>◀ Back (←)</source>
        <translation>◀ Zurück (←)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="228" />
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="229" />
        <source>Skip (→) ▶</source>
        <translation>Überspringen (→) ▶</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="230" />
        <source>− rep (-)</source>
        <translation>− Wdh. (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="231" />
        <source>Done (Enter)</source>
        <translation>Fertig (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="232" />
        <source>+ rep (+)</source>
        <translation>+ Wdh. (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="233" />
        <source>Mute (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="234" />
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="235" />
        <source>End (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="427" />
        <source>Routine complete</source>
        <translation>Programm abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="443" />
        <source>NEXT</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="445" />
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="461" />
        <source>reps done · −/+ to correct</source>
        <translation>Wdh. geschafft · −/+ zum Korrigieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="475" />
        <source>other side</source>
        <translation>andere Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="477" />
        <source>Turn to the {side}</source>
        <translation>Seitenwechsel: {side}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="495" />
        <source>{elapsed} / {total} · {left} left</source>
        <translation>{elapsed} / {total} · noch {left}</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="92" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="93" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="95" />
        <source>Show HipTimer</source>
        <translation>HipTimer anzeigen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="96" />
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="309" />
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="321" />
        <source>plan {value:g}</source>
        <translation>Plan {value:g}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="335" />
        <source>Sessions a week (monthly average), plan {plan}</source>
        <translation>Einheiten pro Woche (Monatsdurchschnitt), Plan {plan}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="337" />
        <source>Sessions a week, plan {plan}</source>
        <translation>Einheiten pro Woche, Plan {plan}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="340" />
        <source>streak %n week</source>
        <translation>
            <numerusform>Serie: %n Woche</numerusform>
            <numerusform>Serie: %n Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="342" />
        <source>streak %n weeks</source>
        <translation>
            <numerusform>Serie: %n Wochen</numerusform>
            <numerusform>Serie: %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="346" />
        <source>The plan of {plan} a week was met in {met} of %n weeks</source>
        <translation>
            <numerusform>Der Plan von {plan} pro Woche wurde in {met} von %n Wochen erfüllt</numerusform>
            <numerusform>Der Plan von {plan} pro Woche wurde in {met} von %n Wochen erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="370" />
        <source>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</source>
        <translation>
            <numerusform>{period}: im Schnitt {per_week} Einheiten pro Woche, Plan {plan} in {met} von %n Wochen erfüllt</numerusform>
            <numerusform>{period}: im Schnitt {per_week} Einheiten pro Woche, Plan {plan} in {met} von %n Wochen erfüllt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="384" />
        <source>{period}: %n session of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n von {plan} geplanten Einheiten ({verdict})</numerusform>
            <numerusform>{period}: %n von {plan} geplanten Einheiten ({verdict})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="388" />
        <source>{period}: %n sessions of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n von {plan} geplanten Einheiten ({verdict})</numerusform>
            <numerusform>{period}: %n von {plan} geplanten Einheiten ({verdict})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="396" />
        <source>plan met</source>
        <translation>Plan erfüllt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="398" />
        <source>below plan</source>
        <translation>unter Plan</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="25" />
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="26" />
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="27" />
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="28" />
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="139" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="140" />
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="141" />
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="142" />
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="143" />
        <source>Sets done</source>
        <translation>Sätze erledigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="144" />
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="145" />
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="146" />
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="147" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="148" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="177" />
        <source>, %n cut short</source>
        <translation>
            <numerusform>, %n abgebrochen</numerusform>
            <numerusform>, %n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="181" />
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="183" />
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="221" />
        <source>No sets saved in this session</source>
        <translation>In dieser Einheit wurden keine Sätze gespeichert</translation>
    </message>
</context>
<context>
    <name>SetRoutineField</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="340" />
        <source>change {field}</source>
        <translation>{field} ändern</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="24" />
        <location filename="../../hiptimer/ui/settings_dialog.py" line="123" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="25" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="26" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="28" />
        <source>The engine's default voice</source>
        <translation>Standardstimme der Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="40" />
        <source>Settings — HipTimer</source>
        <translation>Einstellungen – HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="44" />
        <source>Beeps for the last seconds and each new step</source>
        <translation>Signaltöne in den letzten Sekunden und bei jedem neuen Schritt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="58" />
        <source>Spoken cues (side, exercise, dose)</source>
        <translation>Gesprochene Ansagen (Seite, Übung, Dosierung)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="67" />
        <source>No speech engine works on this computer</source>
        <translation>Auf diesem Computer funktioniert keine Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="73" />
        <source>{voice} (not available now)</source>
        <translation>{voice} (derzeit nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="83" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Sekunden, um vor der ersten Übung in Position zu gehen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="93" />
        <source>Black and white with strong colours, for low vision</source>
        <translation>Schwarz-Weiß mit kräftigen Farben, bei Sehschwäche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="98" />
        <source>Text and colours at 7:1 contrast or more, in every window</source>
        <translation>Text und Farben mit Kontrast von 7:1 oder mehr, in jedem Fenster</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="104" />
        <source>Beeps mark each new step and the last 3 seconds</source>
        <translation>Signaltöne markieren jeden neuen Schritt und die letzten 3 Sekunden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="108" />
        <source>How loud the beeps and the spoken cues are</source>
        <translation>Wie laut Signaltöne und gesprochene Ansagen sind</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="112" />
        <source>A voice says the side, the exercise and the dose</source>
        <translation>Eine Stimme sagt Seite, Übung und Dosierung an</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="114" />
        <source>The voice that says the spoken cues</source>
        <translation>Die Stimme der gesprochenen Ansagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="115" />
        <source>Light, dark, or as the desktop is</source>
        <translation>Hell, dunkel oder wie der Desktop</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="127" />
        <source>Pseudo (for testing)</source>
        <translation>Pseudo (zum Testen)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="130" />
        <source>Applies the next time HipTimer starts</source>
        <translation>Gilt ab dem nächsten Start von HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="133" />
        <source>The language of every window and of the spoken cues</source>
        <translation>Die Sprache aller Fenster und der gesprochenen Ansagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="135" />
        <source>(at the next start)</source>
        <translation>(beim nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="142" />
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="143" />
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="144" />
        <source>Speech:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="145" />
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="146" />
        <source>Get ready for:</source>
        <translation>Vorbereitungszeit:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="147" />
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="148" />
        <source>High contrast:</source>
        <translation>Hoher Kontrast:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="149" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>◀ LEFT</source>
        <translation>◀ LINKS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>RIGHT ▶</source>
        <translation>RECHTS ▶</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../hiptimer/ui/single_instance.py" line="118" />
        <source>HipTimer cannot create its lock file {path} ({problem}). Check that the folder exists and that you may write to it.</source>
        <translation>HipTimer kann seine Sperrdatei {path} nicht anlegen ({problem}). Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="132" />
        <source>No {language} voice on this computer: the spoken cues are in English.</source>
        <translation>Keine Stimme für {language} auf diesem Computer: die Ansagen sind auf Englisch.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="204" />
        <source>Compared with before, your pain this morning is:  1 settled  ·  2 same  ·  3 worse</source>
        <translation>Ihr Schmerz heute Morgen im Vergleich zu vorher:  1 abgeklungen  ·  2 gleich  ·  3 stärker</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="213" />
        <source>&amp;Accept today's doses  (A)</source>
        <translation>Heutige Dosierungen &amp;übernehmen  (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="216" />
        <source>Run today's suggested dose on each side from now on (A)</source>
        <translation>Ab jetzt die heute vorgeschlagene Dosierung auf jeder Seite verwenden (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="239" />
        <source>Exercises in the routine</source>
        <translation>Übungen im Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="241" />
        <source>Each exercise with its dose, what it needs and its time</source>
        <translation>Jede Übung mit Dosierung, benötigtem Material und Zeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="247" />
        <source>Start  (Enter)</source>
        <translation>Starten  (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="249" />
        <source>Start the routine (Enter)</source>
        <translation>Das Programm starten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="260" />
        <source>Open a routine file…  (Ctrl+O)</source>
        <translation>Programmdatei öffnen …  (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="263" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Einem Programm aus einer Datei folgen (Strg+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="314" />
        <source>%n exercise</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="316" />
        <source>%n exercises</source>
        <translation>
            <numerusform>%n Übungen</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="317" />
        <source>{minutes} in all</source>
        <translation>{minutes} insgesamt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="322" />
        <source>each side in turn</source>
        <translation>Seiten im Wechsel</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="39" />
        <source>prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="40" />
        <source>work</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="41" />
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="42" />
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="43" />
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="44" />
        <source>done</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="51" />
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="59" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} von %n Wiederholung</numerusform>
            <numerusform>{done} von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="66" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} von %n Satz</numerusform>
            <numerusform> · {done} von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="88" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="92" />
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="103" />
        <source>◐ part: </source>
        <translation>◐ teils: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="129" />
        <source>{done} of %n set(s) done</source>
        <translation>
            <numerusform>{done} von %n Satz erledigt</numerusform>
            <numerusform>{done} von %n Sätzen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="131" />
        <source>({earlier} before the break)</source>
        <translation>({earlier} vor der Unterbrechung)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="132" />
        <source>, {active} of work.</source>
        <translation>, {active} Übungszeit.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="134" />
        <source>Session over: no sets done</source>
        <translation>Einheit vorbei: kein Satz erledigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="136" />
        <source>Session ended early</source>
        <translation>Einheit früher beendet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="138" />
        <source>Resumed and finished</source>
        <translation>Fortgesetzt und beendet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="140" />
        <source>Routine complete — well done!</source>
        <translation>Programm geschafft – gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="142" />
        <source>Routine finished, some sets skipped</source>
        <translation>Programm beendet, einige Sätze übersprungen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="143" />
        <source>Get ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="144" />
        <source>Get ready: {exercise}</source>
        <translation>Bereitmachen: {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="185" />
        <source>Rest, then {exercise}</source>
        <translation>Pause, dann {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="204" />
        <source>Rest, then set {set} of {sets}</source>
        <translation>Pause, dann Satz {set} von {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="223" />
        <source>Switch to the left side</source>
        <translation>Wechsel auf die linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="225" />
        <source>Switch to the right side</source>
        <translation>Wechsel auf die rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="265" />
        <source>Well done: routine complete</source>
        <translation>Gut gemacht: Programm geschafft</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="24" />
        <source>Timeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="35" />
        <source>At</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="36" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="37" />
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="48" />
        <source>Timeline preview</source>
        <translation>Ablaufvorschau</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="58" />
        <source>Total: –</source>
        <translation>Gesamt: –</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="61" />
        <source>Fix the marked fields to see the timeline.</source>
        <translation>Korrigieren Sie die markierten Felder, um den Ablauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="63" />
        <source>Add exercises from the library to see the timeline.</source>
        <translation>Fügen Sie Übungen aus der Bibliothek hinzu, um den Ablauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="69" />
        <source>Total: {time}</source>
        <translation>Gesamt: {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="73" />
        <source>Self-paced sets are counted at 3 s per repetition.</source>
        <translation>Sätze im eigenen Tempo werden mit 3 s pro Wiederholung berechnet.</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="141" />
        <source>The {language} texts could not be prepared ({error}); using English.</source>
        <translation>Die Texte für {language} konnten nicht vorbereitet werden ({error}); es wird Englisch verwendet.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="147" />
        <source>No {language} texts were found; using English.</source>
        <translation>Keine Texte für {language} gefunden; es wird Englisch verwendet.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="154" />
        <source>no desktop notification service or tray is available</source>
        <translation>kein Benachrichtigungsdienst und keine Systemleiste verfügbar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="157" />
        <source> Click to start.</source>
        <translation> Zum Starten klicken.</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="227" />
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="228" />
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="229" />
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="230" />
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="231" />
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="232" />
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="233" />
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="236" />
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="237" />
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="238" />
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="239" />
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="240" />
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="241" />
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="242" />
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="243" />
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="244" />
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="245" />
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="246" />
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="247" />
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="254" />
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday}, {day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="263" />
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="264" />
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="265" />
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="266" />
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="267" />
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="268" />
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="269" />
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="295" />
        <source>{days} at {time}</source>
        <translation>{days} um {time}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="102" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="104" />
        <source>Start the routine (Enter)</source>
        <translation>Das Programm starten (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="109" />
        <location filename="../../hiptimer/ui/actions.py" line="254" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="111" />
        <source>Pause or go on (Space)</source>
        <translation>Pausieren oder fortfahren (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="116" />
        <source>S&amp;kip step</source>
        <translation>Schritt übe&amp;rspringen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="118" />
        <source>Skip to the next step (Right or Page Down)</source>
        <translation>Zum nächsten Schritt springen (Pfeil rechts oder Bild ab)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="123" />
        <source>&amp;Back a step</source>
        <translation>Einen Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="125" />
        <source>Back to the previous step (Left or Page Up)</source>
        <translation>Zurück zum vorigen Schritt (Pfeil links oder Bild auf)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="130" />
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="132" />
        <source>This set is done (Enter)</source>
        <translation>Dieser Satz ist fertig (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="137" />
        <source>One rep &amp;more</source>
        <translation>Eine Wiederholung &amp;mehr</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="139" />
        <source>Count one more rep (+)</source>
        <translation>Eine Wiederholung mehr zählen (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="144" />
        <source>One rep &amp;fewer</source>
        <translation>Eine Wiederholung weni&amp;ger</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="146" />
        <source>Count one rep fewer (-)</source>
        <translation>Eine Wiederholung weniger zählen (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="151" />
        <source>&amp;End session…</source>
        <translation>Einheit beende&amp;n …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="153" />
        <source>Leave full screen, or end the session (Esc)</source>
        <translation>Vollbild verlassen oder die Einheit beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="158" />
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="160" />
        <source>Full screen for the mat (F11 or F)</source>
        <translation>Vollbild für die Matte (F11 oder F)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="166" />
        <source>&amp;Mute</source>
        <translation>&amp;Ton aus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="168" />
        <source>Mute beeps and speech (M)</source>
        <translation>Signaltöne und Sprache stummschalten (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="175" />
        <source>&amp;Open routine file…</source>
        <translation>Pr&amp;ogrammdatei öffnen …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="177" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Einem Programm aus einer Datei folgen (Strg+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="182" />
        <source>S&amp;ettings…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="184" />
        <source>Sound, speech, prepare time and theme (Ctrl+,)</source>
        <translation>Ton, Sprache, Vorbereitungszeit und Design (Strg+,)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="191" />
        <source>Quit HipTimer (Ctrl+Q)</source>
        <translation>HipTimer beenden (Strg+Q)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="196" />
        <source>&amp;About HipTimer</source>
        <translation>&amp;Über HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="198" />
        <source>About HipTimer</source>
        <translation>Über HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="205" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="211" />
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="219" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="222" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="247" />
        <source>Resume (Space)</source>
        <translation>Weiter (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="249" />
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="252" />
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="287" />
        <source>Unmute (M)</source>
        <translation>Ton an (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="289" />
        <source>Mute (M)</source>
        <translation>Ton aus (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="293" />
        <source>Leave full screen (F11)</source>
        <translation>Vollbild verlassen (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="295" />
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="77" />
        <source>{number} second(s)</source>
        <translation>
            <numerusform>{number} Sekunde</numerusform>
            <numerusform>{number} Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="80" />
        <source>{number} minute(s)</source>
        <translation>
            <numerusform>{number} Minute</numerusform>
            <numerusform>{number} Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="85" />
        <source>{minutes} {seconds}</source>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="112" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="119" />
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="120" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="125" />
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="136" />
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="137" />
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="145" />
        <source>LEFT</source>
        <comment>the side badge</comment>
        <translation>LINKS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="146" />
        <source>RIGHT</source>
        <comment>the side badge</comment>
        <translation>RECHTS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="152" />
        <source>Left</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="153" />
        <source>Right</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="161" />
        <source>{exercise}, left side</source>
        <translation>{exercise}, linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="162" />
        <source>{exercise}, right side</source>
        <translation>{exercise}, rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="166" />
        <source>Both sides, left first</source>
        <translation>Beide Seiten, links zuerst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="167" />
        <source>Both sides, right first</source>
        <translation>Beide Seiten, rechts zuerst</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="168" />
        <source>Left side only</source>
        <translation>Nur linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="169" />
        <source>Right side only</source>
        <translation>Nur rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="170" />
        <source>Both legs together</source>
        <translation>Beide Beine zusammen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="181" />
        <source>{side}: {body}</source>
        <translation>{side}: {body}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="191" />
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="192" />
        <source>pause</source>
        <translation>halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="193" />
        <source>down</source>
        <translation>runter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="195" />
        <source>at your own pace</source>
        <translation>im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="224" />
        <source>, </source>
        <comment>between the phases of a tempo</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="225" />
        <source>{phase} {seconds} s</source>
        <translation>{phase} {seconds} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="235" />
        <source>Hold {seconds} s, breathing slowly</source>
        <translation>{seconds} s halten, ruhig atmen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="240" />
        <source>At your own pace, smooth and controlled</source>
        <translation>Im eigenen Tempo, flüssig und kontrolliert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="241" />
        <source>Tempo: {phases}</source>
        <translation>Tempo: {phases}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="252" />
        <source>{sets} x {seconds} s hold</source>
        <translation>{sets} x {seconds} s halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="257" />
        <source>{sets} x %n rep(s)</source>
        <translation>
            <numerusform>{sets} x %n Wiederholung</numerusform>
            <numerusform>{sets} x %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="261" />
        <source>{dose}, left side only</source>
        <translation>{dose}, nur links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="263" />
        <source>{dose}, right side only</source>
        <translation>{dose}, nur rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="264" />
        <source>{dose} per side</source>
        <translation>{dose} pro Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="273" />
        <source>{dose}, at your own pace</source>
        <translation>{dose}, im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="280" />
        <source>{sets} × {duration}</source>
        <translation>{sets} × {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="284" />
        <source>{sets} × %n rep(s)</source>
        <translation>
            <numerusform>{sets} × %n Wiederholung</numerusform>
            <numerusform>{sets} × %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="291" />
        <source>hold {duration}</source>
        <translation>{duration} halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="295" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="302" />
        <source>Hold {duration}.</source>
        <translation>{duration} halten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="307" />
        <source>{number} rep(s).</source>
        <translation>
            <numerusform>{number} Wiederholung.</numerusform>
            <numerusform>{number} Wiederholungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="318" />
        <source>Rest {sides} s between sides, {sets} s between sets</source>
        <translation>Pause {sides} s zwischen den Seiten, {sets} s zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="322" />
        <source>Rest {sides} s between sides</source>
        <translation>Pause {sides} s zwischen den Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="324" />
        <source>Rest {sets} s between sets</source>
        <translation>Pause {sets} s zwischen den Sätzen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="331" />
        <source>{dose}: {sides}</source>
        <translation>{dose}: {sides}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="342" />
        <source>You need: {equipment}</source>
        <translation>Du brauchst: {equipment}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="349" />
        <source>This week: {done} of {planned} done, plan kept</source>
        <translation>Diese Woche: {done} von {planned} erledigt, Plan eingehalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="351" />
        <source>This week: {done} of {planned} planned done</source>
        <translation>Diese Woche: {done} von {planned} geplanten erledigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="352" />
        <source>streak %n week(s)</source>
        <translation>
            <numerusform>Serie %n Woche</numerusform>
            <numerusform>Serie %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="353" />
        <source>{week} · {streak}</source>
        <translation>{week} · {streak}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="360" />
        <source>Your hip routine is planned for now.</source>
        <translation>Dein Hüftprogramm ist für jetzt geplant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="362" />
        <source>{day} slipped by; no matter, today counts just as much.</source>
        <translation>{day} ist ausgefallen; macht nichts, heute zählt genauso.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="365" />
        <source>Time for your hip routine</source>
        <translation>Zeit für dein Hüftprogramm</translation>
    </message>
</context>
<context>
    <name>WorkChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="249" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="250" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="254" />
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="256" />
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="261" />
        <source>{name}: seconds held per week, monthly average</source>
        <translation>{name}: gehaltene Sekunden pro Woche, Monatsdurchschnitt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="263" />
        <source>{name}: seconds held per week</source>
        <translation>{name}: gehaltene Sekunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="267" />
        <source>{name}: reps per week, monthly average</source>
        <translation>{name}: Wiederholungen pro Woche, Monatsdurchschnitt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="269" />
        <source>{name}: reps per week</source>
        <translation>{name}: Wiederholungen pro Woche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="271" />
        <source>No exercises yet</source>
        <translation>Noch keine Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="291" />
        <source>left {amount}</source>
        <translation>links {amount}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="292" />
        <source>right {amount}</source>
        <translation>rechts {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="301" />
        <source> a week on average (%n weeks)</source>
        <translation>
            <numerusform> pro Woche im Schnitt (%n Wochen)</numerusform>
            <numerusform> pro Woche im Schnitt (%n Wochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Block</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="467" />
        <source>You need: </source>
        <translation>Benötigt: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>top</source>
        <translation>Endposition</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="519" />
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="549" />
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>_Insert</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="264" />
        <source>add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
</context>
<context>
    <name>_Move</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="291" />
        <source>move {name}</source>
        <translation>{name} verschieben</translation>
    </message>
</context>
<context>
    <name>_Problem</name>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="54" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="73" />
        <source>session {number}</source>
        <translation>Einheit {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="75" />
        <source>set {number}</source>
        <translation>Satz {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="77" />
        <source>routine {number}</source>
        <translation>Programm {number}</translation>
    </message>
</context>
<context>
    <name>_Reader</name>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="94" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>verwenden Sie ein JSON-Objekt in geschweiften Klammern (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="101" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer kennt dieses Feld nicht; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="117" />
        <source>missing (it is required)</source>
        <translation>fehlt (ist erforderlich)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="122" />
        <location filename="../../hiptimer/core/serialize.py" line="126" />
        <source>use {kind} (was {value})</source>
        <translation>verwenden Sie {kind} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="139" />
        <source>use one of {allowed} (was {value})</source>
        <translation>verwenden Sie einen der Werte {allowed} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="147" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Hinweiszeilen (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="149" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Ausrüstungsgegenstände (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="159" />
        <source>use a text in quotes (was {value})</source>
        <translation>verwenden Sie einen Text in Anführungszeichen (war {value})</translation>
    </message>
</context>
<context>
    <name>_Remove</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="277" />
        <source>remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
</context>
<context>
    <name>_Replace</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="309" />
        <source>change {field} of {name}</source>
        <translation>{field} von {name} ändern</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="146" />
        <source>Settings: {problem}.</source>
        <translation>Einstellungen: {problem}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="192" />
        <source>HipTimer is already open for profile {profile}: its window was asked to come to the front.</source>
        <translation>HipTimer ist für das Profil {profile} bereits geöffnet: Sein Fenster wurde aufgefordert, in den Vordergrund zu kommen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="199" />
        <source>hiptimer: HipTimer is already open for profile {profile}, but its window did not answer (it may be busy or hung). Close that HipTimer, or end its process, then start again.</source>
        <translation>hiptimer: HipTimer ist für das Profil {profile} bereits geöffnet, aber sein Fenster antwortet nicht (es ist vielleicht beschäftigt oder hängt). Schließen Sie dieses HipTimer oder beenden Sie seinen Prozess und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="64" />
        <source>open the window in high contrast (also a choice in Settings)</source>
        <translation>Fenster in hohem Kontrast öffnen (auch in den Einstellungen wählbar)</translation>
    </message>
</context>
<context>
    <name>dosing</name>
    <message>
        <location filename="../../hiptimer/present/dosing.py" line="19" />
        <source>{dose}, {level}</source>
        <translation>{dose}, {level}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/dosing.py" line="37" />
        <source>{side}: {dose}</source>
        <translation>{side}: {dose}</translation>
    </message>
</context>
<context>
    <name>exercise_editor</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="58" />
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="123" />
        <source>the folder {folder} does not exist; choose another place</source>
        <translation>der Ordner {folder} existiert nicht; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="130" />
        <source>{routine}: HipTimer handout</source>
        <translation>{routine}: HipTimer-Übungsblatt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="147" />
        <source>cannot write a PDF in {folder}: check that the folder exists and is writable</source>
        <translation>in {folder} kann kein PDF geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="182" />
        <source>cannot write {file}: {problem}</source>
        <translation>{file} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="273" />
        <source>For: </source>
        <translation>Für: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="274" />
        <source>Trainer: </source>
        <translation>Trainer: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="275" />
        <source>Date: </source>
        <translation>Datum: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="294" />
        <source>%n exercise, {minutes} a session</source>
        <translation>
            <numerusform>%n Übung, {minutes} pro Einheit</numerusform>
            <numerusform>%n Übung, {minutes} pro Einheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="296" />
        <source>%n exercises, {minutes} a session</source>
        <translation>
            <numerusform>%n Übungen, {minutes} pro Einheit</numerusform>
            <numerusform>%n Übungen, {minutes} pro Einheit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="337" />
        <location filename="../../hiptimer/ui/handout.py" line="339" />
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="344" />
        <source> = the working leg in the pictures (drawn for the side you start on).</source>
        <translation> = das Arbeitsbein in den Bildern (gezeichnet für die Seite, mit der Sie beginnen).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="376" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="406" />
        <source>{routine}, made with HipTimer</source>
        <translation>{routine}, erstellt mit HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="413" />
        <source>page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
</context>
<context>
    <name>history_link</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="571" />
        <source>No sessions yet: your first one starts your history.</source>
        <translation>Noch keine Einheiten: Mit der ersten beginnt Ihr Verlauf.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="579" />
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="581" />
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="586" />
        <source>Last session: {day}</source>
        <translation>Letzte Einheit: {day}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="588" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="591" />
        <source>effort {effort}</source>
        <translation>Anstrengung {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="593" />
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="594" />
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>keep_awake</name>
    <message>
        <location filename="../../hiptimer/ui/keep_awake.py" line="36" />
        <source>A guided exercise session is running</source>
        <translation>Eine angeleitete Übungseinheit läuft</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="51" />
        <source>HipTimer shows its built-in routine instead.</source>
        <translation>HipTimer zeigt stattdessen sein eingebautes Programm.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="53" />
        <source>The routine you had stays open.</source>
        <translation>Das bisher geöffnete Programm bleibt offen.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="69" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/messages.py" line="71" />
        <source>{file} has %n problems:</source>
        <translation>
            <numerusform>{file} hat %n Problem:</numerusform>
            <numerusform>{file} hat %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="81" />
        <source>End the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="82" />
        <source>End the session now?</source>
        <translation>Die Einheit jetzt beenden?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="85" />
        <source>End session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="87" />
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="89" />
        <source>End now and go to the summary; the sets done are kept</source>
        <translation>Jetzt beenden und zur Zusammenfassung gehen; die erledigten Sätze bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="91" />
        <source>Close this question and carry on</source>
        <translation>Diese Frage schließen und weitermachen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="103" />
        <source>About HipTimer</source>
        <translation>Über HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="119" />
        <source>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt;: a guided hip-strengthening routine for runners, with a history that adds up.&lt;/p&gt;&lt;p&gt;The six exercises and how each is set up follow {article}; the cues, body lines and drawings are HipTimer's own words and work.&lt;/p&gt;&lt;p&gt;The choice of exercises follows published work on hip strength in runners:&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer is not medical advice: stop if something hurts, and ask a physiotherapist about pain that stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt;: ein angeleitetes Programm zur Kräftigung der Hüfte für Läuferinnen und Läufer, mit einem Verlauf, der Fortschritte sichtbar macht.&lt;/p&gt;&lt;p&gt;Die sechs Übungen und ihr Aufbau folgen dem Artikel {article}; Hinweise, Körperbeschreibungen und Zeichnungen sind HipTimers eigene Worte und Arbeit.&lt;/p&gt;&lt;p&gt;Die Auswahl der Übungen stützt sich auf veröffentlichte Arbeiten zur Hüftkraft bei Läufern:&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer ist keine medizinische Beratung: Hören Sie auf, wenn etwas schmerzt, und sprechen Sie bei anhaltenden Schmerzen mit einer Physiotherapeutin oder einem Physiotherapeuten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="151" />
        <source>Open a routine file</source>
        <translation>Programmdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="153" />
        <source>HipTimer routines (*.json);;All files (*)</source>
        <translation>HipTimer-Programme (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>picture_files</name>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="69" />
        <source>use a picture of at most {limit} KB (this one is {size} KB)</source>
        <translation>verwenden Sie ein Bild von höchstens {limit} KB (dieses hat {size} KB)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="83" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>verwenden Sie 1 bis {limit} Pixel pro Seite (das Bild hat {width} x {height} Pixel)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="116" />
        <source>not a picture: use a PNG or JPEG image</source>
        <translation>kein Bild: verwenden Sie ein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="123" />
        <source>the pictures would take {size} MB of memory once decoded; a routine's pictures may take at most {limit} MB (make them smaller, or use fewer)</source>
        <translation>die Bilder würden dekodiert {size} MB Speicher belegen; die Bilder eines Programms dürfen höchstens {limit} MB belegen (verkleinern Sie sie oder verwenden Sie weniger)</translation>
    </message>
</context>
<context>
    <name>picture_picker</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="37" />
        <source>not a PNG or JPEG picture</source>
        <translation>kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="41" />
        <source>the picture cannot be decoded; it may be damaged</source>
        <translation>das Bild lässt sich nicht dekodieren; es ist vielleicht beschädigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="74" />
        <source>the picture stays too large even when made smaller</source>
        <translation>das Bild bleibt auch verkleinert zu groß</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="93" />
        <source>the file is {size} MB; choose a smaller picture</source>
        <translation>die Datei ist {size} MB groß; wählen Sie ein kleineres Bild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="98" />
        <source>the file grew while it was read; choose it again</source>
        <translation>die Datei wurde beim Lesen größer; wählen Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="101" />
        <source>cannot read the file: {problem}</source>
        <translation>die Datei kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="104" />
        <source>cannot read the file ({problem})</source>
        <translation>die Datei kann nicht gelesen werden ({problem})</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="54" />
        <source>Week of {date}</source>
        <translation>Woche ab {date}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="60" />
        <source>{amount} s</source>
        <translation>{amount} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="61" />
        <source>{amount} reps</source>
        <translation>{amount} Wdh.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="20" />
        <source>routine name</source>
        <translation>Programmname</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="21" />
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="22" />
        <source>rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="23" />
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="24" />
        <source>file format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="25" />
        <source>file version</source>
        <translation>Dateiversion</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="26" />
        <source>pictures</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="27" />
        <source>routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="31" />
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="32" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="33" />
        <source>kind (reps or hold)</source>
        <translation>Art (Wiederholungen oder Halten)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="34" />
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="35" />
        <source>what left and right mean</source>
        <translation>Bedeutung von links und rechts</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="36" />
        <source>figure</source>
        <translation>Figur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="37" />
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="38" />
        <source>dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="39" />
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="40" />
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="41" />
        <source>hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="42" />
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="43" />
        <source>tempo, lifting</source>
        <translation>Tempo, Heben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="44" />
        <source>tempo, pause at the top</source>
        <translation>Tempo, Pause oben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="45" />
        <source>tempo, lowering</source>
        <translation>Tempo, Senken</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="46" />
        <source>rests</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="47" />
        <source>rest between sides</source>
        <translation>Pause zwischen den Seiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="48" />
        <source>rest between sets</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="49" />
        <source>equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="50" />
        <source>cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="51" />
        <source>highest reps</source>
        <translation>höchste Wiederholungszahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="52" />
        <source>highest level</source>
        <translation>höchste Stufe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="75" />
        <source>cue {number}</source>
        <translation>Hinweis {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="76" />
        <source>equipment item {number}</source>
        <translation>Ausrüstungsgegenstand {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="83" />
        <source>{field}, {unknown}</source>
        <translation>{field}, {unknown}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="95" />
        <source>picture {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="102" />
        <source>field {name}</source>
        <translation>Feld {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="120" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="129" />
        <source>{name} (exercise {number})</source>
        <translation>{name} (Übung {number})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="133" />
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="140" />
        <source>The exercise</source>
        <translation>Die Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="147" />
        <source>{who}, {field}</source>
        <translation>{who}, {field}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="155" />
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>progress_report</name>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="195" />
        <source>missing (it is required)</source>
        <translation>fehlt (ist erforderlich)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="198" />
        <source>use {kind} (was {value})</source>
        <translation>verwenden Sie {kind} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="225" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer kennt dieses Feld nicht; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="237" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>verwenden Sie ein JSON-Objekt in geschweiften Klammern (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="250" />
        <source>a whole number &gt;= 0</source>
        <translation>eine ganze Zahl &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="260" />
        <source>'left', 'right' or null</source>
        <translation>'left', 'right' oder null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="267" />
        <source>'reps' or 'hold'</source>
        <translation>'reps' oder 'hold'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="271" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="273" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="373" />
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="277" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="280" />
        <source>a whole number &gt;= 1</source>
        <translation>eine ganze Zahl &gt;= 1</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="288" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="291" />
        <source>a whole number or null</source>
        <translation>eine ganze Zahl oder null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="294" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="297" />
        <source>seconds or null</source>
        <translation>Sekunden oder null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="304" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="307" />
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="311" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="314" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="362" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="422" />
        <source>a time stamp</source>
        <translation>einen Zeitstempel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="331" />
        <source>the number of a routine (0 to {last})</source>
        <translation>die Nummer eines Programms (0 bis {last})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="336" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="430" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="439" />
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="343" />
        <source>a time stamp or null</source>
        <translation>einen Zeitstempel oder null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="346" />
        <source>a whole number from 1 to 10, or null</source>
        <translation>eine ganze Zahl von 1 bis 10 oder null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="350" />
        <source>the same step appears twice; keep one</source>
        <translation>derselbe Schritt kommt zweimal vor; behalten Sie einen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="358" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="420" />
        <source>an id</source>
        <translation>eine ID</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="370" />
        <source>'finished', 'ended_early' or 'interrupted'</source>
        <translation>'finished', 'ended_early' oder 'interrupted'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="381" />
        <source>not a progress report: it should hold a JSON object in braces at the top level (it holds {value})</source>
        <translation>kein Fortschrittsbericht: Er sollte auf oberster Ebene ein JSON-Objekt in geschweiften Klammern enthalten (er enthält {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="388" />
        <source>this is not a HipTimer progress report (its format was {value})</source>
        <translation>dies ist kein HipTimer-Fortschrittsbericht (sein Format war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="392" />
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="394" />
        <source>written by a newer HipTimer (report version {version}, this one reads up to {known}); update HipTimer to import it</source>
        <translation>von einer neueren HipTimer-Version geschrieben (Berichtsversion {version}, diese liest bis {known}); aktualisieren Sie HipTimer, um ihn zu importieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="401" />
        <source>use 1 to {known} (was {version})</source>
        <translation>verwenden Sie 1 bis {known} (war {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="413" />
        <source>a profile name</source>
        <translation>einen Profilnamen</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="38" />
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="40" />
        <source>Later (30 min)</source>
        <translation>Später (30 min)</translation>
    </message>
</context>
<context>
    <name>report_link</name>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="24" />
        <source>HipTimer progress reports (*.hiptimer-report.json *.json);;All files (*)</source>
        <translation>HipTimer-Fortschrittsberichte (*.hiptimer-report.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="46" />
        <source>Saved a report of %n session as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Bericht über %n Einheit als {file} gespeichert. Senden Sie diese Datei an Ihren Trainer.</numerusform>
            <numerusform>Bericht über %n Einheit als {file} gespeichert. Senden Sie diese Datei an Ihren Trainer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="53" />
        <source>Saved a report of %n sessions as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Bericht über %n Einheiten als {file} gespeichert. Senden Sie diese Datei an Ihren Trainer.</numerusform>
            <numerusform>Bericht über %n Einheiten als {file} gespeichert. Senden Sie diese Datei an Ihren Trainer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="67" />
        <source>Send report to trainer</source>
        <translation>Bericht an Trainer senden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="77" />
        <source>Import a client's report</source>
        <translation>Bericht eines Klienten importieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="88" />
        <source>Import report</source>
        <translation>Bericht importieren</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="118" />
        <location filename="../../hiptimer/ui/report_link.py" line="140" />
        <location filename="../../hiptimer/ui/report_link.py" line="144" />
        <source>Nothing imported. {reason}</source>
        <translation>Nichts importiert. {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="126" />
        <source>{reason}.

Is it {profile}'s report? Import it into {profile}'s history?</source>
        <translation>{reason}.

Ist es der Bericht von {profile}? In den Verlauf von {profile} importieren?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="132" />
        <source>Nothing imported: the report was not {profile}'s.</source>
        <translation>Nichts importiert: Der Bericht stammte nicht von {profile}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="148" />
        <source> (%n were there already)</source>
        <translation>
            <numerusform> (%n bereits vorhanden)</numerusform>
            <numerusform> (%n bereits vorhanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="150" />
        <source>Imported %n new session from {file} into {profile}'s history</source>
        <translation>
            <numerusform>%n neue Einheit aus {file} in den Verlauf von {profile} importiert</numerusform>
            <numerusform>%n neue Einheit aus {file} in den Verlauf von {profile} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="157" />
        <source>Imported %n new sessions from {file} into {profile}'s history</source>
        <translation>
            <numerusform>%n neue Einheiten aus {file} in den Verlauf von {profile} importiert</numerusform>
            <numerusform>%n neue Einheiten aus {file} in den Verlauf von {profile} importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="226" />
        <source>missing; use a number of seconds</source>
        <translation>fehlt; verwenden Sie eine Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="228" />
        <source>use a number of seconds (was {value})</source>
        <translation>verwenden Sie eine Anzahl Sekunden (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="231" />
        <source>use {low} to {high} seconds (was {value})</source>
        <translation>verwenden Sie {low} bis {high} Sekunden (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="242" />
        <source>missing; use a whole number</source>
        <translation>fehlt; verwenden Sie eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="244" />
        <source>use a whole number (was {value})</source>
        <translation>verwenden Sie eine ganze Zahl (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="247" />
        <source>use {low} to {high} (was {value})</source>
        <translation>verwenden Sie {low} bis {high} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="257" />
        <source>fill this in (it is empty)</source>
        <translation>füllen Sie dies aus (es ist leer)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="259" />
        <source>use at most {limit} characters (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Zeichen (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="290" />
        <source>remove the broken character (U+{code}, a lone surrogate)</source>
        <translation>entfernen Sie das defekte Zeichen (U+{code}, ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="296" />
        <source>remove the control character (U+{code}): a text cannot hold it</source>
        <translation>entfernen Sie das Steuerzeichen (U+{code}): Ein Text darf es nicht enthalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="300" />
        <source>remove the control character (U+{code}): a name cannot hold it</source>
        <translation>entfernen Sie das Steuerzeichen (U+{code}): Ein Name darf es nicht enthalten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="307" />
        <source>write something visible (it has no visible character, only spaces, zero-width or direction marks)</source>
        <translation>schreiben Sie etwas Sichtbares (es enthält kein sichtbares Zeichen, nur Leerzeichen, Nullbreiten- oder Richtungszeichen)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="321" />
        <source>only a reps exercise has a rep range</source>
        <translation>nur eine Wiederholungsübung hat einen Wiederholungsbereich</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="331" />
        <source>use one of {levels} (was {value})</source>
        <translation>verwenden Sie einen der Werte {levels} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="333" />
        <source>leave it out: this exercise has no levels (was {value})</source>
        <translation>lassen Sie es weg: Diese Übung hat keine Stufen (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="346" />
        <source>use up to 64 lower-case letters, digits, '-' or '_' (was {value})</source>
        <translation>verwenden Sie bis zu 64 Kleinbuchstaben, Ziffern, „-“ oder „_“ (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="354" />
        <source>use the id of a drawn figure (was {value})</source>
        <translation>verwenden Sie die ID einer gezeichneten Figur (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="360" />
        <source>use a picture file name such as 'abc123.png' or 'abc123.jpg' (was {value})</source>
        <translation>verwenden Sie einen Bilddateinamen wie „abc123.png“ oder „abc123.jpg“ (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="368" />
        <source>choose either a drawn figure or a picture, not both</source>
        <translation>wählen Sie entweder eine gezeichnete Figur oder ein Bild, nicht beides</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="371" />
        <source>use 'reps' or 'hold' (was {value})</source>
        <translation>verwenden Sie 'reps' oder 'hold' (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="375" />
        <source>use one of {allowed} (was {value})</source>
        <translation>verwenden Sie einen der Werte {allowed} (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="387" />
        <source>only a hold exercise has a hold time; leave it out</source>
        <translation>nur eine Halteübung hat eine Haltezeit; lassen Sie sie weg</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="399" />
        <source>use at least 0.5 seconds per repetition in all (was {value})</source>
        <translation>verwenden Sie insgesamt mindestens 0,5 Sekunden pro Wiederholung (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="409" />
        <source>a hold exercise has no reps; leave them out</source>
        <translation>eine Halteübung hat keine Wiederholungen; lassen Sie sie weg</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="412" />
        <source>a hold exercise has no tempo; leave it out</source>
        <translation>eine Halteübung hat kein Tempo; lassen Sie es weg</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="421" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Ausrüstungsgegenstände (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="433" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Hinweiszeilen (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="452" />
        <source>only {{side}}, {{Side}}, {{other}} and {{Other}} may stand in braces (was {value})</source>
        <translation>nur {{side}}, {{Side}}, {{other}} und {{Other}} dürfen in geschweiften Klammern stehen (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="468" />
        <source>add at least one exercise</source>
        <translation>fügen Sie mindestens eine Übung hinzu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="471" />
        <source>use at most {limit} exercises (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Übungen (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="481" />
        <source>choose another id: {value} is already used by an exercise before it</source>
        <translation>wählen Sie eine andere ID: {value} wird bereits von einer vorherigen Übung verwendet</translation>
    </message>
</context>
<context>
    <name>routine_file</name>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="158" />
        <source>not a routine file: it should hold a JSON object in braces (it holds {value})</source>
        <translation>keine Programmdatei: Sie sollte ein JSON-Objekt in geschweiften Klammern enthalten (sie enthält {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="164" />
        <source>not a HipTimer routine file (its format should be {expected}, was {value})</source>
        <translation>keine HipTimer-Programmdatei (ihr Format sollte {expected} sein, war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="172" />
        <source>use a whole number (was {value})</source>
        <translation>verwenden Sie eine ganze Zahl (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="177" />
        <source>{version} is newer than this HipTimer understands (up to {known}); update HipTimer to open it</source>
        <translation>{version} ist neuer, als diese HipTimer-Version versteht (bis {known}); aktualisieren Sie HipTimer, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="186" />
        <source>use 1 to {known} (was {version})</source>
        <translation>verwenden Sie 1 bis {known} (war {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="219" />
        <source>remove it, or make the file version {version}: older files have no side meanings</source>
        <translation>entfernen Sie es oder setzen Sie die Dateiversion auf {version}: Ältere Dateien haben keine Seitenbedeutungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="231" />
        <source>progression controls need a version {version} file</source>
        <translation>Steigerungseinstellungen erfordern eine Datei der Version {version}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="258" />
        <source>remove them: a routine kept in a profile only names its pictures</source>
        <translation>entfernen Sie sie: Ein in einem Profil gespeichertes Programm nennt seine Bilder nur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="265" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>verwenden Sie ein JSON-Objekt in geschweiften Klammern (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="269" />
        <source>use at most {limit} pictures (there are {count})</source>
        <translation>verwenden Sie höchstens {limit} Bilder (es sind {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="300" />
        <source>make the file version {version} or more: older files have no pictures</source>
        <translation>setzen Sie die Dateiversion auf {version} oder höher: Ältere Dateien haben keine Bilder</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="322" />
        <source>use a file name such as 'abc123.png' or 'abc123.jpg' for each picture</source>
        <translation>verwenden Sie für jedes Bild einen Dateinamen wie „abc123.png“ oder „abc123.jpg“</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="328" />
        <source>use base64 text in quotes (was {value})</source>
        <translation>verwenden Sie Base64-Text in Anführungszeichen (war {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="331" />
        <source>use a picture of at most {limit} KB</source>
        <translation>verwenden Sie ein Bild von höchstens {limit} KB</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="336" />
        <source>use base64 text (this is not valid base64)</source>
        <translation>verwenden Sie Base64-Text (dies ist kein gültiges Base64)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="340" />
        <source>the name says {named} but it is a {kind}</source>
        <translation>laut Name {named}, tatsächlich aber {kind}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="343" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>verwenden Sie 1 bis {limit} Pixel pro Seite (das Bild hat {width} x {height} Pixel)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="375" />
        <source>add the picture {name} to the file's pictures, or choose another</source>
        <translation>fügen Sie das Bild {name} zu den Bildern der Datei hinzu oder wählen Sie ein anderes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="381" />
        <source>no exercise shows this picture; remove it</source>
        <translation>keine Übung zeigt dieses Bild; entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="409" />
        <source>not a text file (a routine file is UTF-8 JSON)</source>
        <translation>keine Textdatei (eine Programmdatei ist UTF-8-JSON)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="415" />
        <source>not a routine: it holds about {count} values, and a routine file holds at most {limit}</source>
        <translation>kein Programm: Die Datei enthält etwa {count} Werte, eine Programmdatei höchstens {limit}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="426" />
        <source>not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>kein gültiges JSON (Zeile {line}, Spalte {column}: {problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="433" />
        <source>not a routine: the JSON is nested too deeply</source>
        <translation>kein Programm: Das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="436" />
        <source>not valid: the key {key} appears twice in one object</source>
        <translation>ungültig: Der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="439" />
        <source>not valid JSON ({problem})</source>
        <translation>kein gültiges JSON ({problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="446" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff) from the name of a field in it</source>
        <translation>entfernen Sie das defekte Zeichen (ein einzelnes Surrogat, \ud800 bis \udfff) aus dem Namen eines darin enthaltenen Feldes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="452" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff)</source>
        <translation>entfernen Sie das defekte Zeichen (ein einzelnes Surrogat, \ud800 bis \udfff)</translation>
    </message>
</context>
<context>
    <name>serialize</name>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="167" />
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="169" />
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="171" />
        <location filename="../../hiptimer/core/serialize.py" line="191" />
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="173" />
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="175" />
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="177" />
        <source>a text</source>
        <translation>einen Text</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="179" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="185" />
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="189" />
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="193" />
        <source>a text in quotes</source>
        <translation>einen Text in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="195" />
        <source>a list in brackets</source>
        <translation>eine Liste in eckigen Klammern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="197" />
        <source>a JSON object in braces</source>
        <translation>ein JSON-Objekt in geschweiften Klammern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="200" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="210" />
        <source>fill in the exercise (it is an empty object)</source>
        <translation>füllen Sie die Übung aus (sie ist ein leeres Objekt)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="313" />
        <source>use an exercise with its fields</source>
        <translation>verwenden Sie eine Übung mit ihren Feldern</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="329" />
        <source>fill in the routine (it is empty)</source>
        <translation>füllen Sie das Programm aus (es ist leer)</translation>
    </message>
</context>
<context>
    <name>session_display</name>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="45" />
        <source>Routine complete</source>
        <translation>Programm abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="94" />
        <source>Paused · </source>
        <translation>Pausiert · </translation>
    </message>
</context>
<context>
    <name>session_view</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="170" />
        <source>Hold {time}</source>
        <translation>{time} halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="171" />
        <source>Hold {time} on the {side}</source>
        <translation>{time} halten – {side}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="175" />
        <source>%n reps {own_pace}: Enter when the set is done</source>
        <translation>
            <numerusform>%n Wdh. {own_pace}: Eingabetaste, wenn der Satz fertig ist</numerusform>
            <numerusform>%n Wdh. {own_pace}: Eingabetaste, wenn der Satz fertig ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="181" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="182" />
        <source>%n reps · {tempo}</source>
        <translation>
            <numerusform>%n Wdh. · {tempo}</numerusform>
            <numerusform>%n Wdh. · {tempo}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="128" />
        <source>the whole file (it should hold a JSON object in braces)</source>
        <translation>die ganze Datei (sie sollte ein JSON-Objekt in geschweiften Klammern enthalten)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="173" />
        <source>reset to the default: {names}</source>
        <translation>auf Standard zurückgesetzt: {names}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="180" />
        <source>sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="181" />
        <source>volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="182" />
        <source>mute</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="183" />
        <source>spoken cues</source>
        <translation>gesprochene Ansagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="184" />
        <source>voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="185" />
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="186" />
        <source>theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="187" />
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="188" />
        <source>high contrast</source>
        <translation>hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>sound</name>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="132" />
        <source>No sound device found: the session runs without beeps.</source>
        <translation>Kein Audiogerät gefunden: Die Einheit läuft ohne Signaltöne.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="133" />
        <source>Beeps cannot be played on this computer: the session runs without them.</source>
        <translation>Auf diesem Computer können keine Signaltöne abgespielt werden: Die Einheit läuft ohne sie.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="17" />
        <source>Spoken cues are not available on this computer: follow the screen and the beeps.</source>
        <translation>Gesprochene Ansagen sind auf diesem Computer nicht verfügbar: Folgen Sie dem Bildschirm und den Signaltönen.</translation>
    </message>
</context>
<context>
    <name>strip</name>
    <message>
        <location filename="../../hiptimer/present/strip.py" line="52" />
        <source>about {total}: {work} of sets and holds, {rest} of rests</source>
        <translation>etwa {total}: {work} für Sätze und Halten, {rest} für Pausen</translation>
    </message>
</context>
</TS>
