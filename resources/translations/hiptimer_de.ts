<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Announcing</name>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="51" />
        <source>No sound device found and no spoken cues: the session runs silently; follow the screen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="55" />
        <source>Beeps cannot be played and there are no spoken cues: the session runs silently; follow the screen.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="42" />
        <source>--since {text} is before 1970, where no history can start; leave --since out to export everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="72" />
        <source>hiptimer: {message}</source>
        <translation>hiptimer: {message}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="77" />
        <source>hiptimer: restoring the backup {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="97" />
        <source>Wrote {count} sets to {csv}</source>
        <translation>{count} Sätze nach {csv} geschrieben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="118" />
        <source>cannot write {out}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="124" />
        <source>Wrote a report of %n session(s) from profile {profile!r} to {out}; send it to your trainer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="150" />
        <source>{file}: {error}; nothing imported. If it is this client's, run again with --yes-this-client</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="158" />
        <source>Imported %n new session(s) into profile {profile!r} ({already_there} already there)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="180" />
        <source>Removed {removed} demo sessions from profile {profile!r}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="188" />
        <source>hiptimer: profile {profile!r} already has %n real session(s); demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="205" />
        <source>Added {added} made-up sessions ({sets} sets, {weeks} weeks) to profile {profile!r}{again}.
Remove them with: hiptimer history demo --remove --profile {profile!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="56" />
        <source>Routines in profile {profile!r}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="62" />
        <source>  {file:&lt;40} cannot be read: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="80" />
        <source>--ics needs --days and --time, e.g. --days mon,wed,fri --time 07:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="87" />
        <source>--days and --time go with --ics FILE (a calendar series)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="98" />
        <source>Wrote {name} as a weekly calendar series to {out}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="108" />
        <source>Wrote {name} as a FIT workout ({steps} steps) to {out}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="116" />
        <source>Exported {name} to {out}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="130" />
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="153" />
        <source>OK: {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="198" />
        <source>hiptimer: {error}</source>
        <translation>hiptimer: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/routines.py" line="201" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="65" />
        <source>hiptimer: cannot write {out}: folder {parent} does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="106" />
        <source>hiptimer: could not write {out} (is the disk full or read-only?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="113" />
        <source>wrote {out} ({width}x{height})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="32" />
        <source>hiptimer: cannot show a reminder: {error}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="36" />
        <source>Sent a test reminder: it should show on your desktop now.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
    <name>History</name>
    <message>
        <location filename="../../hiptimer/store/database.py" line="168" />
        <source>{target} already exists; HipTimer does not overwrite it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/database.py" line="185" />
        <source>The copy {target} failed its integrity check: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="34" />
        <source>The disk holding your history is full, so {doing} failed ({path}). Everything saved before this is safe. Free some disk space; HipTimer saves what is waiting as soon as it can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="45" />
        <source>Your history file is read-only, so {doing} failed ({path}). Make the file writable (check its permissions), then start HipTimer again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="53" />
        <source>The history database is busy in another program, so {doing} failed ({path}). Close other copies of HipTimer or programs that have the file open, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="60" />
        <source>{doing} failed: {error} ({path})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="251" />
        <source>Today's backup of your history could not be written ({error}). Your history itself is fine; HipTimer tries again next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="275" />
        <source>starting the session's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="294" />
        <source>saving the set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="299" />
        <source>closing the session's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="309" />
        <source>saving your effort and note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="316" />
        <location filename="../../hiptimer/store/progress.py" line="93" />
        <source>There is no session {session_id} in this history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="381" />
        <source>closing the interrupted session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="391" />
        <source>deleting the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="430" />
        <source>adding the sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="471" />
        <source>removing the demo sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="486" />
        <source>saving the weekly plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="76" />
        <source>saving how the exercises went</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="87" />
        <source>saving this morning's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="122" />
        <source>saving the new dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="87" />
        <source>The file {name} in {folder} is not a HipTimer history ({problem}). HipTimer did not change it: it was renamed to {new_name}; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="98" />
        <source>Your history could not be read ({problem}). The damaged file was kept and renamed to {new_name} in {folder}; nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="107" />
        <source>There is no intact backup, so HipTimer starts an empty history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="116" />
        <source>The newest intact backup is from {day}: restore it to get your history back up to that day, or start an empty history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="126" />
        <source>There is no intact backup to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="141" />
        <source>The backup {backup} is damaged too; choose an older one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="233" />
        <source>Your history {path} cannot be read: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="238" />
        <source>file is not a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="247" />
        <location filename="../../hiptimer/store/recovery.py" line="407" />
        <source>opening your history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="253" />
        <source>checking your history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="265" />
        <source>it belongs to another program, application id {id:#x}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="272" />
        <source>its tables are not a HipTimer history's: {tables}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="306" />
        <source>Your history {path} cannot be checked: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="326" />
        <source>A log file beside your history did not belong to it ({why}); it was renamed to {name} in {folder} and not used. Your history is as it was last saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="395" />
        <source>it does not make a HipTimer history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="402" />
        <source>there is no database for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="415" />
        <source>Your history {path} is read-only and from an older HipTimer, so it cannot be upgraded. Make the file writable, then start HipTimer again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="424" />
        <source>Your history file {path} is read-only: your past sessions show, but new sessions cannot be saved until you make it writable again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="442" />
        <source>preparing your history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="94" />
        <source>this report comes from another history than the reports imported into profile {profile!r} before (it was made by profile {profile2!r})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="103" />
        <source>this report is from profile {profile!r}, not {profile2!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/store/schema.py" line="175" />
        <source>This history was written by a newer HipTimer (schema version {current}, this one knows up to {newest}). Update HipTimer to open it; the file is left as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="70" />
        <source>the picture is {size:.0f} KB; at most {limit} KB is allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="80" />
        <location filename="../../hiptimer/exchange/picture_files.py" line="113" />
        <source>not a picture: expected a PNG or JPEG image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="83" />
        <source>the picture is {width} x {height} pixels; each side must be 1 to {MAX_PICTURE_SIDE}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="107" />
        <location filename="../../hiptimer/exchange/picture_files.py" line="163" />
        <source>broken PNG: it does not start with an IHDR header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="120" />
        <source>the pictures would take {size:.0f} MB of memory once decoded; a routine's pictures may take at most {limit} MB (make them smaller, or use fewer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="142" />
        <source>broken PNG: it ends before its IEND chunk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="147" />
        <source>broken PNG: the {chunk} chunk is cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="155" />
        <source>broken PNG: the {chunk} chunk is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="170" />
        <source>broken PNG: unknown colour type or bit depth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="174" />
        <source>broken PNG: unknown compression, filter or interlace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="185" />
        <source>broken PNG: its image data is split up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="190" />
        <location filename="../../hiptimer/exchange/picture_files.py" line="213" />
        <source>broken PNG: its image data does not match its size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="197" />
        <source>broken PNG: there are extra bytes after its end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="200" />
        <source>broken PNG: a palette image without a palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="202" />
        <source>broken PNG: it has no image data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="207" />
        <location filename="../../hiptimer/exchange/picture_files.py" line="229" />
        <source>broken PNG: its image data cannot be unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="210" />
        <source>broken PNG: its image data is cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="262" />
        <source>broken JPEG: a marker is missing where one must be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="267" />
        <source>broken JPEG: it ends before its end marker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="275" />
        <source>broken JPEG: a marker appears out of place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="277" />
        <source>broken JPEG: it ends inside a segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="280" />
        <source>broken JPEG: a segment is cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="286" />
        <source>broken JPEG: its frame header is too short</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="291" />
        <location filename="../../hiptimer/exchange/picture_files.py" line="295" />
        <source>broken JPEG: its frame header is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="301" />
        <source>broken JPEG: image data comes before its frame header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="306" />
        <source>broken JPEG: it has no image data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="309" />
        <source>broken JPEG: there are extra bytes after its end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="324" />
        <source>broken JPEG: its image data is cut off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="350" />
        <source>broken JPEG: no frame header before its image data</source>
        <translation type="unfinished" />
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
    <name>Profiles</name>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="49" />
        <source>{name!r} cannot be a profile name: use 1 to 40 letters, digits, spaces, '-', '_' or '.', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="58" />
        <source>{name!r} is a reserved name on Windows; choose another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="130" />
        <source>there is no profile named {name!r} (profiles: {known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="156" />
        <source>a profile named {taken!r}{state} already exists; choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="164" />
        <source>cannot create the profile {name!r}: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="176" />
        <source>there is no profile named {old!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="180" />
        <source>the default profile keeps its name; create a new profile for each client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="188" />
        <source>{DEFAULT_PROFILE!r} is the name of the default profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="195" />
        <source>a profile named {taken!r} already exists; choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="214" />
        <source>cannot rename {current!r} to {new!r}: {strerror}; close anything that uses this profile and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="230" />
        <source>there is no profile named {name!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="233" />
        <source>the default profile cannot be archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="246" />
        <source>cannot change the profile {name!r}: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="124" />
        <source>cannot create the folder {folder}: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="162" />
        <source>{path}: not a HipTimer exercise file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="167" />
        <source>{path}: version: expected 1 to {EXERCISE_VERSION}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="174" />
        <source>{path}: {field}: unknown field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="182" />
        <source>{path}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="189" />
        <source>{name!r} is a built-in exercise and cannot be changed; duplicate it to make your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="200" />
        <source>the picture {picture} is not in this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="217" />
        <source>{exercise_id!r} is not a custom exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="225" />
        <source>cannot delete the exercise: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="238" />
        <source>this picture cannot be used: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="247" />
        <source>cannot save the picture: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="299" />
        <source>there is no routine named {name!r} in this profile ({known})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="322" />
        <source>the picture {name} is not in this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="344" />
        <source>{name!r} cannot be saved: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="358" />
        <source>a routine named {name!r} already exists in this profile; choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="377" />
        <source>there is no routine named {name!r} in this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="385" />
        <source>cannot delete {path}: {strerror}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="398" />
        <source>the picture of {name!r} ({picture}) is missing from this profile; choose the picture again in the exercise editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="414" />
        <source>cannot write {out}: {reason}; check the folder and the file name (Windows refuses \ / : * ? " &lt; &gt; |)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="447" />
        <source>the picture {name} cannot be used: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="465" />
        <source>the picture {name} is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="475" />
        <source>cannot import the routine: {reason}; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="529" />
        <source>too many routines named {name!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="563" />
        <source>{path}: cannot read the file: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="569" />
        <source>{path}: cannot read the file ({strerror})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="574" />
        <source>{path}: the file is too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="586" />
        <source>cannot save {name}: {reason}; nothing was changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="81" />
        <source>{height} step</source>
        <translation>{height}-Stufe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="93" />
        <source>tan band</source>
        <translation>beiges Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="94" />
        <source>yellow band</source>
        <translation>gelbes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="95" />
        <source>red band</source>
        <translation>rotes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="96" />
        <source>green band</source>
        <translation>grünes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="97" />
        <source>blue band</source>
        <translation>blaues Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="98" />
        <source>black band</source>
        <translation>schwarzes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="99" />
        <source>silver band</source>
        <translation>silbernes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="100" />
        <source>gold band</source>
        <translation>goldenes Band</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="258" />
        <source>a set missed the target</source>
        <translation>ein Satz hat das Ziel verfehlt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="260" />
        <source>pain not answered</source>
        <translation>Schmerz nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="263" />
        <source>no morning answer after the pain</source>
        <translation>keine Morgenangabe nach dem Schmerz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="264" />
        <source>pain had not settled</source>
        <translation>Schmerz hatte nicht nachgelassen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="268" />
        <source>holds did not feel easy</source>
        <translation>Halten fiel nicht leicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="269" />
        <source>effort not answered</source>
        <translation>Anstrengung nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="271" />
        <source>reps in reserve not answered</source>
        <translation>Wiederholungen in Reserve nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="272" />
        <source>fewer than 2 reps in reserve</source>
        <translation>weniger als 2 Wiederholungen in Reserve</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="320" />
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="323" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="325" />
        <source>{seconds} s holds</source>
        <translation>{seconds} s halten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="327" />
        <location filename="../../hiptimer/core/progression.py" line="383" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="340" />
        <source>progression is off for this routine</source>
        <translation>Steigerung ist für dieses Programm aus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="343" />
        <source>no sessions yet</source>
        <translation>noch keine Einheiten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="348" />
        <source>pain was worse the next morning</source>
        <translation>Schmerz war am nächsten Morgen stärker</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="350" />
        <source>pain {pain}/10 during the exercise</source>
        <translation>Schmerz {pain}/10 während der Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="354" />
        <source>{why}: already at the lowest dose</source>
        <translation>{why}: schon bei der niedrigsten Dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="356" />
        <source>{why}: down to {dose}</source>
        <translation>{why}: zurück auf {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="363" />
        <source>keep: {reason} last time</source>
        <translation>beibehalten: letztes Mal {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="366" />
        <source>keep: no session at this dose yet</source>
        <translation>beibehalten: noch keine Einheit mit dieser Dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="369" />
        <source>keep: 1st session at this dose went well</source>
        <translation>beibehalten: 1. Einheit mit dieser Dosis lief gut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="373" />
        <source>keep: {reason} the session before</source>
        <translation>beibehalten: in der Einheit davor {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="377" />
        <source>keep: at the highest dose allowed</source>
        <translation>beibehalten: höchste erlaubte Dosis erreicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="380" />
        <location filename="../../hiptimer/core/progression.py" line="430" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="384" />
        <source>2 sessions at {done}, easy: {dose}</source>
        <translation>2 Einheiten mit {done}, leicht: {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="420" />
        <source>keep: waiting for the left side to catch up</source>
        <translation>beibehalten: die linke Seite soll aufholen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="422" />
        <source>keep: waiting for the right side to catch up</source>
        <translation>beibehalten: die rechte Seite soll aufholen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="434" />
        <source>{sets} x {amount} per side</source>
        <translation>{sets} x {amount} pro Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="436" />
        <source>{sets} x {amount}</source>
        <translation>{sets} x {amount}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="441" />
        <source>{dose}, {level}</source>
        <translation>{dose}, {level}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="448" />
        <source>{dose} ({reason})</source>
        <translation>{dose} ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="452" />
        <source>{dose} (up: {reason})</source>
        <translation>{dose} (mehr: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="456" />
        <source>{dose} (down: {reason})</source>
        <translation>{dose} (weniger: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="460" />
        <source>left: {line}</source>
        <translation>links: {line}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="462" />
        <source>right: {line}</source>
        <translation>rechts: {line}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="119" />
        <source>the key {key!r} appears twice in one object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="128" />
        <source>{name} is not a JSON number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="135" />
        <source>a number of {count} digits is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="142" />
        <source>a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="172" />
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="177" />
        <source>expected {want}, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="205" />
        <source>is not a known field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="220" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="257" />
        <source>expected an object, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="274" />
        <source>the same step appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="298" />
        <source>expected a JSON object at the top level, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="305" />
        <source>expected {FORMAT!r}: this is not a HipTimer progress report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="313" />
        <source>written by a newer HipTimer (report version {version}, this one reads up to {VERSION}); update HipTimer to import it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="322" />
        <source>expected 1 to {VERSION}, got {version}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Routine</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="168" />
        <source>The routine has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="179" />
        <source>expected a number of seconds, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="188" />
        <source>expected between {low:g} and {high:g} seconds, got {value:g}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="202" />
        <source>expected a whole number, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="211" />
        <source>expected between {low} and {high}, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="222" />
        <source>expected a non-empty text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="227" />
        <source>expected at most {MAX_TEXT} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="275" />
        <source>expected lower-case letters, digits, '-' or '_' (up to 64), got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="288" />
        <source>expected a figure id, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="298" />
        <source>expected a picture file name such as 'abc123.png' or 'abc123.jpg', got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="309" />
        <source>choose either a drawn figure or a picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="314" />
        <source>expected 'reps' or 'hold'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="321" />
        <source>expected one of {allowed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="332" />
        <source>only a hold exercise has hold seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="348" />
        <source>expected at least 0.5 seconds per repetition in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="358" />
        <source>a hold exercise has no reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="364" />
        <source>a hold exercise has no tempo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="377" />
        <source>expected at most {MAX_CUES} items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="386" />
        <source>expected at most {MAX_CUES} lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="407" />
        <source>only {{side}}, {{Side}}, {{other}} and {{Other}} may stand in braces, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="425" />
        <source>expected at least one exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="431" />
        <source>expected at most {MAX_EXERCISES} exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="443" />
        <source>{found} is used twice in the routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="86" />
        <source>expected an object, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="95" />
        <source>unknown field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="110" />
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="117" />
        <source>expected {kind}, got a true/false value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="125" />
        <source>expected {kind}, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="142" />
        <source>expected one of {allowed}, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="153" />
        <source>expected at most {MAX_CUES} items, got {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="163" />
        <source>expected a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="170" />
        <source>true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="172" />
        <source>a decimal number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="174" />
        <location filename="../../hiptimer/core/serialize.py" line="187" />
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="176" />
        <location filename="../../hiptimer/core/serialize.py" line="191" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="177" />
        <location filename="../../hiptimer/core/serialize.py" line="190" />
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="178" />
        <location filename="../../hiptimer/core/serialize.py" line="189" />
        <source>a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="188" />
        <location filename="../../hiptimer/core/serialize.py" line="194" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="195" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="207" />
        <source>expected an exercise, got an empty object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="304" />
        <source>expected an exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="321" />
        <source>is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="83" />
        <source>{file}: %n problem(s):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="147" />
        <source>expected {format!r}, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="160" />
        <source>expected a whole number, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="172" />
        <source>{version} is newer than this HipTimer understands (up to {VERSION}); update HipTimer to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="186" />
        <source>expected 1 to {VERSION}, got {version}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="221" />
        <source>side meanings need a version {SIDE_MEANING_VERSION} file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="238" />
        <location filename="../../hiptimer/exchange/routine_file.py" line="368" />
        <source>pictures need a version {PICTURES_VERSION} file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="247" />
        <source>a profile's routine names its pictures only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="255" />
        <source>expected an object, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="265" />
        <source>expected at most {MAX_EXERCISES} pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="311" />
        <source>expected a file name such as 'abc123.png' or 'abc123.jpg'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="315" />
        <source>expected base64 text, got {found}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="321" />
        <source>the picture is larger than {limit} KB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="328" />
        <source>not valid base64 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="332" />
        <source>the name says {named} but it is a {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="338" />
        <source>the picture is {width} x {height} pixels; each side must be 1 to {MAX_PICTURE_SIDE}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="379" />
        <source>{name} is not among the file's pictures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="387" />
        <source>not used by any exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="401" />
        <source>a routine file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="450" />
        <source>contains a lone surrogate (\ud800 to \udfff), not text</source>
        <translation type="unfinished" />
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
    <name>Settings</name>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="158" />
        <source>{path} is too large to be a settings file</source>
        <translation>{path} ist zu groß für eine Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="170" />
        <source>cannot read {path} ({reason})</source>
        <translation>{path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="181" />
        <source>{path} is not valid JSON; using the defaults</source>
        <translation>{path} ist kein gültiges JSON; es gelten die Standardwerte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="190" />
        <source>reset to the default: {names}</source>
        <translation>auf Standard zurückgesetzt: {names}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="85" />
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="89" />
        <source>Pseudo (for testing)</source>
        <translation>Pseudo (zum Testen)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="92" />
        <source>Applies the next time HipTimer starts</source>
        <translation>Gilt ab dem nächsten Start von HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="94" />
        <source>(at the next start)</source>
        <translation>(beim nächsten Start)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="107" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="128" />
        <source>No {language} voice on this computer: the spoken cues are in English.</source>
        <translation>Keine Stimme für {language} auf diesem Computer: die Ansagen sind auf Englisch.</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="38" />
        <source>prepare</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="39" />
        <source>work</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="40" />
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="41" />
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="42" />
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="43" />
        <source>done</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="42" />
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="50" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} von %n Wiederholung</numerusform>
            <numerusform>{done} von %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="57" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} von %n Satz</numerusform>
            <numerusform> · {done} von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="79" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="83" />
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="94" />
        <source>◐ part: </source>
        <translation>◐ teils: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="118" />
        <source>{done} of %n set(s) done</source>
        <translation>
            <numerusform>{done} von %n Satz erledigt</numerusform>
            <numerusform>{done} von %n Sätzen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="120" />
        <source>({earlier} before the break)</source>
        <translation>({earlier} vor der Unterbrechung)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="121" />
        <source>, {active} of work.</source>
        <translation>, {active} Übungszeit.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="123" />
        <source>Session over: no sets done</source>
        <translation>Einheit vorbei: kein Satz erledigt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="125" />
        <source>Session ended early</source>
        <translation>Einheit früher beendet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="127" />
        <source>Resumed and finished</source>
        <translation>Fortgesetzt und beendet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="129" />
        <source>Routine complete — well done!</source>
        <translation>Programm geschafft – gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="131" />
        <source>Routine finished, some sets skipped</source>
        <translation>Programm beendet, einige Sätze übersprungen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="113" />
        <source>Get ready</source>
        <translation>Bereitmachen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="114" />
        <source>Get ready: {exercise}</source>
        <translation>Bereitmachen: {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="132" />
        <source>Rest, then {exercise}</source>
        <translation>Pause, dann {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="141" />
        <source>Rest, then set {set} of {sets}</source>
        <translation>Pause, dann Satz {set} von {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="157" />
        <source>Switch to the left side</source>
        <translation>Wechsel auf die linke Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="159" />
        <source>Switch to the right side</source>
        <translation>Wechsel auf die rechte Seite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="196" />
        <source>Well done: routine complete</source>
        <translation>Gut gemacht: Programm geschafft</translation>
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
</TS>
