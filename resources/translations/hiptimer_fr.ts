<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Announcing</name>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="51" />
        <source>No sound device found and no spoken cues: the session runs silently; follow the screen.</source>
        <translation>Aucun périphérique audio ni consigne vocale : la séance se déroule en silence ; suivez l'écran.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="55" />
        <source>Beeps cannot be played and there are no spoken cues: the session runs silently; follow the screen.</source>
        <translation>Les bips ne peuvent pas être joués et il n'y a pas de consignes vocales : la séance se déroule en silence ; suivez l'écran.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="100" />
        <source>no sound device</source>
        <translation>aucun périphérique audio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="102" />
        <source>beeps cannot be played</source>
        <translation>les bips ne peuvent pas être joués</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="104" />
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="106" />
        <source>Sound on: beeps only, no spoken cues</source>
        <translation>Son activé : bips seulement, pas d'annonces</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="108" />
        <source>Sound on: spoken cues only, no beeps ({why})</source>
        <translation>Son activé : annonces seulement, pas de bips ({why})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="111" />
        <source>Sound on, but there is nothing to hear: {why}, no spoken cues</source>
        <translation>Son activé, mais rien à entendre : {why}, pas d'annonces</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="60" />
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="61" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="62" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="63" />
        <source>Right / left</source>
        <translation>Droite / gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="64" />
        <source>Sides differ by</source>
        <translation>Écart entre les côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="65" />
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="84" />
        <source>⚠ {side} side behind by more than 10 %</source>
        <translation>⚠ côté {side} en retard de plus de 10 %</translation>
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
            <numerusform>%n répétitions</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="92" />
        <source>too little to compare (under {least})</source>
        <translation>trop peu pour comparer (moins de {least})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="95" />
        <source>balanced</source>
        <translation>équilibré</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="120" />
        <source>{name}: {left} seconds held on the left, {right} on the right.</source>
        <translation>{name} : {left} secondes de maintien à gauche, {right} à droite.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="124" />
        <source>{name}: {left} reps on the left, {right} on the right.</source>
        <translation>{name} : {left} répétitions à gauche, {right} à droite.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="127" />
        <source>Flagged when the weaker side did more than 10 % less than the stronger, once the stronger side did at least one set's worth.</source>
        <translation>Signalé quand le côté le plus faible a fait plus de 10 % de moins que le plus fort, dès que le côté le plus fort a fait au moins l'équivalent d'une série.</translation>
    </message>
</context>
<context>
    <name>Body</name>
    <message>
        <location filename="../../hiptimer/core/body.py" line="28" />
        <source>Left foot planted, right leg up</source>
        <translation>Pied gauche au sol, jambe droite tendue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="29" />
        <source>Right foot planted, left leg up</source>
        <translation>Pied droit au sol, jambe gauche tendue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="30" />
        <source>Step out to your left, left foot leads</source>
        <translation>Pas vers la gauche, le pied gauche mène</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="31" />
        <source>Step out to your right, right foot leads</source>
        <translation>Pas vers la droite, le pied droit mène</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="32" />
        <source>Lie on your right side, left knee opens</source>
        <translation>Allongé sur le côté droit, le genou gauche s'ouvre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="33" />
        <source>Lie on your left side, right knee opens</source>
        <translation>Allongé sur le côté gauche, le genou droit s'ouvre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="34" />
        <source>Stand on your left leg on the step, right leg hangs</source>
        <translation>Debout sur la jambe gauche sur la marche, la droite pend</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="35" />
        <source>Stand on your right leg on the step, left leg hangs</source>
        <translation>Debout sur la jambe droite sur la marche, la gauche pend</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="36" />
        <source>Lift your left leg, knee bent</source>
        <translation>Levez la jambe gauche, genou fléchi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="37" />
        <source>Lift your right leg, knee bent</source>
        <translation>Levez la jambe droite, genou fléchi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="38" />
        <source>Left knee down, right foot in front</source>
        <translation>Genou gauche au sol, pied droit devant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="39" />
        <source>Right knee down, left foot in front</source>
        <translation>Genou droit au sol, pied gauche devant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="40" />
        <source>Work your left leg</source>
        <translation>Travaillez la jambe gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="41" />
        <source>Work your right leg</source>
        <translation>Travaillez la jambe droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="42" />
        <source>Lie on your left side</source>
        <translation>Allongé sur le côté gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="43" />
        <source>Lie on your right side</source>
        <translation>Allongé sur le côté droit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="44" />
        <source>Stand on your left leg</source>
        <translation>Debout sur la jambe gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="45" />
        <source>Stand on your right leg</source>
        <translation>Debout sur la jambe droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="46" />
        <source>Left knee down</source>
        <translation>Genou gauche au sol</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="47" />
        <source>Right knee down</source>
        <translation>Genou droit au sol</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="48" />
        <source>Work your left side</source>
        <translation>Travaillez le côté gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="49" />
        <source>Work your right side</source>
        <translation>Travaillez le côté droit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="56" />
        <source>left</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="57" />
        <source>right</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>droite</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="34" />
        <source>--since expects a date as YYYY-MM-DD, got {text!r}</source>
        <translation>--since attend une date au format AAAA-MM-JJ, reçu {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="42" />
        <source>--since {text} is before 1970, where no history can start; leave --since out to export everything</source>
        <translation>--since {text} est antérieur à 1970, aucun historique ne peut commencer avant ; omettez --since pour tout exporter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="72" />
        <source>hiptimer: {message}</source>
        <translation>hiptimer : {message}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="77" />
        <source>hiptimer: restoring the backup {name}</source>
        <translation>hiptimer : restauration de la sauvegarde {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="97" />
        <source>Wrote {count} sets to {csv}</source>
        <translation>{count} séries écrites dans {csv}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="118" />
        <source>cannot write {out}: {reason}</source>
        <translation>impossible d'écrire {out} : {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="124" />
        <source>Wrote a report of %n session(s) from profile {profile!r} to {out}; send it to your trainer</source>
        <translation>
            <numerusform>Bilan de %n séance du profil {profile!r} écrit dans {out} ; envoyez-le à votre coach</numerusform>
            <numerusform>Bilan de %n séances du profil {profile!r} écrit dans {out} ; envoyez-le à votre coach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="150" />
        <source>{file}: {error}; nothing imported. If it is this client's, run again with --yes-this-client</source>
        <translation>{file} : {error} ; rien n'a été importé. S'il s'agit bien de ce client, relancez avec --yes-this-client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="158" />
        <source>Imported %n new session(s) into profile {profile!r} ({already_there} already there)</source>
        <translation>
            <numerusform>%n nouvelle séance importée dans le profil {profile!r} ({already_there} déjà présentes)</numerusform>
            <numerusform>%n nouvelles séances importées dans le profil {profile!r} ({already_there} déjà présentes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="180" />
        <source>Removed {removed} demo sessions from profile {profile!r}</source>
        <translation>{removed} séances de démonstration retirées du profil {profile!r}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="188" />
        <source>hiptimer: profile {profile!r} already has %n real session(s); demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</source>
        <translation>
            <numerusform>hiptimer : le profil {profile!r} contient déjà %n séance réelle ; les données de démonstration ne vont que dans un profil qui n'en a aucune. Essayez un autre profil, par exemple : hiptimer history demo --weeks {weeks} --profile demo</numerusform>
            <numerusform>hiptimer : le profil {profile!r} contient déjà %n séances réelles ; les données de démonstration ne vont que dans un profil qui n'en a aucune. Essayez un autre profil, par exemple : hiptimer history demo --weeks {weeks} --profile demo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="205" />
        <source>Added {added} made-up sessions ({sets} sets, {weeks} weeks) to profile {profile!r}{again}.
Remove them with: hiptimer history demo --remove --profile {profile!r}</source>
        <translation>{added} séances fictives ({sets} séries, {weeks} semaines) ajoutées au profil {profile!r}{again}.
Pour les retirer : hiptimer history demo --remove --profile {profile!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="56" />
        <source>Routines in profile {profile!r}:</source>
        <translation>Programmes du profil {profile!r} :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="62" />
        <source>  {file:&lt;40} cannot be read: {problem}</source>
        <translation>  {file:&lt;40} illisible : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="80" />
        <source>--ics needs --days and --time, e.g. --days mon,wed,fri --time 07:00</source>
        <translation>--ics exige --days et --time, par ex. --days mon,wed,fri --time 07:00</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="87" />
        <source>--days and --time go with --ics FILE (a calendar series)</source>
        <translation>--days et --time vont avec --ics FICHIER (une série d'événements d'agenda)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="98" />
        <source>Wrote {name} as a weekly calendar series to {out}</source>
        <translation>{name} écrit comme série hebdomadaire d'agenda dans {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="108" />
        <source>Wrote {name} as a FIT workout ({steps} steps) to {out}</source>
        <translation>{name} écrit comme entraînement FIT ({steps} étapes) dans {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="116" />
        <source>Exported {name} to {out}</source>
        <translation>{name} exporté vers {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="130" />
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d'écrire {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="155" />
        <source>OK: {file}</source>
        <translation>OK : {file}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="240" />
        <source>hiptimer: {error}</source>
        <translation>hiptimer : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/routines.py" line="243" />
        <source>Wrote {out} (%n page(s), {paper})</source>
        <translation>
            <numerusform>{out} écrit (%n page, {paper})</numerusform>
            <numerusform>{out} écrit (%n pages, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="33" />
        <source>A guided hip-strengthening routine with a history. With no command, opens the window.</source>
        <translation>Un programme guidé de renforcement des hanches, avec historique. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="37" />
        <source>Language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one chosen in Settings; LANGUAGE=pseudo shows every translated text accented. To add a language: add it to LANGUAGES in hiptimer/core/i18n.py, run `python packaging/translations.py update` (pyside6-lupdate), translate resources/translations/hiptimer_&lt;code&gt;.ts with Qt Linguist (pyside6-linguist), and test with LANGUAGE=&lt;code&gt; and LANGUAGE=pseudo; the .qm catalogues are compiled by pyside6-lrelease at build time. See the README.</source>
        <translation>Langue : celle du système (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) ou celle choisie dans les Réglages ; LANGUAGE=pseudo affiche chaque texte traduit accentué. Ajouter une langue : l'ajouter à LANGUAGES dans hiptimer/core/i18n.py, lancer `python packaging/translations.py update` (pyside6-lupdate), traduire resources/translations/hiptimer_&lt;code&gt;.ts avec Qt Linguist (pyside6-linguist), puis tester avec LANGUAGE=&lt;code&gt; et LANGUAGE=pseudo ; pyside6-lrelease compile les catalogues .qm à la construction. Voir le README.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="56" />
        <source>hiptimer: no exercise {exercise_id!r} in {name!r}; choose one of: {known}</source>
        <translation>hiptimer : aucun exercice {exercise_id!r} dans {name!r} ; choisissez parmi : {known}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="65" />
        <source>hiptimer: cannot write {out}: folder {parent} does not exist</source>
        <translation>hiptimer : impossible d'écrire {out} : le dossier {parent} n'existe pas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="106" />
        <source>hiptimer: could not write {out} (is the disk full or read-only?)</source>
        <translation>hiptimer : impossible d'écrire {out} (disque plein ou en lecture seule ?)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="113" />
        <source>wrote {out} ({width}x{height})</source>
        <translation>{out} écrit ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="32" />
        <source>hiptimer: cannot show a reminder: {error}.</source>
        <translation>hiptimer : impossible d'afficher un rappel : {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="36" />
        <source>Sent a test reminder: it should show on your desktop now.</source>
        <translation>Rappel de test envoyé : il devrait s'afficher sur votre bureau.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/self_test.py" line="54" />
        <source>self-test: {passed} passed, {failed} failed</source>
        <translation>autotest : {passed} réussis, {failed} échoués</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../hiptimer/exchange/csv_export.py" line="161" />
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="36" />
        <source>On your back, knees bent, lift one foot an inch off the floor.</source>
        <translation>Sur le dos, genoux fléchis, décollez un pied de quelques centimètres.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="37" />
        <source>Drive through the planted heel and raise the hips; hold at the top.</source>
        <translation>Poussez dans le talon au sol et montez le bassin ; tenez en haut.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="40" />
        <source>Keep the hips level: do not let the lifted side sag.</source>
        <translation>Gardez le bassin horizontal : le côté levé ne s'affaisse pas.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="56" />
        <source>Band just below the knees, sink into a quarter squat.</source>
        <translation>Élastique juste sous les genoux, descendez en quart de squat.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="57" />
        <source>Take a wide step with the leading foot, then let the other follow.</source>
        <translation>Faites un grand pas avec le pied qui mène, l'autre suit.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="60" />
        <source>Stay low, knees pushed out over the toes, band tight: no bobbing up.</source>
        <translation>Restez bas, genoux poussés vers l'extérieur, élastique tendu : sans remonter.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="78" />
        <source>Lie on your side, knees bent, knees and ankles stacked.</source>
        <translation>Sur le côté, genoux fléchis, genoux et chevilles superposés.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="79" />
        <source>Keep the feet together and open the top knee toward the ceiling.</source>
        <translation>Pieds joints, ouvrez le genou du dessus vers le plafond.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="82" />
        <source>Do not roll the pelvis back as the knee opens.</source>
        <translation>Ne laissez pas le bassin basculer en arrière quand le genou s'ouvre.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="99" />
        <source>Stand on one leg on a step, trunk tall; hold a rail if needed.</source>
        <translation>Debout sur une jambe sur une marche, buste droit ; tenez une rampe si besoin.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="100" />
        <source>Free leg straight, hanging beside the step; sink slowly into a quarter squat.</source>
        <translation>Jambe libre tendue à côté de la marche ; descendez lentement en quart de squat.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="103" />
        <source>Hips stay level; keep the standing knee soft, never locked.</source>
        <translation>Bassin horizontal ; genou d'appui souple, jamais verrouillé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="119" />
        <source>On hands and knees, back flat, head in line with the spine.</source>
        <translation>À quatre pattes, dos plat, tête dans l'axe de la colonne.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="120" />
        <source>Keep the knee at ninety degrees and press the sole toward the ceiling.</source>
        <translation>Genou à quatre-vingt-dix degrés, poussez la plante du pied vers le plafond.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="123" />
        <source>Do not arch the lower back or tip the hips to one side.</source>
        <translation>Ne creusez pas le bas du dos, ne basculez pas le bassin sur le côté.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="139" />
        <source>Kneel on one knee on a cushion, the other foot flat in front.</source>
        <translation>Un genou sur un coussin, l'autre pied à plat devant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="140" />
        <source>Chest tall, tuck the pelvis under until the front of the hip stretches.</source>
        <translation>Poitrine haute, rétroversez le bassin jusqu'à sentir l'étirement à l'avant de la hanche.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="143" />
        <source>Breathe slowly; do not lean forward or arch the back.</source>
        <translation>Respirez lentement ; ne penchez pas en avant, ne creusez pas le dos.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="30" />
        <source>Last rep</source>
        <translation>Dernière répétition</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="35" />
        <source>Ending early keeps what was done: every set so far counts.</source>
        <translation>Arrêter plus tôt garde ce qui est fait : chaque série compte.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="42" />
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="43" />
        <source>WORK</source>
        <translation>EFFORT</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="44" />
        <source>HOLD</source>
        <translation>TENEZ</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="45" />
        <source>SWITCH SIDES</source>
        <translation>CHANGEMENT DE CÔTÉ</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="46" />
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="47" />
        <source>DONE</source>
        <translation>TERMINÉ</translation>
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
        <translation>Préparez-vous. {side}. {exercise}. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="102" />
        <source>Get ready. {set}</source>
        <translation>Préparez-vous. {set}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="84" />
        <source>{set} {body}.</source>
        <translation>{set} {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="108" />
        <source>Switch sides. {body}.</source>
        <translation>Changez de côté. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="110" />
        <source>Switch sides.</source>
        <translation>Changez de côté.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="111" />
        <source>Switch sides. {side} next.</source>
        <translation>Changez de côté. Ensuite : {side}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="89" />
        <source>Rest, {duration}</source>
        <translation>Repos, {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="92" />
        <source>Well done. Routine complete.</source>
        <translation>Bravo. Programme terminé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="131" />
        <source>Set {set} of {sets}</source>
        <translation>Série {set} sur {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="137" />
        <source>Rep {rep} of {reps}</source>
        <translation>Répétition {rep} sur {reps}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/cues.py" line="140" />
        <source>goal %n rep(s)</source>
        <translation>
            <numerusform>objectif : %n répétition</numerusform>
            <numerusform>objectif : %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="142" />
        <source>Hold {duration}</source>
        <translation>Tenez {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="152" />
        <source>Next: finished</source>
        <translation>Ensuite : terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="154" />
        <source>Next: switch to the {side} ({duration})</source>
        <translation>Ensuite : passage au {side} ({duration})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="158" />
        <source>Next: {rest}</source>
        <translation>Ensuite : {rest}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="160" />
        <source>Next: {exercise} · {dose}</source>
        <translation>Ensuite : {exercise} · {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="164" />
        <source>Next: {step}</source>
        <translation>Ensuite : {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="172" />
        <source>rest {duration}</source>
        <translation>repos {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="174" />
        <source>set {set} of {sets}</source>
        <translation>série {set} sur {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="179" />
        <source>rest {duration}, then {step}</source>
        <translation>repos {duration}, puis {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="185" />
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="187" />
        <source>Switch to the {side}</source>
        <translation>Passez au {side}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="99" />
        <source>no desktop notification service is running</source>
        <translation>aucun service de notifications du bureau n'est actif</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="120" />
        <source>the notification service refused it ({error})</source>
        <translation>le service de notifications l'a refusée ({error})</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="407" />
        <location filename="../../hiptimer/ui/history/plots.py" line="467" />
        <source>Effort (1-10)</source>
        <translation>Effort (1-10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="442" />
        <source>{period}: effort {effort} on average (%n sessions)</source>
        <translation>
            <numerusform>{period} : effort moyen de {effort} (%n séances)</numerusform>
            <numerusform>{period} : effort moyen de {effort} (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="459" />
        <source>{day}: effort {effort}</source>
        <translation>{day} : effort {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="465" />
        <source>Effort (1-10), monthly average</source>
        <translation>Effort (1-10), moyenne mensuelle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="472" />
        <source>Effort (1-10): none saved in this range</source>
        <translation>Effort (1-10) : aucun enregistré sur cette période</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="41" />
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="42" />
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="43" />
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="44" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="45" />
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="76" />
        <source>Sets done</source>
        <translation>Séries faites</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="78" />
        <source>Each exercise and side: sets planned, done and time</source>
        <translation>Chaque exercice et côté : séries prévues, faites et durée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="85" />
        <source>How hard was it? (1 easy … 10 all-out)</source>
        <translation>À quel point était-ce difficile ? (1 facile … 10 à fond)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="94" />
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="96" />
        <location filename="../../hiptimer/ui/end_view.py" line="103" />
        <source>How hard the session was, from 1 easy to 10 all-out</source>
        <translation>Difficulté de la séance, de 1 (facile) à 10 (effort maximal)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="101" />
        <source>Effort from 1 to 10</source>
        <translation>Effort de 1 à 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="114" />
        <source>Pain or comfort note (optional), e.g. “left knee a bit sore”</source>
        <translation>Note sur la douleur ou le confort (facultatif), p. ex. « genou gauche un peu douloureux »</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="117" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="119" />
        <source>Pain or comfort note, optional; Enter saves</source>
        <translation>Note sur la douleur ou le confort, facultative ; Entrée enregistre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="122" />
        <location filename="../../hiptimer/ui/end_view.py" line="235" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="127" />
        <source>Save how it felt with this session (Enter)</source>
        <translation>Enregistrer votre ressenti avec cette séance (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="131" />
        <source>Back to start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="134" />
        <source>Back to the routine, ready for next time (Enter once saved)</source>
        <translation>Retour au programme, prêt pour la prochaine fois (Entrée une fois enregistré)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="137" />
        <source>See histor&amp;y  (Ctrl+H)</source>
        <translation>Voir l'&amp;historique  (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="140" />
        <source>This session among the others: charts and sets</source>
        <translation>Cette séance parmi les autres : graphiques et séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="151" />
        <source>Export this session as CSV…</source>
        <translation>Exporter cette séance en CSV…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="154" />
        <source>Keep a copy of this session in a file you choose</source>
        <translation>Conserver une copie de cette séance dans un fichier de votre choix</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="215" />
        <source>Rate the effort and add a note, then Save.</source>
        <translation>Notez l'effort et ajoutez une note, puis Enregistrer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="334" />
        <source>Saved with this session.</source>
        <translation>Enregistré avec cette séance.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="336" />
        <source>Kept with the session, which is not saved yet (see above).</source>
        <translation>Conservé avec la séance, qui n'est pas encore enregistrée (voir ci-dessus).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>ExerciseEditorDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="87" />
        <source>New exercise ({profile})</source>
        <translation>Nouvel exercice ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="89" />
        <source>Edit exercise: {name} ({profile})</source>
        <translation>Modifier l'exercice : {name} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="98" />
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="100" />
        <source>&amp;Drawn figure</source>
        <translation>Figure &amp;dessinée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="101" />
        <source>&amp;Own picture</source>
        <translation>Image &amp;personnelle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="103" />
        <source>A PNG or JPEG file, such as a photo of the exercise</source>
        <translation>Un fichier PNG ou JPEG, par exemple une photo de l'exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="105" />
        <source>Name card onl&amp;y</source>
        <translation>Carte du &amp;nom seule</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="113" />
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="115" />
        <source>Pick a PNG or JPEG; it is checked and copied into the profile</source>
        <translation>Choisissez un PNG ou un JPEG ; il est vérifié puis copié dans le profil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="149" />
        <source>Save into the library ({keys})</source>
        <translation>Enregistrer dans la bibliothèque ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="163" />
        <source>Invalid values are marked next to their field; Save is available once all are fine.</source>
        <translation>Les valeurs non valides sont signalées à côté de leur champ ; l'enregistrement est possible quand tout est correct.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="191" />
        <source>choose a picture file</source>
        <translation>choisissez un fichier image</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="223" />
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="225" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="237" />
        <source>{file} cannot be used: {problem}</source>
        <translation>Impossible d'utiliser {file} : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="81" />
        <source>Drawn figure</source>
        <translation>Figure dessinée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="83" />
        <source>The drawn figure that shows this exercise</source>
        <translation>La figure dessinée de cet exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="86" />
        <source>Show one of HipTimer's drawn figures</source>
        <translation>Afficher une des figures dessinées de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="89" />
        <source>Show a card with the exercise's name, no picture</source>
        <translation>Afficher une carte avec le nom de l'exercice, sans image</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="41" />
        <source>Both sides, left first</source>
        <translation>Deux côtés, gauche d'abord</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="42" />
        <source>Both sides, right first</source>
        <translation>Deux côtés, droit d'abord</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="43" />
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="44" />
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="45" />
        <source>Both legs together (no sides)</source>
        <translation>Deux jambes ensemble (sans côté)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="48" />
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="49" />
        <source>Hold for a time</source>
        <translation>Maintien chronométré</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="104" />
        <source>working leg, lying side, standing leg, kneeling leg, or own words</source>
        <translation>jambe de travail, côté allongé, jambe d'appui, jambe à genou ou texte libre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="110" />
        <source>What the side means for the body. Your own words may say {side} and {other}, for example: Lie on your {other} side, {side} knee opens</source>
        <translation>Ce que le côté désigne pour le corps. Votre texte peut contenir {side} et {other}, par exemple : Allongez-vous sur le côté {other}, le genou {side} s'ouvre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="124" />
        <source>Self-paced: the runner presses Done</source>
        <translation>À son rythme : le coureur appuie sur Terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="134" />
        <source>Seconds for the {phase} phase of each repetition</source>
        <translation>Secondes de la phase « {phase} » de chaque répétition</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="141" />
        <source>for example: green band, mat</source>
        <translation>par exemple : bande verte, tapis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="145" />
        <source>One short cue per line, up to six</source>
        <translation>Une consigne courte par ligne, six au maximum</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="154" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="155" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="158" />
        <source>S&amp;ides</source>
        <translation>&amp;Côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="160" />
        <source>Side &amp;means</source>
        <translation>Le côté &amp;désigne</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="163" />
        <source>S&amp;ets</source>
        <translation>&amp;Séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="164" />
        <source>&amp;Reps per set</source>
        <translation>&amp;Répétitions par série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="165" />
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="169" />
        <source>&amp;Tempo</source>
        <translation>T&amp;empo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="176" />
        <source>Rest between side&amp;s</source>
        <translation>Rep&amp;os entre les côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="181" />
        <source>Rest between sets</source>
        <translation>Repos entre les séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="184" />
        <source>E&amp;quipment</source>
        <translation>M&amp;atériel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="186" />
        <source>&amp;Cues</source>
        <translation>Consi&amp;gnes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="318" />
        <source>Only used when both sides are worked</source>
        <translation>Utilisé seulement quand les deux côtés travaillent</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="27" />
        <source>The exercise's name, as the runner sees it</source>
        <translation>Le nom de l'exercice, tel que le coureur le voit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="28" />
        <source>Repetitions or a hold</source>
        <translation>Répétitions ou maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="31" />
        <source>Which sides are worked, and which comes first</source>
        <translation>Quels côtés sont travaillés, et lequel d'abord</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="33" />
        <source>How many sets on each side</source>
        <translation>Combien de séries de chaque côté</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="34" />
        <source>Repetitions in each set</source>
        <translation>Répétitions par série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="35" />
        <source>Seconds to hold in each set</source>
        <translation>Secondes de maintien par série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="36" />
        <source>No tempo: the runner presses Done</source>
        <translation>Sans tempo : le coureur appuie sur Terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="37" />
        <source>Seconds of rest between two sets</source>
        <translation>Secondes de repos entre deux séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="40" />
        <source>What the exercise needs, separated by commas</source>
        <translation>Ce dont l'exercice a besoin, séparé par des virgules</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="44" />
        <source>Short reminders shown during the set, one a line</source>
        <translation>Consignes courtes pendant la série, une par ligne</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="51" />
        <source>Seconds of rest before the other side</source>
        <translation>Secondes de repos avant l'autre côté</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="119" />
        <source>The exercise library: Enter opens one</source>
        <translation>La bibliothèque d'exercices : Entrée en ouvre un</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="43" />
        <source>Exercise library: {profile}</source>
        <translation>Bibliothèque d'exercices : {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="50" />
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="74" />
        <source>&amp;New exercise</source>
        <translation>&amp;Nouvel exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="76" />
        <source>Make a new exercise of your own</source>
        <translation>Créer votre propre exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="80" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="82" />
        <source>Copy this exercise to change it as your own</source>
        <translation>Copier cet exercice pour le modifier à votre façon</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="86" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="88" />
        <source>Change this exercise</source>
        <translation>Modifier cet exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="92" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="94" />
        <source>Delete this exercise</source>
        <translation>Supprimer cet exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="131" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="133" />
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="145" />
        <source>Built-in exercises (read-only)</source>
        <translation>Exercices intégrés (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="149" />
        <source>Your exercises</source>
        <translation>Vos exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="151" />
        <source>Your exercises: none yet</source>
        <translation>Vos exercices : aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="175" />
        <source>Built-in: duplicate it to change it</source>
        <translation>Intégré : dupliquez-le pour le modifier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="196" />
        <source>Built-in exercises are read-only: Duplicate makes a copy</source>
        <translation>Les exercices intégrés sont en lecture seule : Dupliquer en fait une copie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="200" />
        <source>Change this exercise (F2)</source>
        <translation>Modifier cet exercice (F2)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="205" />
        <source>Choose an exercise on the left.</source>
        <translation>Choisissez un exercice à gauche.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="215" />
        <source>Built-in, read-only: Duplicate makes a copy you can change.</source>
        <translation>Intégré, en lecture seule : Dupliquer en fait une copie modifiable.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="220" />
        <source>Your own exercise.</source>
        <translation>Votre propre exercice.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="260" />
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="272" />
        <source>Delete exercise</source>
        <translation>Supprimer l'exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="261" />
        <source>Delete {name} from the library? Routines that use it keep their own copy.</source>
        <translation>Supprimer {name} de la bibliothèque ? Les programmes qui l'utilisent gardent leur propre copie.</translation>
    </message>
</context>
<context>
    <name>ExerciseRow</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="75" />
        <source>Picture of {name}</source>
        <translation>Image de {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="94" />
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="96" />
        <source>Needs: {needs}</source>
        <translation>Matériel : {needs}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="112" />
        <source>Time for this exercise, with its rests</source>
        <translation>Durée de cet exercice, repos compris</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="27" />
        <source>Single-leg glute bridge</source>
        <translation>Pont fessier unipodal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="34" />
        <location filename="../../hiptimer/core/builtin.py" line="76" />
        <location filename="../../hiptimer/core/builtin.py" line="117" />
        <source>mat</source>
        <translation>tapis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="47" />
        <source>Lateral band steps</source>
        <translation>Pas latéraux avec élastique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="54" />
        <source>resistance band</source>
        <translation>élastique de résistance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="69" />
        <source>Clamshells</source>
        <translation>Coquillages (clamshell)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="89" />
        <source>Hip hikes</source>
        <translation>Élévation du bassin sur une marche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="97" />
        <source>step or sturdy box</source>
        <translation>marche ou caisse stable</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="110" />
        <source>Donkey kicks</source>
        <translation>Extension de hanche à quatre pattes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="130" />
        <source>Half-kneeling hip flexor stretch</source>
        <translation>Étirement des fléchisseurs de hanche en chevalier servant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="137" />
        <source>cushion for the knee</source>
        <translation>coussin pour le genou</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="160" />
        <source>Hip strength for runners</source>
        <translation>Renforcement des hanches pour coureurs</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../hiptimer/core/files.py" line="166" />
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="168" />
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="170" />
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="172" />
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="173" />
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="189" />
        <location filename="../../hiptimer/core/files.py" line="197" />
        <source>it is {kind}, not a file</source>
        <translation>c'est {kind}, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="216" />
        <source>the file is {size:.1f} MB; {what} is at most {limit:.0f} MB</source>
        <translation>le fichier fait {size:.1f} Mo ; {what} fait au plus {limit:.0f} Mo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="223" />
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="227" />
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="233" />
        <source>the file is larger than {limit:.0f} MB</source>
        <translation>le fichier dépasse {limit:.0f} Mo</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="20" />
        <source>How often</source>
        <translation>À quelle fréquence</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="21" />
        <source>2 or 3 times a week, with at least one rest day between sessions.</source>
        <translation>2 ou 3 fois par semaine, avec au moins un jour de repos entre les séances.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="26" />
        <source>Stop if it hurts</source>
        <translation>Arrêtez en cas de douleur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="27" />
        <source>stop an exercise if pain rises above 5 out of 10 while you do it, or if the pain is worse the next morning, and tell your trainer before going on.</source>
        <translation>arrêtez un exercice si la douleur dépasse 5 sur 10 pendant l'effort, ou si elle est pire le lendemain matin, et parlez-en à votre entraîneur avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="34" />
        <source>How to progress</source>
        <translation>Comment progresser</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="35" />
        <source>when every set feels easy with good form for two sessions running, add 2 reps per set (5 s per hold); once that is easy too, add a set.</source>
        <translation>quand chaque série paraît facile avec une bonne technique deux séances de suite, ajoutez 2 répétitions par série (5 s par maintien) ; quand c'est facile aussi, ajoutez une série.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="42" />
        <source>Left and right</source>
        <translation>Gauche et droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="43" />
        <source>the side named is the working side; the line for each side says how to place your body.</source>
        <translation>le côté indiqué est le côté qui travaille ; la ligne de chaque côté dit comment placer le corps.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="50" />
        <source>Ticks</source>
        <translation>Cases à cocher</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="51" />
        <source>after each session, tick one box per side: the columns are sessions, not days.</source>
        <translation>après chaque séance, cochez une case par côté : les colonnes sont des séances, pas des jours.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="62" />
        <source>Both</source>
        <comment>a tick row for both legs at once</comment>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="69" />
        <source>{heading}: </source>
        <translation>{heading} : </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="77" />
        <source>The built-in exercises follow {article}. The wording and the drawings are HipTimer's own.</source>
        <translation>Les exercices intégrés suivent {article}. Les textes et les dessins sont ceux de HipTimer.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="64" />
        <source>Handout: {routine} ({profile})</source>
        <translation>Fiche : {routine} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="72" />
        <source>printed at the top; may stay empty</source>
        <translation>imprimé en haut ; peut rester vide</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="76" />
        <source>printed at the top; empty leaves a line to sign</source>
        <translation>imprimé en haut ; vide, il laisse une ligne pour signer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="80" />
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="85" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="87" />
        <source>Choose the folder and name of the PDF</source>
        <translation>Choisissez le dossier et le nom du PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="91" />
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;Ouvrir le PDF une fois créé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="97" />
        <source>&amp;Client's name</source>
        <translation>Nom du &amp;client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="98" />
        <source>&amp;Trainer's name</source>
        <translation>Nom du coac&amp;h</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="99" />
        <source>&amp;Paper</source>
        <translation>Papi&amp;er</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="100" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="105" />
        <source>&amp;Write PDF</source>
        <translation>C&amp;réer le PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="118" />
        <source>Save the handout</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="120" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="128" />
        <source>choose a file for the PDF</source>
        <translation>choisissez un fichier pour le PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="95" />
        <source>The paper size to print on</source>
        <translation>Le format de papier pour l'impression</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="98" />
        <source>Where the PDF is written</source>
        <translation>Où le PDF est enregistré</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="101" />
        <source>Show the handout in the PDF viewer once it is written</source>
        <translation>Ouvrir la fiche dans le lecteur PDF une fois écrite</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../hiptimer/store/database.py" line="212" />
        <source>{target} already exists; HipTimer does not overwrite it</source>
        <translation>{target} existe déjà ; HipTimer ne l'écrase pas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/database.py" line="229" />
        <source>The copy {target} failed its integrity check: {problem}</source>
        <translation>La copie {target} a échoué au contrôle d'intégrité : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="34" />
        <source>The disk holding your history is full, so {doing} failed ({path}). Everything saved before this is safe. Free some disk space; HipTimer saves what is waiting as soon as it can.</source>
        <translation>Le disque contenant votre historique est plein : échec de l'opération « {doing} » ({path}). Tout ce qui a été enregistré avant est en sécurité. Libérez de l'espace disque ; HipTimer enregistre ce qui est en attente dès que possible.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="45" />
        <source>Your history file is read-only, so {doing} failed ({path}). Make the file writable (check its permissions), then start HipTimer again.</source>
        <translation>Votre fichier d'historique est en lecture seule : échec de l'opération « {doing} » ({path}). Rendez le fichier modifiable (vérifiez ses droits), puis relancez HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="53" />
        <source>The history database is busy in another program, so {doing} failed ({path}). Close other copies of HipTimer or programs that have the file open, then try again.</source>
        <translation>La base de l'historique est occupée par un autre programme : échec de l'opération « {doing} » ({path}). Fermez les autres instances de HipTimer ou les programmes qui ont ouvert le fichier, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="60" />
        <source>{doing} failed: {error} ({path})</source>
        <translation>Échec de l'opération « {doing} » : {error} ({path})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="257" />
        <source>Today's backup of your history could not be written ({error}). Your history itself is fine; HipTimer tries again next time it starts.</source>
        <translation>La sauvegarde du jour de votre historique n'a pas pu être écrite ({error}). Votre historique lui-même est intact ; HipTimer réessaie au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="284" />
        <source>starting the session's record</source>
        <translation>ouverture de l'enregistrement de la séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="303" />
        <source>saving the set</source>
        <translation>enregistrement de la série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="308" />
        <source>closing the session's record</source>
        <translation>clôture de l'enregistrement de la séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="318" />
        <source>saving your effort and note</source>
        <translation>enregistrement de votre effort et de votre note</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="325" />
        <location filename="../../hiptimer/store/progress.py" line="96" />
        <source>There is no session {session_id} in this history</source>
        <translation>Aucune séance {session_id} dans cet historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="390" />
        <source>closing the interrupted session</source>
        <translation>clôture de la séance interrompue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="400" />
        <source>deleting the session</source>
        <translation>suppression de la séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="437" />
        <source>adding the sessions</source>
        <translation>ajout des séances</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="478" />
        <source>removing the demo sessions</source>
        <translation>retrait des séances de démonstration</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="493" />
        <source>saving the weekly plan</source>
        <translation>enregistrement du plan hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="79" />
        <source>saving how the exercises went</source>
        <translation>enregistrement du déroulement des exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="90" />
        <source>saving this morning's answer</source>
        <translation>enregistrement de la réponse de ce matin</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="125" />
        <source>saving the new dose</source>
        <translation>enregistrement du nouveau dosage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="87" />
        <source>The file {name} in {folder} is not a HipTimer history ({problem}). HipTimer did not change it: it was renamed to {new_name}; nothing was deleted.</source>
        <translation>Le fichier {name} dans {folder} n'est pas un historique HipTimer ({problem}). HipTimer ne l'a pas modifié : il a été renommé en {new_name} ; rien n'a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="98" />
        <source>Your history could not be read ({problem}). The damaged file was kept and renamed to {new_name} in {folder}; nothing was deleted.</source>
        <translation>Votre historique n'a pas pu être lu ({problem}). Le fichier endommagé a été conservé et renommé en {new_name} dans {folder} ; rien n'a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="107" />
        <source>There is no intact backup, so HipTimer starts an empty history.</source>
        <translation>Aucune sauvegarde intacte : HipTimer démarre avec un historique vide.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="116" />
        <source>The newest intact backup is from {day}: restore it to get your history back up to that day, or start an empty history.</source>
        <translation>La sauvegarde intacte la plus récente date du {day} : restaurez-la pour retrouver votre historique jusqu'à ce jour, ou démarrez avec un historique vide.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="126" />
        <source>There is no intact backup to restore</source>
        <translation>Aucune sauvegarde intacte à restaurer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="141" />
        <source>The backup {backup} is damaged too; choose an older one</source>
        <translation>La sauvegarde {backup} est endommagée aussi ; choisissez-en une plus ancienne</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="235" />
        <source>Your history {path} cannot be read: {strerror}</source>
        <translation>Votre historique {path} est illisible : {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="240" />
        <source>file is not a database</source>
        <translation>le fichier n'est pas une base de données</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="249" />
        <location filename="../../hiptimer/store/recovery.py" line="428" />
        <source>opening your history</source>
        <translation>ouverture de votre historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="255" />
        <source>checking your history</source>
        <translation>vérification de votre historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="267" />
        <source>it belongs to another program, application id {id:#x}</source>
        <translation>il appartient à un autre programme, identifiant d'application {id:#x}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="274" />
        <source>its tables are not a HipTimer history's: {tables}</source>
        <translation>ses tables ne sont pas celles d'un historique HipTimer : {tables}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="308" />
        <source>Your history {path} cannot be checked: {problem}</source>
        <translation>Votre historique {path} ne peut pas être vérifié : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="328" />
        <source>A log file beside your history did not belong to it ({why}); it was renamed to {name} in {folder} and not used. Your history is as it was last saved.</source>
        <translation>Un fichier journal à côté de votre historique ne lui appartenait pas ({why}) ; il a été renommé en {name} dans {folder} et n'a pas été utilisé. Votre historique est tel qu'au dernier enregistrement.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="415" />
        <source>it does not make a HipTimer history</source>
        <translation>il ne forme pas un historique HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="423" />
        <source>there is no database for it</source>
        <translation>il n'existe aucune base de données pour lui</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="436" />
        <source>Your history {path} is read-only and from an older HipTimer, so it cannot be upgraded. Make the file writable, then start HipTimer again.</source>
        <translation>Votre historique {path} est en lecture seule et provient d'une ancienne version de HipTimer : il ne peut pas être mis à niveau. Rendez le fichier modifiable, puis relancez HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="445" />
        <source>Your history file {path} is read-only: your past sessions show, but new sessions cannot be saved until you make it writable again.</source>
        <translation>Votre fichier d'historique {path} est en lecture seule : vos séances passées s'affichent, mais les nouvelles ne peuvent pas être enregistrées tant qu'il n'est pas de nouveau modifiable.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="465" />
        <source>preparing your history</source>
        <translation>préparation de votre historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="94" />
        <source>this report comes from another history than the reports imported into profile {profile!r} before (it was made by profile {profile2!r})</source>
        <translation>ce bilan provient d'un autre historique que les bilans importés auparavant dans le profil {profile!r} (il a été créé par le profil {profile2!r})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="103" />
        <source>this report is from profile {profile!r}, not {profile2!r}</source>
        <translation>ce bilan vient du profil {profile!r}, et non {profile2!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/schema.py" line="303" />
        <source>This history was written by a newer HipTimer (schema version {current}, this one knows up to {newest}). Update HipTimer to open it; the file is left as it is.</source>
        <translation>Cet historique a été écrit par une version plus récente de HipTimer (version de schéma {current}, celle-ci connaît jusqu'à {newest}). Mettez HipTimer à jour pour l'ouvrir ; le fichier est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>HistoryLink</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="109" />
        <location filename="../../hiptimer/ui/history_link.py" line="135" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="110" />
        <source>Your history cannot be opened, so sessions will not be saved.</source>
        <translation>Impossible d'ouvrir votre historique : les séances ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="113" />
        <source>{error}

You can still follow the routine.</source>
        <translation>{error}

Vous pouvez tout de même suivre le programme.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="128" />
        <source>Your history is read-only: new sessions will not be saved.</source>
        <translation>Votre historique est en lecture seule : les nouvelles séances ne seront pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="132" />
        <source>A file beside your history was set aside.</source>
        <translation>Un fichier à côté de votre historique a été mis de côté.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="139" />
        <source>The history is read-only: sessions are not saved.</source>
        <translation>L'historique est en lecture seule : les séances ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="174" />
        <source>{weekday} {day} {month} at {time}</source>
        <translation>{weekday} {day} {month} à {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="187" />
        <source>Your last session was cut short.</source>
        <translation>Votre dernière séance a été interrompue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="188" />
        <source>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</source>
        <translation>
            <numerusform>{routine}, {when} : {saved} séries sur %n ont été enregistrées. Reprendre là où elle s'est arrêtée, ou la garder dans l'historique comme interrompue ?</numerusform>
            <numerusform>{routine}, {when} : {saved} séries sur %n ont été enregistrées. Reprendre là où elle s'est arrêtée, ou la garder dans l'historique comme interrompue ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Keep as interrupted</source>
        <translation>Garder comme interrompue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="212" />
        <source>This session is not being saved: the history is not open.</source>
        <translation>Cette séance n'est pas enregistrée : l'historique n'est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="219" />
        <source>This session is not being saved: the history is read-only.</source>
        <translation>Cette séance n'est pas enregistrée : l'historique est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="288" />
        <source>An earlier session that waited in memory is now saved.</source>
        <translation>Une séance précédente en attente en mémoire est maintenant enregistrée.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="301" />
        <source>The session that waited in memory is now saved in your history.</source>
        <translation>La séance en attente en mémoire est maintenant enregistrée dans votre historique.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="327" />
        <source>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</source>
        <translation>
            <numerusform>%n séance de {profile} n'a pas pu être enregistrée : l'historique n'a pas pu être écrit, elle n'y figure donc pas.</numerusform>
            <numerusform>%n séance de {profile} n'a pas pu être enregistrée : l'historique n'a pas pu être écrit, elle n'y figure donc pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="335" />
        <source>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</source>
        <translation>
            <numerusform>%n séances de {profile} n'ont pas pu être enregistrées : l'historique n'a pas pu être écrit, elles n'y figurent donc pas.</numerusform>
            <numerusform>%n séances de {profile} n'ont pas pu être enregistrées : l'historique n'a pas pu être écrit, elles n'y figurent donc pas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="356" />
        <source>the disk holding your history is full</source>
        <translation>le disque qui contient votre historique est plein</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="358" />
        <source>your history cannot be written</source>
        <translation>impossible d'écrire dans votre historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="363" />
        <source>This session could not be saved: {why}. HipTimer tries again while it stays open, but if it is closed first, the session is lost. Export it as CSV to keep it.</source>
        <translation>Cette séance n'a pas pu être enregistrée : {why}. HipTimer réessaie tant qu'il reste ouvert, mais s'il est fermé avant, la séance est perdue. Exportez-la en CSV pour la conserver.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="394" />
        <source>Export this session</source>
        <translation>Exporter cette séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="396" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="413" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="414" />
        <source>The session could not be exported.</source>
        <translation>La séance n'a pas pu être exportée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="418" />
        <source>Exported this session (%n sets) to {path}.</source>
        <translation>
            <numerusform>Séance exportée (%n séries) vers {path}.</numerusform>
            <numerusform>Séance exportée (%n séries) vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="477" />
        <source>The history is not open: the plan cannot be changed now.</source>
        <translation>L'historique n'est pas ouvert : impossible de modifier le planning pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="506" />
        <source>Weekly plan</source>
        <translation>Planning hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="507" />
        <source>The plan could not be saved.</source>
        <translation>Le planning n'a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="522" />
        <source>Start at login</source>
        <translation>Lancer à l'ouverture de session</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="523" />
        <source>HipTimer could not change its start at login; the plan itself is saved.</source>
        <translation>HipTimer n'a pas pu modifier son lancement à l'ouverture de session ; le planning lui-même est enregistré.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="563" />
        <source>Some pictures cannot be shown: {error}.</source>
        <translation>Certaines images ne peuvent pas être affichées : {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="81" />
        <source>Your history is not open yet: choose what to do with it from History (Ctrl+H), or when HipTimer starts next.</source>
        <translation>Votre historique n'est pas encore ouvert : choisissez quoi en faire depuis Historique (Ctrl+H), ou au prochain démarrage de HipTimer.</translation>
    </message>
</context>
<context>
    <name>HistoryRecovery</name>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="92" />
        <source>Your history was restored from its backup.</source>
        <translation>Votre historique a été restauré depuis sa sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="100" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="101" />
        <source>Your history cannot be opened.</source>
        <translation>Impossible d'ouvrir votre historique.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="108" />
        <source>Your history file is not a HipTimer history.</source>
        <translation>Votre fichier d'historique n'est pas un historique HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="110" />
        <source>Your history file was damaged.</source>
        <translation>Votre fichier d'historique était endommagé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="116" />
        <location filename="../../hiptimer/ui/history_recovery.py" line="127" />
        <source>Start an empty history</source>
        <translation>Commencer un historique vide</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="126" />
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="16" />
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="17" />
        <source>Reps per week chart</source>
        <translation>Graphique des répétitions par semaine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="19" />
        <source>Reps or seconds held per week for one exercise, left and right</source>
        <translation>Répétitions ou secondes de maintien par semaine pour un exercice, à gauche et à droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="21" />
        <source>Sessions per week chart</source>
        <translation>Graphique des séances par semaine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="23" />
        <source>Sessions done each week against the plan</source>
        <translation>Séances faites chaque semaine par rapport au plan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="25" />
        <source>Effort chart</source>
        <translation>Graphique de l'effort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="27" />
        <source>How hard each session felt, from 1 to 10</source>
        <translation>Difficulté ressentie de chaque séance, de 1 à 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="29" />
        <source>Left and right balance</source>
        <translation>Équilibre gauche-droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="31" />
        <source>Work done on each side of each exercise</source>
        <translation>Travail fait de chaque côté pour chaque exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="33" />
        <location filename="../../hiptimer/ui/history/window.py" line="186" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="35" />
        <source>Every set of every session in the chosen range</source>
        <translation>Chaque série de chaque séance de la période choisie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="37" />
        <location filename="../../hiptimer/ui/history/names.py" line="41" />
        <source>Tables</source>
        <translation>Tableaux</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="39" />
        <source>The balance table and the sessions table</source>
        <translation>Le tableau d'équilibre et le tableau des séances</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="43" />
        <source>Choose the balance table or the sessions table</source>
        <translation>Choisissez le tableau d'équilibre ou le tableau des séances</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="46" />
        <source>Remove the made-up demo sessions from this history</source>
        <translation>Retirer de cet historique les séances de démonstration fictives</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="55" />
        <source>8 weeks</source>
        <translation>8 semaines</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="56" />
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="57" />
        <source>All time</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="62" />
        <source>the last 8 weeks</source>
        <translation>les 8 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="63" />
        <source>the last 6 months</source>
        <translation>les 6 derniers mois</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="64" />
        <source>all of the history</source>
        <translation>tout l'historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="93" />
        <source>History: {profile}</source>
        <translation>Historique : {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="102" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="105" />
        <source>&amp;Close</source>
        <translation>Fe&amp;rmer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="108" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="116" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="122" />
        <source>Show {range} ({keys})</source>
        <translation>Afficher {range} ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="135" />
        <source>Exercise:</source>
        <translation>Exercice :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="140" />
        <source>Which exercise the main chart shows</source>
        <translation>Exercice affiché dans le graphique principal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="145" />
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Exporter en CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="147" />
        <source>Save the sets in this range as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer les séries de cette période dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="156" />
        <source>These charts include made-up demo sessions, to show what the history looks like.</source>
        <translation>Ces graphiques contiennent des séances de démonstration fictives, pour montrer à quoi ressemble l'historique.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="162" />
        <location filename="../../hiptimer/ui/history/window.py" line="421" />
        <location filename="../../hiptimer/ui/history/window.py" line="433" />
        <source>Remove demo sessions</source>
        <translation>Retirer les séances de démonstration</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="185" />
        <location filename="../../hiptimer/ui/history/window.py" line="301" />
        <source>Left / right balance</source>
        <translation>Équilibre gauche / droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="189" />
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="206" />
        <source>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Aucune séance pour l'instant&lt;/h3&gt;&lt;p&gt;Terminez un programme et ses séries apparaîtront ici, semaine après semaine et côté par côté.&lt;/p&gt;&lt;p&gt;Pour découvrir d'abord, remplissez cet historique avec %n semaines de séances fictives ; un clic suffit à les retirer.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Aucune séance pour l'instant&lt;/h3&gt;&lt;p&gt;Terminez un programme et ses séries apparaîtront ici, semaine après semaine et côté par côté.&lt;/p&gt;&lt;p&gt;Pour découvrir d'abord, remplissez cet historique avec %n semaines de séances fictives ; un clic suffit à les retirer.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="217" />
        <location filename="../../hiptimer/ui/history/window.py" line="382" />
        <location filename="../../hiptimer/ui/history/window.py" line="401" />
        <location filename="../../hiptimer/ui/history/window.py" line="410" />
        <source>Try with made-up data</source>
        <translation>Essayer avec des données fictives</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="219" />
        <source>Fill this profile's empty history with %n weeks of made-up sessions</source>
        <translation>
            <numerusform>Remplir l'historique vide de ce profil avec %n semaines de séances fictives</numerusform>
            <numerusform>Remplir l'historique vide de ce profil avec %n semaines de séances fictives</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="244" />
        <location filename="../../hiptimer/ui/history/window.py" line="349" />
        <source>Point at a bar or a dot to see its numbers.</source>
        <translation>Survolez une barre ou un point pour voir ses valeurs.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="296" />
        <source>Sessions ({count})</source>
        <translation>Séances ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="302" />
        <source> (⚠ %n to check)</source>
        <translation>
            <numerusform> (⚠ %n à vérifier)</numerusform>
            <numerusform> (⚠ %n à vérifier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="338" />
        <source>the last %n weeks</source>
        <translation>
            <numerusform>les %n dernières semaines</numerusform>
            <numerusform>les %n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="359" />
        <source>Export {range} as CSV</source>
        <translation>Exporter {range} en CSV</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="361" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="371" />
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="373" />
        <source>Saved %n sets from {range} to {path}</source>
        <translation>
            <numerusform>%n séries de {range} enregistrées dans {path}</numerusform>
            <numerusform>%n séries de {range} enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="383" />
        <source>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</source>
        <translation>
            <numerusform>Remplir l'historique de {profile} avec %n semaines de séances fictives ? Elles sont marquées comme séances de démonstration, et « Retirer les séances de démonstration » les enlève.</numerusform>
            <numerusform>Remplir l'historique de {profile} avec %n semaines de séances fictives ? Elles sont marquées comme séances de démonstration, et « Retirer les séances de démonstration » les enlève.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="402" />
        <source>This history has sessions of its own now.</source>
        <translation>Cet historique contient maintenant ses propres séances.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="414" />
        <source>Added %n made-up sessions</source>
        <translation>
            <numerusform>Séances fictives ajoutées : %n</numerusform>
            <numerusform>Séances fictives ajoutées : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="422" />
        <source>Remove the made-up demo sessions from this profile? Your own sessions stay.</source>
        <translation>Retirer les séances de démonstration fictives de ce profil ? Vos propres séances sont conservées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="437" />
        <source>Removed %n demo sessions</source>
        <translation>
            <numerusform>Séances de démonstration retirées : %n</numerusform>
            <numerusform>Séances de démonstration retirées : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="35" />
        <source>hiptimer: ignoring {setting}: expected {expected}</source>
        <translation>hiptimer : {setting} ignoré : {expected} attendu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="49" />
        <source>a step number (0 or more)</source>
        <translation>un numéro d'étape (0 ou plus)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="59" />
        <source>a number from 1 to {maximum}</source>
        <translation>un nombre de 1 à {maximum}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="58" />
        <source>Drag into the routine, or press Enter to add it at the end</source>
        <translation>Faites glisser dans le programme, ou appuyez sur Entrée pour l'ajouter à la fin</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="160" />
        <source>{file}: not a HipTimer exercise file</source>
        <translation>{file} : pas un fichier d'exercice HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="164" />
        <source>{file}: the file version should be 1 to {known} (was {value})</source>
        <translation>{file} : la version du fichier doit être de 1 à {known} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="172" />
        <source>{file}: HipTimer does not know the field {name}; remove it</source>
        <translation>{file} : HipTimer ne connaît pas le champ {name} ; retirez-le</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="332" />
        <source>Session done — {app}</source>
        <translation>Séance terminée — {app}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="414" />
        <source>Muted: M to hear beeps and speech again</source>
        <translation>Son coupé : M pour réentendre les bips et la voix</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="446" />
        <source>Could not save the settings ({error}); they apply until HipTimer closes.</source>
        <translation>Impossible d'enregistrer les paramètres ({error}) ; ils s'appliquent jusqu'à la fermeture de HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="503" />
        <source>Routine file</source>
        <translation>Fichier de programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="504" />
        <source>This routine file cannot be used.</source>
        <translation>Ce fichier de programme est inutilisable.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="520" />
        <source>Opened {name}</source>
        <translation>Ouvert : {name}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="26" />
        <source>at</source>
        <comment>the column of when a step starts</comment>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="27" />
        <source>step</source>
        <comment>the column of a step's kind</comment>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="28" />
        <source>what</source>
        <comment>the column of a step's title</comment>
        <translation>quoi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="29" />
        <source>set</source>
        <comment>the column of the set number</comment>
        <translation>série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="30" />
        <source>reps</source>
        <comment>the column of the repetitions</comment>
        <translation>rép.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="31" />
        <source>time</source>
        <comment>the column of a step's duration</comment>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="32" />
        <source>(own)</source>
        <comment>a self-paced set's time: at the runner's own pace</comment>
        <translation>(libre)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="58" />
        <source>Total: {time}</source>
        <translation>Total : {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="61" />
        <source>(self-paced sets are counted at a typical pace)</source>
        <translation>(les séries à votre rythme sont comptées à un rythme habituel)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="70" />
        <source>Plan: {days} ({count} a week)</source>
        <translation>Plan : {days} ({count} par semaine)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="72" />
        <source>planned</source>
        <comment>a day of the weekly plan</comment>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="73" />
        <source>extra</source>
        <comment>a day trained outside the weekly plan</comment>
        <translation>en plus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="84" />
        <source>done</source>
        <comment>a day of the week</comment>
        <translation>fait</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/plan.py" line="86" />
        <source>done (%n session(s))</source>
        <translation>
            <numerusform>fait (%n séance)</numerusform>
            <numerusform>fait (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="88" />
        <source>missed</source>
        <comment>a day of the week</comment>
        <translation>manqué</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="90" />
        <source>today</source>
        <comment>a day of the week</comment>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="92" />
        <source>to come</source>
        <comment>a day of the week</comment>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="122" />
        <source>plan --week takes no routine file and no --json</source>
        <translation>plan --week ne prend ni fichier de programme ni --json</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="22" />
        <source>Choose at least one day: a plan needs a day to remind you on.</source>
        <translation>Choisissez au moins un jour : un planning a besoin d'un jour pour vous le rappeler.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="32" />
        <source>Weekly plan — HipTimer</source>
        <translation>Planning hebdomadaire — HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="47" />
        <source>Run in the background at login (reminders with no window)</source>
        <translation>Lancer en arrière-plan à l'ouverture de session (rappels sans fenêtre)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="52" />
        <source>The time of day a reminder comes on the planned days</source>
        <translation>L'heure à laquelle un rappel arrive les jours prévus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="55" />
        <source>Start HipTimer at login without a window, so reminders come</source>
        <translation>Lancer HipTimer sans fenêtre à l'ouverture de session, pour recevoir les rappels</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="62" />
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="63" />
        <source>Remind at:</source>
        <translation>Rappel à :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="65" />
        <source>The plan of profile {profile}. A week counts towards your streak when its planned sessions are done; a reminder comes at the planned time.</source>
        <translation>Le planning du profil {profile}. Une semaine compte dans vos semaines d'affilée quand ses séances prévues sont faites ; un rappel arrive à l'heure prévue.</translation>
    </message>
</context>
<context>
    <name>ProfileLink</name>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="120" />
        <source>The built-in routine is open: {error}.</source>
        <translation>Le programme intégré est ouvert : {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="141" />
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="143" />
        <source>Charts of your sets per week, and CSV export</source>
        <translation>Graphiques de vos séries par semaine, et export CSV</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="147" />
        <source>&amp;Routines…</source>
        <translation>&amp;Programmes…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="149" />
        <source>Choose, edit, import or print a routine</source>
        <translation>Choisir, modifier, importer ou imprimer un programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="153" />
        <source>Exercise &amp;library…</source>
        <translation>&amp;Bibliothèque d'exercices…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="155" />
        <source>Built-in and custom exercises</source>
        <translation>Exercices intégrés et personnalisés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="159" />
        <source>&amp;Profiles…</source>
        <translation>P&amp;rofils…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="161" />
        <source>One profile per person: switch, create, rename, archive</source>
        <translation>Un profil par personne : changer, créer, renommer, archiver</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="165" />
        <source>Send &amp;report to trainer…</source>
        <translation>Envoyer le bilan au &amp;coach…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="167" />
        <source>Save your sessions, effort and notes as one file for your trainer</source>
        <translation>Enregistrer vos séances, efforts et notes dans un seul fichier pour votre coach</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="175" />
        <source>Weekly &amp;plan and reminders…</source>
        <translation>P&amp;lanning hebdomadaire et rappels…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="177" />
        <source>Which days you train, when to remind you, start at login</source>
        <translation>Jours d'entraînement, heure du rappel, lancement à l'ouverture de session</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="180" />
        <source>His&amp;tory</source>
        <translation>His&amp;torique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="183" />
        <source>&amp;Routines</source>
        <translation>Pro&amp;grammes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="193" />
        <source>Routines…  (Ctrl+R)</source>
        <translation>Programmes…  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="210" />
        <source>Whose routines and history (Ctrl+P to manage profiles)</source>
        <translation>À qui sont les programmes et l'historique (Ctrl+P pour gérer les profils)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="214" />
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="234" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="235" />
        <source>The history is not open.</source>
        <translation>L'historique n'est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="236" />
        <source>See the message shown when HipTimer started.</source>
        <translation>Voir le message affiché au démarrage de HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="258" />
        <location filename="../../hiptimer/ui/profile_link.py" line="269" />
        <location filename="../../hiptimer/ui/profile_link.py" line="278" />
        <source>Send report</source>
        <translation>Envoyer le bilan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="259" />
        <source>The history is not open, so there is nothing to send.</source>
        <translation>L'historique n'est pas ouvert : il n'y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="270" />
        <source>The report could not be saved: {error}.</source>
        <translation>Le bilan n'a pas pu être enregistré : {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="273" />
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Choisissez un autre dossier, ou libérez de l'espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="331" />
        <location filename="../../hiptimer/ui/profile_link.py" line="341" />
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="332" />
        <source>This routine belongs to {owner}; {shown} is shown now.</source>
        <translation>Ce programme appartient à {owner} ; {shown} est affiché maintenant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="335" />
        <source>Switch back to {owner} to use it.</source>
        <translation>Revenez à {owner} pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="342" />
        <location filename="../../hiptimer/ui/profile_link.py" line="361" />
        <source>End the session first.</source>
        <translation>Terminez d'abord la séance.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="343" />
        <source>The routine changes once this session is over.</source>
        <translation>Le programme changera une fois cette séance terminée.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="360" />
        <location filename="../../hiptimer/ui/profile_link.py" line="377" />
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="362" />
        <source>The profile can change once this session is over.</source>
        <translation>Le profil pourra changer une fois cette séance terminée.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="378" />
        <source>{name} is open in another HipTimer window.</source>
        <translation>{name} est ouvert dans une autre fenêtre HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="381" />
        <source>That window was asked to come to the front.</source>
        <translation>Cette fenêtre a été invitée à passer au premier plan.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="383" />
        <source>That window did not answer (it may be busy or hung); close it before switching to this profile here.</source>
        <translation>Cette fenêtre n'a pas répondu (elle est peut-être occupée ou bloquée) ; fermez-la avant de passer à ce profil ici.</translation>
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
        <translation>La personne dont on utilise les programmes et l'historique</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="331" />
        <source>Manage profiles…</source>
        <translation>Gérer les profils…</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="49" />
        <source>{name!r} cannot be a profile name: use 1 to 40 letters, digits, spaces, '-', '_' or '.', starting with a letter or digit</source>
        <translation>{name!r} ne peut pas être un nom de profil : utilisez 1 à 40 lettres, chiffres, espaces, « - », « _ » ou « . », en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="58" />
        <source>{name!r} is a reserved name on Windows; choose another</source>
        <translation>{name!r} est un nom réservé sous Windows ; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="139" />
        <source>there is no profile named {name!r} (profiles: {known})</source>
        <translation>aucun profil nommé {name!r} (profils : {known})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="165" />
        <source>a profile named {taken!r}{state} already exists; choose another name</source>
        <translation>un profil nommé {taken!r}{state} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="173" />
        <source>cannot create the profile {name!r}: {strerror}</source>
        <translation>impossible de créer le profil {name!r} : {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="185" />
        <source>there is no profile named {old!r}</source>
        <translation>aucun profil nommé {old!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="189" />
        <source>the default profile keeps its name; create a new profile for each client</source>
        <translation>le profil par défaut garde son nom ; créez un nouveau profil pour chaque client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="197" />
        <source>{DEFAULT_PROFILE!r} is the name of the default profile</source>
        <translation>{DEFAULT_PROFILE!r} est le nom du profil par défaut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="204" />
        <source>a profile named {taken!r} already exists; choose another name</source>
        <translation>un profil nommé {taken!r} existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="223" />
        <source>cannot rename {current!r} to {new!r}: {strerror}; close anything that uses this profile and try again</source>
        <translation>impossible de renommer {current!r} en {new!r} : {strerror} ; fermez tout ce qui utilise ce profil et réessayez</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="239" />
        <source>there is no profile named {name!r}</source>
        <translation>aucun profil nommé {name!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="242" />
        <source>the default profile cannot be archived</source>
        <translation>le profil par défaut ne peut pas être archivé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="255" />
        <source>cannot change the profile {name!r}: {strerror}</source>
        <translation>impossible de modifier le profil {name!r} : {strerror}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="50" />
        <source>Profiles (shown now: {profile})</source>
        <translation>Profils (affiché : {profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="55" />
        <source>One profile per client: each keeps its own routines and history. Archiving hides a profile from the list and keeps all its data.</source>
        <translation>Un profil par client : chacun garde ses propres programmes et son historique. Archiver masque un profil de la liste et conserve toutes ses données.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="63" />
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="67" />
        <source>Show &amp;archived profiles</source>
        <translation>Afficher les profils &amp;archivés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="73" />
        <source>a client's name, for example Anna B</source>
        <translation>le nom d'un client, par exemple Anna B</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="78" />
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="80" />
        <source>Create a new profile with this name</source>
        <translation>Créer un nouveau profil avec ce nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="82" />
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="84" />
        <source>Give the selected profile this name</source>
        <translation>Donner ce nom au profil sélectionné</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="89" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="97" />
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="190" />
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="99" />
        <source>&amp;Import report…</source>
        <translation>&amp;Importer un bilan…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="101" />
        <source>Add a progress report a client sent you to the selected profile's history</source>
        <translation>Ajouter à l'historique du profil sélectionné un bilan de progression envoyé par un client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="110" />
        <source>Report import</source>
        <translation>Import de bilan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="115" />
        <source>&amp;Switch to this profile</source>
        <translation>&amp;Passer à ce profil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="120" />
        <source>Use the selected profile (Enter)</source>
        <translation>Utiliser le profil sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="151" />
        <source>   (in use)</source>
        <translation>   (utilisé)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="153" />
        <source>   (archived)</source>
        <translation>   (archivé)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="188" />
        <source>Bring &amp;back</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="194" />
        <source>Switch to another profile before archiving this one</source>
        <translation>Passez à un autre profil avant d'archiver celui-ci</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="197" />
        <source>The default profile stays</source>
        <translation>Le profil par défaut est conservé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="107" />
        <source>Everyone with routines and a history on this computer</source>
        <translation>Toutes les personnes avec programmes et historique sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="110" />
        <source>List the archived profiles too, to bring one back</source>
        <translation>Afficher aussi les profils archivés, pour en rétablir un</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="60" />
        <source>Level and reps per set</source>
        <translation>Niveau et répétitions par série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="61" />
        <source>Pain during the exercise (0-10)</source>
        <translation>Douleur pendant l'exercice (0-10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="63" />
        <source>Level and reps chart</source>
        <translation>Graphique du niveau et des répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="65" />
        <source>Reps per set by week on each side; level changes marked</source>
        <translation>Répétitions par série chaque semaine de chaque côté ; changements de niveau signalés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="67" />
        <source>Pain chart</source>
        <translation>Graphique de la douleur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="69" />
        <source>Pain during the exercise by week on each side, limit 5</source>
        <translation>Douleur pendant l'exercice chaque semaine de chaque côté, limite 5</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="107" />
        <source>limit {limit}</source>
        <translation>limite {limit}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="112" />
        <source>Level and {unit} per set</source>
        <translation>Niveau et {unit} par série</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="116" />
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="135" />
        <source>{side}: {level}</source>
        <translation>{side} : {level}</translation>
    </message>
</context>
<context>
    <name>ProgressLink</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="59" />
        <source>%n suggested change(s) for today: A (Accept today's doses) runs them; without it, the session runs the doses shown in the list.</source>
        <translation>
            <numerusform>%n changement suggéré pour aujourd'hui : A (Accepter les dosages du jour) l'applique ; sinon, la séance suit les dosages affichés dans la liste.</numerusform>
            <numerusform>%n changements suggérés pour aujourd'hui : A (Accepter les dosages du jour) les applique ; sinon, la séance suit les dosages affichés dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="67" />
        <source>Doses stay as they are today.</source>
        <translation>Les doses restent telles quelles aujourd'hui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="109" />
        <source>%n suggested change(s) accepted: the session runs the doses in the list.</source>
        <translation>
            <numerusform>%n changement proposé accepté : la séance suit les dosages de la liste.</numerusform>
            <numerusform>%n changements proposés acceptés : la séance suit les dosages de la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="167" />
        <source>Next time: the same doses.</source>
        <translation>La prochaine fois : les mêmes doses.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="171" />
        <source>{exercise} {side} {dose} ({change}: {reason})</source>
        <translation>{exercise} {side} {dose} ({change} : {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="182" />
        <source>Suggested for next time: {changes}.</source>
        <translation>Suggéré pour la prochaine fois : {changes}.</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="81" />
        <location filename="../../hiptimer/core/progression.py" line="98" />
        <source>{height} step</source>
        <translation>marche de {height}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="104" />
        <source>tan band</source>
        <translation>élastique beige</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="105" />
        <source>yellow band</source>
        <translation>élastique jaune</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="106" />
        <source>red band</source>
        <translation>élastique rouge</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="107" />
        <source>green band</source>
        <translation>élastique vert</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="108" />
        <source>blue band</source>
        <translation>élastique bleu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="109" />
        <source>black band</source>
        <translation>élastique noir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="110" />
        <source>silver band</source>
        <translation>élastique argent</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="111" />
        <source>gold band</source>
        <translation>élastique or</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="284" />
        <source>a set missed the target</source>
        <translation>une série n'a pas atteint l'objectif</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="286" />
        <source>pain not answered</source>
        <translation>douleur non renseignée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="289" />
        <source>no morning answer after the pain</source>
        <translation>pas de réponse du matin après la douleur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="290" />
        <source>pain had not settled</source>
        <translation>la douleur ne s'était pas calmée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="294" />
        <source>holds did not feel easy</source>
        <translation>les maintiens n'étaient pas faciles</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="295" />
        <source>effort not answered</source>
        <translation>effort non renseigné</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="297" />
        <source>reps in reserve not answered</source>
        <translation>répétitions en réserve non renseignées</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="298" />
        <source>fewer than 2 reps in reserve</source>
        <translation>moins de 2 répétitions en réserve</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="357" />
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="360" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="362" />
        <source>{seconds} s holds</source>
        <translation>maintiens de {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="364" />
        <location filename="../../hiptimer/core/progression.py" line="427" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="377" />
        <source>progression is off for this routine</source>
        <translation>la progression est désactivée pour ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="384" />
        <source>down to the trainer's limit for this routine</source>
        <translation>abaissé à la limite fixée par le coach pour ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="387" />
        <source>no sessions yet</source>
        <translation>pas encore de séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="392" />
        <source>pain was worse the next morning</source>
        <translation>la douleur était pire le lendemain matin</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="394" />
        <source>pain {pain}/10 during the exercise</source>
        <translation>douleur {pain}/10 pendant l'exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="398" />
        <source>{why}: already at the lowest dose</source>
        <translation>{why} : déjà à la dose la plus basse</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="400" />
        <source>{why}: down to {dose}</source>
        <translation>{why} : retour à {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="407" />
        <source>keep: {reason} last time</source>
        <translation>garder : la dernière fois, {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="410" />
        <source>keep: no session at this dose yet</source>
        <translation>garder : pas encore de séance à cette dose</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="413" />
        <source>keep: 1st session at this dose went well</source>
        <translation>garder : la 1re séance à cette dose s'est bien passée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="417" />
        <source>keep: {reason} the session before</source>
        <translation>garder : à la séance précédente, {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="421" />
        <source>keep: at the highest dose allowed</source>
        <translation>garder : dose maximale autorisée atteinte</translation>
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
        <translation>2 séances à {done}, facile : {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="464" />
        <source>keep: waiting for the left side to catch up</source>
        <translation>garder : on attend que le côté gauche rattrape</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="466" />
        <source>keep: waiting for the right side to catch up</source>
        <translation>garder : on attend que le côté droit rattrape</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="478" />
        <source>{sets} x {amount} per side</source>
        <translation>{sets} x {amount} par côté</translation>
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
        <translation>{dose} (plus : {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="500" />
        <source>{dose} (down: {reason})</source>
        <translation>{dose} (moins : {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="504" />
        <source>left: {line}</source>
        <translation>gauche : {line}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="506" />
        <source>right: {line}</source>
        <translation>droite : {line}</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="32" />
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="36" />
        <source>&amp;Progress doses from the history in this routine</source>
        <translation>&amp;Faire progresser les dosages d'après l'historique dans ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="39" />
        <source>Suggest each client's next dose per side from their sessions, pain and effort</source>
        <translation>Suggérer le prochain dosage de chaque client par côté d'après ses séances, sa douleur et son effort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="49" />
        <source>usual</source>
        <translation>habituel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="50" />
        <source>Top of the rep range</source>
        <translation>Haut de la plage de répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="52" />
        <source>The most reps per set progression may give</source>
        <translation>Le nombre maximal de répétitions par série que la progression peut proposer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="56" />
        <source>Highest level</source>
        <translation>Niveau le plus élevé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="58" />
        <source>The hardest band or step progression may move up to</source>
        <translation>La bande élastique ou la marche la plus difficile jusqu'à laquelle la progression peut monter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="63" />
        <source>Limits for the selected exercise:</source>
        <translation>Limites de l'exercice sélectionné :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="65" />
        <source>Top o&amp;f the rep range</source>
        <translation>Haut de la &amp;plage de répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="66" />
        <source>Highest &amp;level</source>
        <translation>Niveau le plus é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="83" />
        <source>no limit</source>
        <translation>pas de limite</translation>
    </message>
</context>
<context>
    <name>QuickAnswers</name>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="46" />
        <source>Quick questions</source>
        <translation>Questions rapides</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="48" />
        <source>Answer each question with a number key; Enter skips one</source>
        <translation>Répondez à chaque question avec une touche numérique ; Entrée en passe une</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="87" />
        <source>pain during it? 0-9 (+ for 10)</source>
        <translation>douleur pendant la série ? 0-9 (+ pour 10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="89" />
        <source>the hold was: 1 too easy, 2 right, 3 too hard</source>
        <translation>le maintien était : 1 trop facile, 2 adapté, 3 trop difficile</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="91" />
        <source>reps in reserve? 0-4 (4: four or more)</source>
        <translation>répétitions en réserve ? 0-4 (4 : quatre ou plus)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="92" />
        <source>{step}: {question}.  Enter skips, Esc skips the rest.</source>
        <translation>{step} : {question}.  Entrée passe, Échap passe le reste.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="67" />
        <source>a routine with this name already exists in this profile; choose another</source>
        <translation>un programme porte déjà ce nom dans ce profil ; choisissez-en un autre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="98" />
        <source>New routine</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="129" />
        <source>Exercise library</source>
        <translation>Bibliothèque d'exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="136" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="153" />
        <source>R&amp;outine name</source>
        <translation>N&amp;om du programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="154" />
        <source>&amp;Get ready time</source>
        <translation>Temps de &amp;préparation</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="155" />
        <source>Rest &amp;between exercises</source>
        <translation>Repos entre exer&amp;cices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="166" />
        <source>Exercises in the routine</source>
        <translation>Exercices du programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="183" />
        <source>Selected exercise</source>
        <translation>Exercice sélectionné</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="196" />
        <source>Exercises (drag to reorder, or Ctrl+Up / Ctrl+Down)</source>
        <translation>Exercices (glisser pour réordonner, ou Ctrl+Haut / Ctrl+Bas)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="208" />
        <source>The routine and its exercises</source>
        <translation>Le programme et ses exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="210" />
        <source>The routine's name, its exercises and the one selected</source>
        <translation>Le nom du programme, ses exercices et celui sélectionné</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="266" />
        <source>{name} is in the library; press Enter or drag it into the routine</source>
        <translation>{name} est dans la bibliothèque ; appuyez sur Entrée ou faites-le glisser dans le programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="430" />
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Annuler : {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="432" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="437" />
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Rétablir : {change} (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="439" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="447" />
        <source>Routine: {name}[*] ({profile})</source>
        <translation>Programme : {name}[*] ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="467" />
        <source>Saved {name} in profile {profile}</source>
        <translation>{name} enregistré dans le profil {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="480" />
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="488" />
        <source>Export routine</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="490" />
        <source>HipTimer routine (*.json)</source>
        <translation>Programme HipTimer (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="505" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="506" />
        <source>Save the changes to {name} before closing?</source>
        <translation>Enregistrer les modifications de {name} avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="57" />
        <source>Exercises to add: Enter or double-click adds one to the routine</source>
        <translation>Exercices à ajouter : Entrée ou double-clic en ajoute un au programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="62" />
        <source>The routine's exercises in order: Ctrl+Up and Ctrl+Down move one</source>
        <translation>Les exercices du programme dans l'ordre : Ctrl+Haut et Ctrl+Bas en déplacent un</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="67" />
        <source>The routine's name, as the runner sees it</source>
        <translation>Le nom du programme, tel que le coureur le voit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="70" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Secondes pour se mettre en place avant le premier exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="72" />
        <source>Seconds of rest between two exercises</source>
        <translation>Secondes de repos entre deux exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="74" />
        <source>Every step of the session as the routine now stands, with its time</source>
        <translation>Chaque étape de la séance telle que le programme est maintenant, avec sa durée</translation>
    </message>
</context>
<context>
    <name>RoutineEditorActions</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="51" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="53" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="60" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="62" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="66" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="68" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="81" />
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="83" />
        <source>Write the routine to one file for a client</source>
        <translation>Écrire le programme dans un seul fichier pour un client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="88" />
        <source>&amp;Handout PDF…</source>
        <translation>&amp;Fiche PDF…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="90" />
        <source>Print a handout as PDF</source>
        <translation>Imprimer une fiche en PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="95" />
        <source>&amp;New exercise…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="97" />
        <source>Make an exercise of your own for the library</source>
        <translation>Créer votre propre exercice pour la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="102" />
        <source>&amp;Add to routine</source>
        <translation>A&amp;jouter au programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="104" />
        <source>Add the library exercise (Enter in the library)</source>
        <translation>Ajouter l'exercice de la bibliothèque (Entrée dans la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="109" />
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="111" />
        <source>Move up (Ctrl+Up in the list)</source>
        <translation>Monter (Ctrl+Haut dans la liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="116" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="118" />
        <source>Move down (Ctrl+Down in the list)</source>
        <translation>Descendre (Ctrl+Bas dans la liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="123" />
        <source>Re&amp;move</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="125" />
        <source>Remove from the routine (Delete in the list)</source>
        <translation>Enlever du programme (Suppr dans la liste)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="130" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="132" />
        <source>Close the editor</source>
        <translation>Fermer l'éditeur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="136" />
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>RoutineError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="210" />
        <source>The exercise has %n problems:</source>
        <translation>
            <numerusform>L'exercice a %n problème :</numerusform>
            <numerusform>L'exercice a %n problèmes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="212" />
        <source>The routine has %n problems:</source>
        <translation>
            <numerusform>Le programme a %n problème :</numerusform>
            <numerusform>Le programme a %n problèmes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineExercisesModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="115" />
        <source>Has problems: </source>
        <translation>Problèmes : </translation>
    </message>
</context>
<context>
    <name>RoutineFileError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="99" />
        <source>%n problems:</source>
        <translation>
            <numerusform>%n problème :</numerusform>
            <numerusform>%n problèmes :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="117" />
        <source>This profile's routines: Enter opens one to edit</source>
        <translation>Les programmes de ce profil : Entrée en ouvre un pour le modifier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="71" />
        <source>Routines: {profile}</source>
        <translation>Programmes : {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="76" />
        <source>Routines of {profile}</source>
        <translation>Programmes de {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="83" />
        <source>Routines</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="97" />
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="99" />
        <source>Build a new routine</source>
        <translation>Créer un nouveau programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="103" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="105" />
        <source>Change this routine</source>
        <translation>Modifier ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="109" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="111" />
        <source>Copy this routine</source>
        <translation>Copier ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="115" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="117" />
        <source>Delete this routine</source>
        <translation>Supprimer ce programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="121" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="123" />
        <source>Check a routine file and add it to this profile</source>
        <translation>Vérifier un fichier de programme et l'ajouter à ce profil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="127" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="129" />
        <source>Write this routine to one file for a client</source>
        <translation>Écrire ce programme dans un seul fichier pour un client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="133" />
        <source>&amp;Handout PDF…</source>
        <translation>&amp;Fiche PDF…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="135" />
        <source>Print this routine as PDF</source>
        <translation>Imprimer ce programme en PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="139" />
        <source>Exercise &amp;library…</source>
        <translation>&amp;Bibliothèque d'exercices…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="141" />
        <source>See and make exercises</source>
        <translation>Voir et créer des exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="145" />
        <source>Use this &amp;routine</source>
        <translation>Utiliser ce p&amp;rogramme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="147" />
        <source>Choose it for the next session</source>
        <translation>Le choisir pour la prochaine séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="151" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="153" />
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="199" />
        <source>built-in: Edit makes your own copy</source>
        <translation>intégré : Modifier crée votre propre copie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="203" />
        <source>{file}
cannot be read: {problem}</source>
        <translation>{file}
illisible : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="226" />
        <source>%n exercise, about {time}</source>
        <translation>
            <numerusform>%n exercice, environ {time}</numerusform>
            <numerusform>%n exercice, environ {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="228" />
        <source>%n exercises, about {time}</source>
        <translation>
            <numerusform>%n exercices, environ {time}</numerusform>
            <numerusform>%n exercices, environ {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="321" />
        <source>Delete routine</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="322" />
        <source>Delete the routine {name} from {profile}?</source>
        <translation>Supprimer le programme {name} de {profile} ?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="344" />
        <source>Import a routine</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="346" />
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="388" />
        <source>HipTimer routine (*.json)</source>
        <translation>Programme HipTimer (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="358" />
        <source>The file {file} was not imported: {problem}</source>
        <translation>Le fichier {file} n'a pas été importé : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="362" />
        <source>The file {file} was not imported. It has %n problems:</source>
        <translation>
            <numerusform>Le fichier {file} n'a pas été importé. Il a %n problème :</numerusform>
            <numerusform>Le fichier {file} n'a pas été importé. Il a %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="372" />
        <source>the file {file} was not imported: {problem}</source>
        <translation>le fichier {file} n'a pas été importé : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="386" />
        <source>Export routine</source>
        <translation>Exporter le programme</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="40" />
        <source>--days expects days such as mon,wed,fri (mon tue wed thu fri sat sun), got {text!r}</source>
        <translation>--days attend des jours comme mon,wed,fri (mon tue wed thu fri sat sun), reçu {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="64" />
        <source>--time expects a time of day as HH:MM (24-hour clock), got {text!r}</source>
        <translation>--time attend une heure au format HH:MM (sur 24 h), reçu {text!r}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="61" />
        <source>Paused — Space to go on</source>
        <translation>En pause — Espace pour reprendre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="62" />
        <source>The computer went to sleep, so the session paused where it was. The time asleep does not count.</source>
        <translation>L'ordinateur s'est mis en veille, la séance s'est donc mise en pause là où elle en était. Le temps de veille ne compte pas.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="67" />
        <source>Click here or press Space to carry on. Esc ends the session.</source>
        <translation>Cliquez ici ou appuyez sur Espace pour continuer. Échap termine la séance.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="72" />
        <source>Get into position</source>
        <translation>Mettez-vous en position</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="73" />
        <source>Breathe, shake out the legs</source>
        <translation>Respirez, secouez les jambes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="74" />
        <source>Breathe slowly, stay tall</source>
        <translation>Respirez lentement, grandissez-vous</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="223" />
        <source>Progress through the session</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="227" />
        <source>◀ Back (←)</source>
        <translation>◀ Retour (←)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="228" />
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="229" />
        <source>Skip (→) ▶</source>
        <translation>Passer (→) ▶</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="230" />
        <source>− rep (-)</source>
        <translation>− rép. (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="231" />
        <source>Done (Enter)</source>
        <translation>Terminé (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="232" />
        <source>+ rep (+)</source>
        <translation>+ rép. (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="233" />
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="234" />
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="235" />
        <source>End (Esc)</source>
        <translation>Terminer (Échap)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="427" />
        <source>Routine complete</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="443" />
        <source>NEXT</source>
        <translation>ENSUITE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="445" />
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="461" />
        <source>reps done · −/+ to correct</source>
        <translation>répétitions faites · −/+ pour corriger</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="475" />
        <source>other side</source>
        <translation>côté opposé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="477" />
        <source>Turn to the {side}</source>
        <translation>Passez au {side}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="495" />
        <source>{elapsed} / {total} · {left} left</source>
        <translation>{elapsed} / {total} · reste {left}</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="92" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="93" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="95" />
        <source>Show HipTimer</source>
        <translation>Afficher HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="96" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="309" />
        <source>Sessions per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="321" />
        <source>plan {value:g}</source>
        <translation>planning {value:g}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="335" />
        <source>Sessions a week (monthly average), plan {plan}</source>
        <translation>Séances par semaine (moyenne mensuelle), planning {plan}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="337" />
        <source>Sessions a week, plan {plan}</source>
        <translation>Séances par semaine, planning {plan}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="340" />
        <source>streak %n week</source>
        <translation>
            <numerusform>%n semaine d'affilée</numerusform>
            <numerusform>%n semaine d'affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="342" />
        <source>streak %n weeks</source>
        <translation>
            <numerusform>%n semaines d'affilée</numerusform>
            <numerusform>%n semaines d'affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="346" />
        <source>The plan of {plan} a week was met in {met} of %n weeks</source>
        <translation>
            <numerusform>Le planning de {plan} par semaine a été tenu {met} semaines sur %n</numerusform>
            <numerusform>Le planning de {plan} par semaine a été tenu {met} semaines sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="370" />
        <source>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</source>
        <translation>
            <numerusform>{period} : {per_week} séances par semaine en moyenne, planning de {plan} tenu {met} semaines sur %n</numerusform>
            <numerusform>{period} : {per_week} séances par semaine en moyenne, planning de {plan} tenu {met} semaines sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="384" />
        <source>{period}: %n session of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period} : %n séance sur {plan} prévues ({verdict})</numerusform>
            <numerusform>{period} : %n séance sur {plan} prévues ({verdict})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="388" />
        <source>{period}: %n sessions of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period} : %n séances sur {plan} prévues ({verdict})</numerusform>
            <numerusform>{period} : %n séances sur {plan} prévues ({verdict})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="396" />
        <source>plan met</source>
        <translation>planning tenu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="398" />
        <source>below plan</source>
        <translation>sous le planning</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="25" />
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="26" />
        <source>ended early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="27" />
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="28" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="139" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="140" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="141" />
        <source>Routine</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="142" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="143" />
        <source>Sets done</source>
        <translation>Séries faites</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="144" />
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="145" />
        <source>Held</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="146" />
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="147" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="148" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="177" />
        <source>, %n cut short</source>
        <translation>
            <numerusform>, interrompues : %n</numerusform>
            <numerusform>, interrompues : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="181" />
        <source> (demo)</source>
        <translation> (démo)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="183" />
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="221" />
        <source>No sets saved in this session</source>
        <translation>Aucune série enregistrée dans cette séance</translation>
    </message>
</context>
<context>
    <name>SetRoutineField</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="340" />
        <source>change {field}</source>
        <translation>modifier {field}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="24" />
        <location filename="../../hiptimer/ui/settings_dialog.py" line="123" />
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="25" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="26" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="28" />
        <source>The engine's default voice</source>
        <translation>Voix par défaut du moteur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="40" />
        <source>Settings — HipTimer</source>
        <translation>Paramètres — HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="44" />
        <source>Beeps for the last seconds and each new step</source>
        <translation>Bips pour les dernières secondes et chaque nouvelle étape</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="58" />
        <source>Spoken cues (side, exercise, dose)</source>
        <translation>Consignes vocales (côté, exercice, dose)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="67" />
        <source>No speech engine works on this computer</source>
        <translation>Aucun moteur de synthèse vocale ne fonctionne sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="73" />
        <source>{voice} (not available now)</source>
        <translation>{voice} (indisponible pour l'instant)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="83" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Secondes pour se mettre en position avant le premier exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="93" />
        <source>Black and white with strong colours, for low vision</source>
        <translation>Noir et blanc avec des couleurs franches, pour la basse vision</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="98" />
        <source>Text and colours at 7:1 contrast or more, in every window</source>
        <translation>Texte et couleurs avec un contraste de 7:1 ou plus, dans chaque fenêtre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="104" />
        <source>Beeps mark each new step and the last 3 seconds</source>
        <translation>Les bips marquent chaque nouvelle étape et les 3 dernières secondes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="108" />
        <source>How loud the beeps and the spoken cues are</source>
        <translation>Le volume des bips et des consignes vocales</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="112" />
        <source>A voice says the side, the exercise and the dose</source>
        <translation>Une voix annonce le côté, l'exercice et le dosage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="114" />
        <source>The voice that says the spoken cues</source>
        <translation>La voix des consignes vocales</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="115" />
        <source>Light, dark, or as the desktop is</source>
        <translation>Clair, sombre ou comme le bureau</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="127" />
        <source>Pseudo (for testing)</source>
        <translation>Pseudo (pour les tests)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="130" />
        <source>Applies the next time HipTimer starts</source>
        <translation>S'applique au prochain démarrage de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="133" />
        <source>The language of every window and of the spoken cues</source>
        <translation>La langue de chaque fenêtre et des consignes vocales</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="135" />
        <source>(at the next start)</source>
        <translation>(au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="142" />
        <source>Sound:</source>
        <translation>Son :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="143" />
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="144" />
        <source>Speech:</source>
        <translation>Synthèse vocale :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="145" />
        <source>Voice:</source>
        <translation>Voix :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="146" />
        <source>Get ready for:</source>
        <translation>Préparation :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="147" />
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="148" />
        <source>High contrast:</source>
        <translation>Contraste élevé :</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="149" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>◀ LEFT</source>
        <translation>◀ GAUCHE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>RIGHT ▶</source>
        <translation>DROITE ▶</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../hiptimer/ui/single_instance.py" line="118" />
        <source>HipTimer cannot create its lock file {path} ({problem}). Check that the folder exists and that you may write to it.</source>
        <translation>HipTimer ne peut pas créer son fichier de verrou {path} ({problem}). Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="132" />
        <source>No {language} voice on this computer: the spoken cues are in English.</source>
        <translation>Aucune voix en {language} sur cet ordinateur : les annonces sont en anglais.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="204" />
        <source>Compared with before, your pain this morning is:  1 settled  ·  2 same  ·  3 worse</source>
        <translation>Par rapport à avant, votre douleur ce matin est :  1 apaisée  ·  2 identique  ·  3 pire</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="213" />
        <source>&amp;Accept today's doses  (A)</source>
        <translation>&amp;Accepter les dosages du jour  (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="216" />
        <source>Run today's suggested dose on each side from now on (A)</source>
        <translation>Appliquer désormais le dosage suggéré du jour de chaque côté (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="239" />
        <source>Exercises in the routine</source>
        <translation>Exercices du programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="241" />
        <source>Each exercise with its dose, what it needs and its time</source>
        <translation>Chaque exercice avec son dosage, son matériel et sa durée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="247" />
        <source>Start  (Enter)</source>
        <translation>Démarrer  (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="249" />
        <source>Start the routine (Enter)</source>
        <translation>Démarrer le programme (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="260" />
        <source>Open a routine file…  (Ctrl+O)</source>
        <translation>Ouvrir un fichier de programme…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="263" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Suivre un programme depuis un fichier (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="314" />
        <source>%n exercise</source>
        <translation>
            <numerusform>%n exercice</numerusform>
            <numerusform>%n exercice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="316" />
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercices</numerusform>
            <numerusform>%n exercices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="317" />
        <source>{minutes} in all</source>
        <translation>{minutes} au total</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="322" />
        <source>each side in turn</source>
        <translation>chaque côté à tour de rôle</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="39" />
        <source>prepare</source>
        <translation>préparer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="40" />
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="41" />
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="42" />
        <source>switch</source>
        <translation>changement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="43" />
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="44" />
        <source>done</source>
        <translation>fin</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="51" />
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="59" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} sur %n répétition</numerusform>
            <numerusform>{done} sur %n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="66" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} sur %n série</numerusform>
            <numerusform> · {done} sur %n séries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="88" />
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="92" />
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="103" />
        <source>◐ part: </source>
        <translation>◐ en partie : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="129" />
        <source>{done} of %n set(s) done</source>
        <translation>
            <numerusform>{done} sur %n série faite</numerusform>
            <numerusform>{done} sur %n séries faites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="131" />
        <source>({earlier} before the break)</source>
        <translation>({earlier} avant l'interruption)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="132" />
        <source>, {active} of work.</source>
        <translation>, {active} d'effort.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="134" />
        <source>Session over: no sets done</source>
        <translation>Séance terminée : aucune série faite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="136" />
        <source>Session ended early</source>
        <translation>Séance arrêtée plus tôt</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="138" />
        <source>Resumed and finished</source>
        <translation>Reprise et terminée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="140" />
        <source>Routine complete — well done!</source>
        <translation>Programme terminé, bravo !</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="142" />
        <source>Routine finished, some sets skipped</source>
        <translation>Programme terminé, quelques séries sautées</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="143" />
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="144" />
        <source>Get ready: {exercise}</source>
        <translation>Préparez-vous : {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="185" />
        <source>Rest, then {exercise}</source>
        <translation>Repos, puis {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="204" />
        <source>Rest, then set {set} of {sets}</source>
        <translation>Repos, puis série {set} sur {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="223" />
        <source>Switch to the left side</source>
        <translation>Passez au côté gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="225" />
        <source>Switch to the right side</source>
        <translation>Passez au côté droit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="265" />
        <source>Well done: routine complete</source>
        <translation>Bravo : programme terminé</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="24" />
        <source>Timeline</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="35" />
        <source>At</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="36" />
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="37" />
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="48" />
        <source>Timeline preview</source>
        <translation>Aperçu du déroulé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="58" />
        <source>Total: –</source>
        <translation>Total : –</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="61" />
        <source>Fix the marked fields to see the timeline.</source>
        <translation>Corrigez les champs signalés pour voir le déroulé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="63" />
        <source>Add exercises from the library to see the timeline.</source>
        <translation>Ajoutez des exercices de la bibliothèque pour voir le déroulé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="69" />
        <source>Total: {time}</source>
        <translation>Total : {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="73" />
        <source>Self-paced sets are counted at 3 s per repetition.</source>
        <translation>Les séries à votre rythme sont comptées à 3 s par répétition.</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="141" />
        <source>The {language} texts could not be prepared ({error}); using English.</source>
        <translation>Les textes en {language} n'ont pas pu être préparés ({error}) ; l'anglais est utilisé.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="147" />
        <source>No {language} texts were found; using English.</source>
        <translation>Aucun texte en {language} trouvé ; l'anglais est utilisé.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="154" />
        <source>no desktop notification service or tray is available</source>
        <translation>aucun service de notifications du bureau ni zone de notification n'est disponible</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="157" />
        <source> Click to start.</source>
        <translation> Cliquez pour démarrer.</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="227" />
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="228" />
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="229" />
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="230" />
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="231" />
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="232" />
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="233" />
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="236" />
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="237" />
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="238" />
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="239" />
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="240" />
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="241" />
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="242" />
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="243" />
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="244" />
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="245" />
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="246" />
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="247" />
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="254" />
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="263" />
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="264" />
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="265" />
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="266" />
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="267" />
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="268" />
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="269" />
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="295" />
        <source>{days} at {time}</source>
        <translation>{days} à {time}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="102" />
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="104" />
        <source>Start the routine (Enter)</source>
        <translation>Démarrer le programme (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="109" />
        <location filename="../../hiptimer/ui/actions.py" line="254" />
        <source>&amp;Pause</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="111" />
        <source>Pause or go on (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="116" />
        <source>S&amp;kip step</source>
        <translation>Étape sui&amp;vante</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="118" />
        <source>Skip to the next step (Right or Page Down)</source>
        <translation>Passer à l'étape suivante (Droite ou Pg suiv)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="123" />
        <source>&amp;Back a step</source>
        <translation>Étape pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="125" />
        <source>Back to the previous step (Left or Page Up)</source>
        <translation>Revenir à l'étape précédente (Gauche ou Pg préc)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="130" />
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="132" />
        <source>This set is done (Enter)</source>
        <translation>Cette série est terminée (Entrée)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="137" />
        <source>One rep &amp;more</source>
        <translation>Une rép. de p&amp;lus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="139" />
        <source>Count one more rep (+)</source>
        <translation>Compter une répétition de plus (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="144" />
        <source>One rep &amp;fewer</source>
        <translation>Une rép. de &amp;moins</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="146" />
        <source>Count one rep fewer (-)</source>
        <translation>Compter une répétition de moins (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="151" />
        <source>&amp;End session…</source>
        <translation>F&amp;inir la séance…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="153" />
        <source>Leave full screen, or end the session (Esc)</source>
        <translation>Quitter le plein écran, ou terminer la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="158" />
        <source>&amp;Full screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="160" />
        <source>Full screen for the mat (F11 or F)</source>
        <translation>Plein écran pour le tapis (F11 ou F)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="166" />
        <source>&amp;Mute</source>
        <translation>C&amp;ouper le son</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="168" />
        <source>Mute beeps and speech (M)</source>
        <translation>Couper les bips et la voix (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="175" />
        <source>&amp;Open routine file…</source>
        <translation>Ouvrir un fichier de pro&amp;gramme…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="177" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Suivre un programme depuis un fichier (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="182" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="184" />
        <source>Sound, speech, prepare time and theme (Ctrl+,)</source>
        <translation>Son, voix, temps de préparation et thème (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="189" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="191" />
        <source>Quit HipTimer (Ctrl+Q)</source>
        <translation>Quitter HipTimer (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="196" />
        <source>&amp;About HipTimer</source>
        <translation>À propos de &amp;HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="198" />
        <source>About HipTimer</source>
        <translation>À propos de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="205" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="211" />
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="219" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="222" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="247" />
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="249" />
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="252" />
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="287" />
        <source>Unmute (M)</source>
        <translation>Rétablir le son (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="289" />
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="293" />
        <source>Leave full screen (F11)</source>
        <translation>Quitter le plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="295" />
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="77" />
        <source>{number} second(s)</source>
        <translation>
            <numerusform>{number} seconde</numerusform>
            <numerusform>{number} secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="80" />
        <source>{number} minute(s)</source>
        <translation>
            <numerusform>{number} minute</numerusform>
            <numerusform>{number} minutes</numerusform>
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
        <translation>moins d'une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="120" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="125" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="136" />
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="137" />
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="145" />
        <source>LEFT</source>
        <comment>the side badge</comment>
        <translation>GAUCHE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="146" />
        <source>RIGHT</source>
        <comment>the side badge</comment>
        <translation>DROITE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="152" />
        <source>Left</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="153" />
        <source>Right</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="161" />
        <source>{exercise}, left side</source>
        <translation>{exercise}, côté gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="162" />
        <source>{exercise}, right side</source>
        <translation>{exercise}, côté droit</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="166" />
        <source>Both sides, left first</source>
        <translation>Les deux côtés, gauche d'abord</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="167" />
        <source>Both sides, right first</source>
        <translation>Les deux côtés, droit d'abord</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="168" />
        <source>Left side only</source>
        <translation>Côté gauche seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="169" />
        <source>Right side only</source>
        <translation>Côté droit seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="170" />
        <source>Both legs together</source>
        <translation>Les deux jambes ensemble</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="181" />
        <source>{side}: {body}</source>
        <translation>{side} : {body}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="191" />
        <source>up</source>
        <translation>monter</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="192" />
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="193" />
        <source>down</source>
        <translation>descendre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="195" />
        <source>at your own pace</source>
        <translation>à votre rythme</translation>
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
        <translation>Tenez {seconds} s en respirant lentement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="240" />
        <source>At your own pace, smooth and controlled</source>
        <translation>À votre rythme, fluide et contrôlé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="241" />
        <source>Tempo: {phases}</source>
        <translation>Tempo : {phases}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="252" />
        <source>{sets} x {seconds} s hold</source>
        <translation>{sets} x {seconds} s de maintien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="257" />
        <source>{sets} x %n rep(s)</source>
        <translation>
            <numerusform>{sets} x %n répétition</numerusform>
            <numerusform>{sets} x %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="261" />
        <source>{dose}, left side only</source>
        <translation>{dose}, côté gauche seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="263" />
        <source>{dose}, right side only</source>
        <translation>{dose}, côté droit seulement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="264" />
        <source>{dose} per side</source>
        <translation>{dose} par côté</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="273" />
        <source>{dose}, at your own pace</source>
        <translation>{dose}, à votre rythme</translation>
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
            <numerusform>{sets} × %n répétition</numerusform>
            <numerusform>{sets} × %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="291" />
        <source>hold {duration}</source>
        <translation>tenir {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="295" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="302" />
        <source>Hold {duration}.</source>
        <translation>Tenez {duration}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="307" />
        <source>{number} rep(s).</source>
        <translation>
            <numerusform>{number} répétition.</numerusform>
            <numerusform>{number} répétitions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="318" />
        <source>Rest {sides} s between sides, {sets} s between sets</source>
        <translation>Repos {sides} s entre les côtés, {sets} s entre les séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="322" />
        <source>Rest {sides} s between sides</source>
        <translation>Repos {sides} s entre les côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="324" />
        <source>Rest {sets} s between sets</source>
        <translation>Repos {sets} s entre les séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="331" />
        <source>{dose}: {sides}</source>
        <translation>{dose} : {sides}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="342" />
        <source>You need: {equipment}</source>
        <translation>Matériel : {equipment}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="349" />
        <source>This week: {done} of {planned} done, plan kept</source>
        <translation>Cette semaine : {done} sur {planned} faites, plan tenu</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="351" />
        <source>This week: {done} of {planned} planned done</source>
        <translation>Cette semaine : {done} sur {planned} prévues faites</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="352" />
        <source>streak %n week(s)</source>
        <translation>
            <numerusform>série de %n semaine</numerusform>
            <numerusform>série de %n semaines</numerusform>
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
        <translation>Votre programme pour les hanches est prévu maintenant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="362" />
        <source>{day} slipped by; no matter, today counts just as much.</source>
        <translation>{day} est passé ; peu importe, aujourd'hui compte autant.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="365" />
        <source>Time for your hip routine</source>
        <translation>C'est l'heure de votre programme hanches</translation>
    </message>
</context>
<context>
    <name>WorkChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="249" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="250" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="254" />
        <source>Both sides</source>
        <translation>Deux côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="256" />
        <source>No side</source>
        <translation>Sans côté</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="261" />
        <source>{name}: seconds held per week, monthly average</source>
        <translation>{name} : secondes de maintien par semaine, moyenne mensuelle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="263" />
        <source>{name}: seconds held per week</source>
        <translation>{name} : secondes de maintien par semaine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="267" />
        <source>{name}: reps per week, monthly average</source>
        <translation>{name} : répétitions par semaine, moyenne mensuelle</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="269" />
        <source>{name}: reps per week</source>
        <translation>{name} : répétitions par semaine</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="271" />
        <source>No exercises yet</source>
        <translation>Aucun exercice pour l'instant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="291" />
        <source>left {amount}</source>
        <translation>gauche {amount}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="292" />
        <source>right {amount}</source>
        <translation>droite {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="301" />
        <source> a week on average (%n weeks)</source>
        <translation>
            <numerusform> par semaine en moyenne (%n semaines)</numerusform>
            <numerusform> par semaine en moyenne (%n semaines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Block</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="467" />
        <source>You need: </source>
        <translation>Matériel : </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>top</source>
        <translation>haut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="519" />
        <source>start</source>
        <translation>départ</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="549" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
</context>
<context>
    <name>_Insert</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="264" />
        <source>add {name}</source>
        <translation>ajouter {name}</translation>
    </message>
</context>
<context>
    <name>_Move</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="291" />
        <source>move {name}</source>
        <translation>déplacer {name}</translation>
    </message>
</context>
<context>
    <name>_Problem</name>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="54" />
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="73" />
        <source>session {number}</source>
        <translation>séance {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="75" />
        <source>set {number}</source>
        <translation>série {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="77" />
        <source>routine {number}</source>
        <translation>programme {number}</translation>
    </message>
</context>
<context>
    <name>_Reader</name>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="94" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>utilisez un objet JSON entre accolades (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="101" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer ne connaît pas ce champ ; retirez-le</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="117" />
        <source>missing (it is required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="122" />
        <location filename="../../hiptimer/core/serialize.py" line="126" />
        <source>use {kind} (was {value})</source>
        <translation>utilisez {kind} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="139" />
        <source>use one of {allowed} (was {value})</source>
        <translation>utilisez l'une des valeurs {allowed} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="147" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>utilisez au plus {limit} lignes de consignes (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="149" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>utilisez au plus {limit} pièces de matériel (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="159" />
        <source>use a text in quotes (was {value})</source>
        <translation>utilisez un texte entre guillemets (était {value})</translation>
    </message>
</context>
<context>
    <name>_Remove</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="277" />
        <source>remove {name}</source>
        <translation>enlever {name}</translation>
    </message>
</context>
<context>
    <name>_Replace</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="309" />
        <source>change {field} of {name}</source>
        <translation>modifier {field} de {name}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="146" />
        <source>Settings: {problem}.</source>
        <translation>Paramètres : {problem}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="192" />
        <source>HipTimer is already open for profile {profile}: its window was asked to come to the front.</source>
        <translation>HipTimer est déjà ouvert pour le profil {profile} : sa fenêtre a été invitée à passer au premier plan.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="199" />
        <source>hiptimer: HipTimer is already open for profile {profile}, but its window did not answer (it may be busy or hung). Close that HipTimer, or end its process, then start again.</source>
        <translation>hiptimer : HipTimer est déjà ouvert pour le profil {profile}, mais sa fenêtre n'a pas répondu (elle est peut-être occupée ou bloquée). Fermez ce HipTimer, ou arrêtez son processus, puis relancez-le.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="64" />
        <source>open the window in high contrast (also a choice in Settings)</source>
        <translation>ouvrir la fenêtre en contraste élevé (aussi réglable dans les Paramètres)</translation>
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
        <translation>{side} : {dose}</translation>
    </message>
</context>
<context>
    <name>exercise_editor</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="58" />
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="123" />
        <source>the folder {folder} does not exist; choose another place</source>
        <translation>le dossier {folder} n'existe pas ; choisissez un autre emplacement</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="130" />
        <source>{routine}: HipTimer handout</source>
        <translation>{routine} : fiche HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="147" />
        <source>cannot write a PDF in {folder}: check that the folder exists and is writable</source>
        <translation>impossible d'écrire un PDF dans {folder} : vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="182" />
        <source>cannot write {file}: {problem}</source>
        <translation>impossible d'écrire {file} : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="273" />
        <source>For: </source>
        <translation>Pour : </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="274" />
        <source>Trainer: </source>
        <translation>Coach : </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="275" />
        <source>Date: </source>
        <translation>Date : </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="294" />
        <source>%n exercise, {minutes} a session</source>
        <translation>
            <numerusform>%n exercice, {minutes} par séance</numerusform>
            <numerusform>%n exercice, {minutes} par séance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="296" />
        <source>%n exercises, {minutes} a session</source>
        <translation>
            <numerusform>%n exercices, {minutes} par séance</numerusform>
            <numerusform>%n exercices, {minutes} par séance</numerusform>
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
        <translation> = la jambe de travail sur les images (dessinées pour le côté par lequel vous commencez).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="376" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="406" />
        <source>{routine}, made with HipTimer</source>
        <translation>{routine}, créé avec HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="413" />
        <source>page {number} of {count}</source>
        <translation>page {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>history_link</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="571" />
        <source>No sessions yet: your first one starts your history.</source>
        <translation>Aucune séance pour l'instant : la première démarre votre historique.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="579" />
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="581" />
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="586" />
        <source>Last session: {day}</source>
        <translation>Dernière séance : {day}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="588" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="591" />
        <source>effort {effort}</source>
        <translation>effort {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="593" />
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="594" />
        <source>ended early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>keep_awake</name>
    <message>
        <location filename="../../hiptimer/ui/keep_awake.py" line="36" />
        <source>A guided exercise session is running</source>
        <translation>Une séance d'exercices guidée est en cours</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="51" />
        <source>HipTimer shows its built-in routine instead.</source>
        <translation>HipTimer affiche son programme intégré à la place.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="53" />
        <source>The routine you had stays open.</source>
        <translation>Le programme que vous aviez reste ouvert.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="69" />
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/messages.py" line="71" />
        <source>{file} has %n problems:</source>
        <translation>
            <numerusform>{file} a %n problème :</numerusform>
            <numerusform>{file} a %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="81" />
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="82" />
        <source>End the session now?</source>
        <translation>Terminer la séance maintenant ?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="85" />
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="87" />
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="89" />
        <source>End now and go to the summary; the sets done are kept</source>
        <translation>Terminer maintenant et aller au résumé ; les séries faites sont conservées</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="91" />
        <source>Close this question and carry on</source>
        <translation>Fermer cette question et continuer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="103" />
        <source>About HipTimer</source>
        <translation>À propos de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="119" />
        <source>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt;: a guided hip-strengthening routine for runners, with a history that adds up.&lt;/p&gt;&lt;p&gt;The six exercises and how each is set up follow {article}; the cues, body lines and drawings are HipTimer's own words and work.&lt;/p&gt;&lt;p&gt;The choice of exercises follows published work on hip strength in runners:&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer is not medical advice: stop if something hurts, and ask a physiotherapist about pain that stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt; : un programme guidé de renforcement des hanches pour les coureurs, avec un historique qui s'enrichit à chaque séance.&lt;/p&gt;&lt;p&gt;Les six exercices et leur mise en place s'appuient sur {article} ; les consignes, les phrases de posture et les dessins sont la rédaction et le travail propres de HipTimer.&lt;/p&gt;&lt;p&gt;Le choix des exercices repose sur des travaux publiés sur la force de la hanche chez les coureurs :&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer ne remplace pas un avis médical : arrêtez si quelque chose fait mal, et consultez un kinésithérapeute si la douleur persiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="151" />
        <source>Open a routine file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="153" />
        <source>HipTimer routines (*.json);;All files (*)</source>
        <translation>Programmes HipTimer (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>picture_files</name>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="69" />
        <source>use a picture of at most {limit} KB (this one is {size} KB)</source>
        <translation>utilisez une image de {limit} Ko au plus (celle-ci fait {size} Ko)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="83" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>utilisez 1 à {limit} pixels de côté (l'image fait {width} x {height} pixels)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="116" />
        <source>not a picture: use a PNG or JPEG image</source>
        <translation>pas une image : utilisez une image PNG ou JPEG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="123" />
        <source>the pictures would take {size} MB of memory once decoded; a routine's pictures may take at most {limit} MB (make them smaller, or use fewer)</source>
        <translation>les images occuperaient {size} Mo de mémoire une fois décodées ; celles d'un programme peuvent occuper au plus {limit} Mo (réduisez-les ou utilisez-en moins)</translation>
    </message>
</context>
<context>
    <name>picture_picker</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="37" />
        <source>not a PNG or JPEG picture</source>
        <translation>ce n'est pas une image PNG ou JPEG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="41" />
        <source>the picture cannot be decoded; it may be damaged</source>
        <translation>l'image ne peut pas être décodée ; elle est peut-être endommagée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="74" />
        <source>the picture stays too large even when made smaller</source>
        <translation>l'image reste trop grande même une fois réduite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="93" />
        <source>the file is {size} MB; choose a smaller picture</source>
        <translation>le fichier fait {size} Mo ; choisissez une image plus petite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="98" />
        <source>the file grew while it was read; choose it again</source>
        <translation>le fichier a grossi pendant sa lecture ; choisissez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="101" />
        <source>cannot read the file: {problem}</source>
        <translation>impossible de lire le fichier : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="104" />
        <source>cannot read the file ({problem})</source>
        <translation>impossible de lire le fichier ({problem})</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="54" />
        <source>Week of {date}</source>
        <translation>Semaine du {date}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="60" />
        <source>{amount} s</source>
        <translation>{amount} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="61" />
        <source>{amount} reps</source>
        <translation>{amount} répétitions</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="20" />
        <source>routine name</source>
        <translation>nom du programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="21" />
        <source>get-ready time</source>
        <translation>temps de préparation</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="22" />
        <source>rest between exercises</source>
        <translation>repos entre les exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="23" />
        <source>exercises</source>
        <translation>exercices</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="24" />
        <source>file format</source>
        <translation>format de fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="25" />
        <source>file version</source>
        <translation>version du fichier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="26" />
        <source>pictures</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="27" />
        <source>routine</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="31" />
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="32" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="33" />
        <source>kind (reps or hold)</source>
        <translation>type (répétitions ou maintien)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="34" />
        <source>sides</source>
        <translation>côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="35" />
        <source>what left and right mean</source>
        <translation>sens de gauche et droite</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="36" />
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="37" />
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="38" />
        <source>dose</source>
        <translation>dosage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="39" />
        <source>sets</source>
        <translation>séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="40" />
        <source>reps</source>
        <translation>répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="41" />
        <source>hold time</source>
        <translation>durée de maintien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="42" />
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="43" />
        <source>tempo, lifting</source>
        <translation>tempo, montée</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="44" />
        <source>tempo, pause at the top</source>
        <translation>tempo, pause en haut</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="45" />
        <source>tempo, lowering</source>
        <translation>tempo, descente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="46" />
        <source>rests</source>
        <translation>repos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="47" />
        <source>rest between sides</source>
        <translation>repos entre les côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="48" />
        <source>rest between sets</source>
        <translation>repos entre les séries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="49" />
        <source>equipment</source>
        <translation>matériel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="50" />
        <source>cues</source>
        <translation>consignes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="51" />
        <source>highest reps</source>
        <translation>répétitions maximales</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="52" />
        <source>highest level</source>
        <translation>niveau le plus élevé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="75" />
        <source>cue {number}</source>
        <translation>consigne {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="76" />
        <source>equipment item {number}</source>
        <translation>pièce de matériel {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="83" />
        <source>{field}, {unknown}</source>
        <translation>{field}, {unknown}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="95" />
        <source>picture {name}</source>
        <translation>image {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="102" />
        <source>field {name}</source>
        <translation>champ {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="120" />
        <source>{where}: {problem}</source>
        <translation>{where} : {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="129" />
        <source>{name} (exercise {number})</source>
        <translation>{name} (exercice {number})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="133" />
        <source>Exercise {number}</source>
        <translation>Exercice {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="140" />
        <source>The exercise</source>
        <translation>L'exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="147" />
        <source>{who}, {field}</source>
        <translation>{who}, {field}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="155" />
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
</context>
<context>
    <name>progress_report</name>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="195" />
        <source>missing (it is required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="198" />
        <source>use {kind} (was {value})</source>
        <translation>utilisez {kind} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="225" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer ne connaît pas ce champ ; retirez-le</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="237" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>utilisez un objet JSON entre accolades (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="250" />
        <source>a whole number &gt;= 0</source>
        <translation>un nombre entier &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="260" />
        <source>'left', 'right' or null</source>
        <translation>'left', 'right' ou null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="267" />
        <source>'reps' or 'hold'</source>
        <translation>'reps' ou 'hold'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="271" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="273" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="373" />
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="277" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="280" />
        <source>a whole number &gt;= 1</source>
        <translation>un nombre entier &gt;= 1</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="288" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="291" />
        <source>a whole number or null</source>
        <translation>un nombre entier ou null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="294" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="297" />
        <source>seconds or null</source>
        <translation>des secondes ou null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="304" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="307" />
        <source>seconds</source>
        <translation>des secondes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="311" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="314" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="362" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="422" />
        <source>a time stamp</source>
        <translation>un horodatage</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="331" />
        <source>the number of a routine (0 to {last})</source>
        <translation>le numéro d'un programme (0 à {last})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="336" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="430" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="439" />
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="343" />
        <source>a time stamp or null</source>
        <translation>un horodatage ou null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="346" />
        <source>a whole number from 1 to 10, or null</source>
        <translation>un nombre entier de 1 à 10, ou null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="350" />
        <source>the same step appears twice; keep one</source>
        <translation>la même étape apparaît deux fois ; n'en gardez qu'une</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="358" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="420" />
        <source>an id</source>
        <translation>un identifiant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="370" />
        <source>'finished', 'ended_early' or 'interrupted'</source>
        <translation>'finished', 'ended_early' ou 'interrupted'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="381" />
        <source>not a progress report: it should hold a JSON object in braces at the top level (it holds {value})</source>
        <translation>pas un bilan de progression : il doit contenir un objet JSON entre accolades au premier niveau (il contient {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="388" />
        <source>this is not a HipTimer progress report (its format was {value})</source>
        <translation>ce n'est pas un bilan de progression HipTimer (son format était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="392" />
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="394" />
        <source>written by a newer HipTimer (report version {version}, this one reads up to {known}); update HipTimer to import it</source>
        <translation>écrit par une version plus récente de HipTimer (version de bilan {version}, celle-ci lit jusqu'à {known}) ; mettez HipTimer à jour pour l'importer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="401" />
        <source>use 1 to {known} (was {version})</source>
        <translation>utilisez 1 à {known} (était {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="413" />
        <source>a profile name</source>
        <translation>un nom de profil</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="38" />
        <source>Start now</source>
        <translation>Démarrer maintenant</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="40" />
        <source>Later (30 min)</source>
        <translation>Plus tard (30 min)</translation>
    </message>
</context>
<context>
    <name>report_link</name>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="24" />
        <source>HipTimer progress reports (*.hiptimer-report.json *.json);;All files (*)</source>
        <translation>Bilans de progression HipTimer (*.hiptimer-report.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="46" />
        <source>Saved a report of %n session as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Bilan de %n séance enregistré sous {file}. Envoyez ce fichier à votre coach.</numerusform>
            <numerusform>Bilan de %n séance enregistré sous {file}. Envoyez ce fichier à votre coach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="53" />
        <source>Saved a report of %n sessions as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Bilan de %n séances enregistré sous {file}. Envoyez ce fichier à votre coach.</numerusform>
            <numerusform>Bilan de %n séances enregistré sous {file}. Envoyez ce fichier à votre coach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="67" />
        <source>Send report to trainer</source>
        <translation>Envoyer le bilan au coach</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="77" />
        <source>Import a client's report</source>
        <translation>Importer le bilan d'un client</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="88" />
        <source>Import report</source>
        <translation>Importer un bilan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="118" />
        <location filename="../../hiptimer/ui/report_link.py" line="140" />
        <location filename="../../hiptimer/ui/report_link.py" line="144" />
        <source>Nothing imported. {reason}</source>
        <translation>Rien n'a été importé. {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="126" />
        <source>{reason}.

Is it {profile}'s report? Import it into {profile}'s history?</source>
        <translation>{reason}.

Est-ce le bilan de {profile} ? L'importer dans l'historique de {profile} ?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="132" />
        <source>Nothing imported: the report was not {profile}'s.</source>
        <translation>Rien n'a été importé : le bilan n'était pas celui de {profile}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="148" />
        <source> (%n were there already)</source>
        <translation>
            <numerusform> (%n y étaient déjà)</numerusform>
            <numerusform> (%n y étaient déjà)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="150" />
        <source>Imported %n new session from {file} into {profile}'s history</source>
        <translation>
            <numerusform>%n nouvelle séance importée de {file} dans l'historique de {profile}</numerusform>
            <numerusform>%n nouvelle séance importée de {file} dans l'historique de {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="157" />
        <source>Imported %n new sessions from {file} into {profile}'s history</source>
        <translation>
            <numerusform>%n nouvelles séances importées de {file} dans l'historique de {profile}</numerusform>
            <numerusform>%n nouvelles séances importées de {file} dans l'historique de {profile}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="226" />
        <source>missing; use a number of seconds</source>
        <translation>manquant ; utilisez un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="228" />
        <source>use a number of seconds (was {value})</source>
        <translation>utilisez un nombre de secondes (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="231" />
        <source>use {low} to {high} seconds (was {value})</source>
        <translation>utilisez {low} à {high} secondes (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="242" />
        <source>missing; use a whole number</source>
        <translation>manquant ; utilisez un nombre entier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="244" />
        <source>use a whole number (was {value})</source>
        <translation>utilisez un nombre entier (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="247" />
        <source>use {low} to {high} (was {value})</source>
        <translation>utilisez {low} à {high} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="257" />
        <source>fill this in (it is empty)</source>
        <translation>remplissez ce champ (il est vide)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="259" />
        <source>use at most {limit} characters (there are {count})</source>
        <translation>utilisez au plus {limit} caractères (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="290" />
        <source>remove the broken character (U+{code}, a lone surrogate)</source>
        <translation>retirez le caractère invalide (U+{code}, un substitut isolé)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="296" />
        <source>remove the control character (U+{code}): a text cannot hold it</source>
        <translation>retirez le caractère de contrôle (U+{code}) : un texte ne peut pas le contenir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="300" />
        <source>remove the control character (U+{code}): a name cannot hold it</source>
        <translation>retirez le caractère de contrôle (U+{code}) : un nom ne peut pas le contenir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="307" />
        <source>write something visible (it has no visible character, only spaces, zero-width or direction marks)</source>
        <translation>écrivez quelque chose de visible (aucun caractère visible, seulement des espaces, des caractères de largeur nulle ou des marques de direction)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="321" />
        <source>only a reps exercise has a rep range</source>
        <translation>seul un exercice en répétitions a une plage de répétitions</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="331" />
        <source>use one of {levels} (was {value})</source>
        <translation>utilisez l'un des niveaux {levels} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="333" />
        <source>leave it out: this exercise has no levels (was {value})</source>
        <translation>omettez-le : cet exercice n'a pas de niveaux (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="346" />
        <source>use up to 64 lower-case letters, digits, '-' or '_' (was {value})</source>
        <translation>utilisez au plus 64 lettres minuscules, chiffres, « - » ou « _ » (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="354" />
        <source>use the id of a drawn figure (was {value})</source>
        <translation>utilisez l'identifiant d'une figure dessinée (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="360" />
        <source>use a picture file name such as 'abc123.png' or 'abc123.jpg' (was {value})</source>
        <translation>utilisez un nom de fichier image comme « abc123.png » ou « abc123.jpg » (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="368" />
        <source>choose either a drawn figure or a picture, not both</source>
        <translation>choisissez une figure dessinée ou une image, pas les deux</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="371" />
        <source>use 'reps' or 'hold' (was {value})</source>
        <translation>utilisez 'reps' ou 'hold' (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="375" />
        <source>use one of {allowed} (was {value})</source>
        <translation>utilisez l'une des valeurs {allowed} (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="387" />
        <source>only a hold exercise has a hold time; leave it out</source>
        <translation>seul un exercice en maintien a une durée de maintien ; omettez-la</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="399" />
        <source>use at least 0.5 seconds per repetition in all (was {value})</source>
        <translation>utilisez au moins 0,5 seconde par répétition au total (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="409" />
        <source>a hold exercise has no reps; leave them out</source>
        <translation>un exercice en maintien n'a pas de répétitions ; omettez-les</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="412" />
        <source>a hold exercise has no tempo; leave it out</source>
        <translation>un exercice en maintien n'a pas de tempo ; omettez-le</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="421" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>utilisez au plus {limit} pièces de matériel (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="433" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>utilisez au plus {limit} lignes de consignes (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="452" />
        <source>only {{side}}, {{Side}}, {{other}} and {{Other}} may stand in braces (was {value})</source>
        <translation>seuls {{side}}, {{Side}}, {{other}} et {{Other}} peuvent figurer entre accolades (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="468" />
        <source>add at least one exercise</source>
        <translation>ajoutez au moins un exercice</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="471" />
        <source>use at most {limit} exercises (there are {count})</source>
        <translation>utilisez au plus {limit} exercices (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="481" />
        <source>choose another id: {value} is already used by an exercise before it</source>
        <translation>choisissez un autre identifiant : {value} est déjà utilisé par un exercice précédent</translation>
    </message>
</context>
<context>
    <name>routine_file</name>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="158" />
        <source>not a routine file: it should hold a JSON object in braces (it holds {value})</source>
        <translation>pas un fichier de programme : il doit contenir un objet JSON entre accolades (il contient {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="164" />
        <source>not a HipTimer routine file (its format should be {expected}, was {value})</source>
        <translation>pas un fichier de programme HipTimer (son format devrait être {expected}, était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="172" />
        <source>use a whole number (was {value})</source>
        <translation>utilisez un nombre entier (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="177" />
        <source>{version} is newer than this HipTimer understands (up to {known}); update HipTimer to open it</source>
        <translation>{version} est plus récent que ce que cette version de HipTimer comprend (jusqu'à {known}) ; mettez HipTimer à jour pour l'ouvrir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="186" />
        <source>use 1 to {known} (was {version})</source>
        <translation>utilisez 1 à {known} (était {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="219" />
        <source>remove it, or make the file version {version}: older files have no side meanings</source>
        <translation>retirez-le, ou passez le fichier en version {version} : les fichiers plus anciens n'ont pas de sens des côtés</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="231" />
        <source>progression controls need a version {version} file</source>
        <translation>les réglages de progression exigent un fichier en version {version}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="258" />
        <source>remove them: a routine kept in a profile only names its pictures</source>
        <translation>retirez-les : un programme conservé dans un profil ne fait que nommer ses images</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="265" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>utilisez un objet JSON entre accolades (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="269" />
        <source>use at most {limit} pictures (there are {count})</source>
        <translation>utilisez au plus {limit} images (il y en a {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="300" />
        <source>make the file version {version} or more: older files have no pictures</source>
        <translation>passez le fichier en version {version} ou plus : les fichiers plus anciens n'ont pas d'images</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="322" />
        <source>use a file name such as 'abc123.png' or 'abc123.jpg' for each picture</source>
        <translation>utilisez un nom de fichier comme « abc123.png » ou « abc123.jpg » pour chaque image</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="328" />
        <source>use base64 text in quotes (was {value})</source>
        <translation>utilisez du texte base64 entre guillemets (était {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="331" />
        <source>use a picture of at most {limit} KB</source>
        <translation>utilisez une image de {limit} Ko au plus</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="336" />
        <source>use base64 text (this is not valid base64)</source>
        <translation>utilisez du texte base64 (celui-ci n'est pas du base64 valide)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="340" />
        <source>the name says {named} but it is a {kind}</source>
        <translation>le nom indique {named} mais c'est un {kind}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="343" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>utilisez 1 à {limit} pixels de côté (l'image fait {width} x {height} pixels)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="375" />
        <source>add the picture {name} to the file's pictures, or choose another</source>
        <translation>ajoutez l'image {name} aux images du fichier, ou choisissez-en une autre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="381" />
        <source>no exercise shows this picture; remove it</source>
        <translation>aucun exercice n'affiche cette image ; retirez-la</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="409" />
        <source>not a text file (a routine file is UTF-8 JSON)</source>
        <translation>pas un fichier texte (un fichier de programme est du JSON en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="415" />
        <source>not a routine: it holds about {count} values, and a routine file holds at most {limit}</source>
        <translation>pas un programme : il contient environ {count} valeurs, et un fichier de programme en contient au plus {limit}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="426" />
        <source>not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>JSON non valide (ligne {line}, colonne {column} : {problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="433" />
        <source>not a routine: the JSON is nested too deeply</source>
        <translation>pas un programme : le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="436" />
        <source>not valid: the key {key} appears twice in one object</source>
        <translation>non valide : la clé {key} apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="439" />
        <source>not valid JSON ({problem})</source>
        <translation>JSON non valide ({problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="446" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff) from the name of a field in it</source>
        <translation>retirez le caractère invalide (un substitut isolé, \ud800 à \udfff) du nom d'un de ses champs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="452" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff)</source>
        <translation>retirez le caractère invalide (un substitut isolé, \ud800 à \udfff)</translation>
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
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="171" />
        <location filename="../../hiptimer/core/serialize.py" line="191" />
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="173" />
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="175" />
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="177" />
        <source>a text</source>
        <translation>un texte</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="179" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="185" />
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="189" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="193" />
        <source>a text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="195" />
        <source>a list in brackets</source>
        <translation>une liste entre crochets</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="197" />
        <source>a JSON object in braces</source>
        <translation>un objet JSON entre accolades</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="200" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="210" />
        <source>fill in the exercise (it is an empty object)</source>
        <translation>remplissez l'exercice (c'est un objet vide)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="313" />
        <source>use an exercise with its fields</source>
        <translation>utilisez un exercice avec ses champs</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="329" />
        <source>fill in the routine (it is empty)</source>
        <translation>remplissez le programme (il est vide)</translation>
    </message>
</context>
<context>
    <name>session_display</name>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="45" />
        <source>Routine complete</source>
        <translation>Programme terminé</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="94" />
        <source>Paused · </source>
        <translation>En pause · </translation>
    </message>
</context>
<context>
    <name>session_view</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="170" />
        <source>Hold {time}</source>
        <translation>Maintenez {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="171" />
        <source>Hold {time} on the {side}</source>
        <translation>Maintenez {time}, {side}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="175" />
        <source>%n reps {own_pace}: Enter when the set is done</source>
        <translation>
            <numerusform>%n répétitions {own_pace} : Entrée quand la série est finie</numerusform>
            <numerusform>%n répétitions {own_pace} : Entrée quand la série est finie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="181" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n répétitions</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="182" />
        <source>%n reps · {tempo}</source>
        <translation>
            <numerusform>%n répétitions · {tempo}</numerusform>
            <numerusform>%n répétitions · {tempo}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="128" />
        <source>the whole file (it should hold a JSON object in braces)</source>
        <translation>le fichier entier (il doit contenir un objet JSON entre accolades)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="173" />
        <source>reset to the default: {names}</source>
        <translation>valeurs par défaut rétablies : {names}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="180" />
        <source>sound</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="181" />
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="182" />
        <source>mute</source>
        <translation>muet</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="183" />
        <source>spoken cues</source>
        <translation>consignes vocales</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="184" />
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="185" />
        <source>get-ready time</source>
        <translation>temps de préparation</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="186" />
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="187" />
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="188" />
        <source>high contrast</source>
        <translation>contraste élevé</translation>
    </message>
</context>
<context>
    <name>sound</name>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="132" />
        <source>No sound device found: the session runs without beeps.</source>
        <translation>Aucun périphérique audio trouvé : la séance continue sans bips.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="133" />
        <source>Beeps cannot be played on this computer: the session runs without them.</source>
        <translation>Les bips ne peuvent pas être joués sur cet ordinateur : la séance continue sans eux.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="17" />
        <source>Spoken cues are not available on this computer: follow the screen and the beeps.</source>
        <translation>Les consignes vocales ne sont pas disponibles sur cet ordinateur : suivez l'écran et les bips.</translation>
    </message>
</context>
<context>
    <name>strip</name>
    <message>
        <location filename="../../hiptimer/present/strip.py" line="52" />
        <source>about {total}: {work} of sets and holds, {rest} of rests</source>
        <translation>environ {total} : {work} de séries et de maintiens, {rest} de repos</translation>
    </message>
</context>
</TS>
