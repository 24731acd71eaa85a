<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Announcing</name>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="51" />
        <source>No sound device found and no spoken cues: the session runs silently; follow the screen.</source>
        <translation>No se encontró ningún dispositivo de sonido y no hay indicaciones habladas: la sesión transcurre en silencio; sigue la pantalla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="55" />
        <source>Beeps cannot be played and there are no spoken cues: the session runs silently; follow the screen.</source>
        <translation>No se pueden reproducir los pitidos y no hay indicaciones habladas: la sesión transcurre en silencio; sigue la pantalla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="100" />
        <source>no sound device</source>
        <translation>no hay dispositivo de sonido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="102" />
        <source>beeps cannot be played</source>
        <translation>no se pueden reproducir los pitidos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="104" />
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="106" />
        <source>Sound on: beeps only, no spoken cues</source>
        <translation>Sonido activado: solo pitidos, sin indicaciones habladas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="108" />
        <source>Sound on: spoken cues only, no beeps ({why})</source>
        <translation>Sonido activado: solo indicaciones habladas, sin pitidos ({why})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/announcing.py" line="111" />
        <source>Sound on, but there is nothing to hear: {why}, no spoken cues</source>
        <translation>Sonido activado, pero no se oye nada: {why}, sin indicaciones habladas</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="60" />
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="61" />
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="62" />
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="63" />
        <source>Right / left</source>
        <translation>Derecha / izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="64" />
        <source>Sides differ by</source>
        <translation>Diferencia entre lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="65" />
        <source>Check</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="84" />
        <source>⚠ {side} side behind by more than 10 %</source>
        <translation>⚠ lado {side} por detrás en más de un 10 %</translation>
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
            <numerusform>%n repeticiones</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="92" />
        <source>too little to compare (under {least})</source>
        <translation>muy poco para comparar (menos de {least})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="95" />
        <source>balanced</source>
        <translation>equilibrado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="120" />
        <source>{name}: {left} seconds held on the left, {right} on the right.</source>
        <translation>{name}: {left} segundos mantenidos en la izquierda, {right} en la derecha.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="124" />
        <source>{name}: {left} reps on the left, {right} on the right.</source>
        <translation>{name}: {left} repeticiones en la izquierda, {right} en la derecha.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="127" />
        <source>Flagged when the weaker side did more than 10 % less than the stronger, once the stronger side did at least one set's worth.</source>
        <translation>Se marca cuando el lado más débil hizo más de un 10 % menos que el más fuerte, una vez que el lado más fuerte completó al menos el equivalente a una serie.</translation>
    </message>
</context>
<context>
    <name>Body</name>
    <message>
        <location filename="../../hiptimer/core/body.py" line="28" />
        <source>Left foot planted, right leg up</source>
        <translation>Pie izquierdo apoyado, pierna derecha arriba</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="29" />
        <source>Right foot planted, left leg up</source>
        <translation>Pie derecho apoyado, pierna izquierda arriba</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="30" />
        <source>Step out to your left, left foot leads</source>
        <translation>Paso hacia la izquierda, el pie izquierdo abre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="31" />
        <source>Step out to your right, right foot leads</source>
        <translation>Paso hacia la derecha, el pie derecho abre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="32" />
        <source>Lie on your right side, left knee opens</source>
        <translation>Túmbate sobre el lado derecho, abre la rodilla izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="33" />
        <source>Lie on your left side, right knee opens</source>
        <translation>Túmbate sobre el lado izquierdo, abre la rodilla derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="34" />
        <source>Stand on your left leg on the step, right leg hangs</source>
        <translation>De pie sobre la pierna izquierda en el escalón, la derecha cuelga</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="35" />
        <source>Stand on your right leg on the step, left leg hangs</source>
        <translation>De pie sobre la pierna derecha en el escalón, la izquierda cuelga</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="36" />
        <source>Lift your left leg, knee bent</source>
        <translation>Eleva la pierna izquierda, rodilla flexionada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="37" />
        <source>Lift your right leg, knee bent</source>
        <translation>Eleva la pierna derecha, rodilla flexionada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="38" />
        <source>Left knee down, right foot in front</source>
        <translation>Rodilla izquierda en el suelo, pie derecho delante</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="39" />
        <source>Right knee down, left foot in front</source>
        <translation>Rodilla derecha en el suelo, pie izquierdo delante</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="40" />
        <source>Work your left leg</source>
        <translation>Trabaja la pierna izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="41" />
        <source>Work your right leg</source>
        <translation>Trabaja la pierna derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="42" />
        <source>Lie on your left side</source>
        <translation>Túmbate sobre el lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="43" />
        <source>Lie on your right side</source>
        <translation>Túmbate sobre el lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="44" />
        <source>Stand on your left leg</source>
        <translation>De pie sobre la pierna izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="45" />
        <source>Stand on your right leg</source>
        <translation>De pie sobre la pierna derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="46" />
        <source>Left knee down</source>
        <translation>Rodilla izquierda en el suelo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="47" />
        <source>Right knee down</source>
        <translation>Rodilla derecha en el suelo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="48" />
        <source>Work your left side</source>
        <translation>Trabaja el lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="49" />
        <source>Work your right side</source>
        <translation>Trabaja el lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="56" />
        <source>left</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/body.py" line="57" />
        <source>right</source>
        <comment>a side word in a trainer's own instruction</comment>
        <translation>derecha</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="34" />
        <source>--since expects a date as YYYY-MM-DD, got {text!r}</source>
        <translation>--since espera una fecha con formato AAAA-MM-DD, se recibió {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="42" />
        <source>--since {text} is before 1970, where no history can start; leave --since out to export everything</source>
        <translation>--since {text} es anterior a 1970, donde no puede empezar ningún historial; omite --since para exportarlo todo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="72" />
        <source>hiptimer: {message}</source>
        <translation>hiptimer: {message}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="77" />
        <source>hiptimer: restoring the backup {name}</source>
        <translation>hiptimer: restaurando la copia de seguridad {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="97" />
        <source>Wrote {count} sets to {csv}</source>
        <translation>Se escribieron {count} series en {csv}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="118" />
        <source>cannot write {out}: {reason}</source>
        <translation>no se puede escribir {out}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="124" />
        <source>Wrote a report of %n session(s) from profile {profile!r} to {out}; send it to your trainer</source>
        <translation>
            <numerusform>Se escribió un informe de %n sesión del perfil {profile!r} en {out}; envíaselo a tu entrenador</numerusform>
            <numerusform>Se escribió un informe de %n sesiones del perfil {profile!r} en {out}; envíaselo a tu entrenador</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="150" />
        <source>{file}: {error}; nothing imported. If it is this client's, run again with --yes-this-client</source>
        <translation>{file}: {error}; no se importó nada. Si es de este cliente, vuelve a ejecutarlo con --yes-this-client</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="158" />
        <source>Imported %n new session(s) into profile {profile!r} ({already_there} already there)</source>
        <translation>
            <numerusform>Se importó %n sesión nueva al perfil {profile!r} ({already_there} ya estaban)</numerusform>
            <numerusform>Se importaron %n sesiones nuevas al perfil {profile!r} ({already_there} ya estaban)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="180" />
        <source>Removed {removed} demo sessions from profile {profile!r}</source>
        <translation>Se quitaron {removed} sesiones de demostración del perfil {profile!r}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="188" />
        <source>hiptimer: profile {profile!r} already has %n real session(s); demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</source>
        <translation>
            <numerusform>hiptimer: el perfil {profile!r} ya tiene %n sesión real; los datos de demostración solo van a un perfil sin ninguna. Prueba otro perfil, por ejemplo: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
            <numerusform>hiptimer: el perfil {profile!r} ya tiene %n sesiones reales; los datos de demostración solo van a un perfil sin ninguna. Prueba otro perfil, por ejemplo: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/history.py" line="205" />
        <source>Added {added} made-up sessions ({sets} sets, {weeks} weeks) to profile {profile!r}{again}.
Remove them with: hiptimer history demo --remove --profile {profile!r}</source>
        <translation>Se añadieron {added} sesiones inventadas ({sets} series, {weeks} semanas) al perfil {profile!r}{again}.
Quítalas con: hiptimer history demo --remove --profile {profile!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="56" />
        <source>Routines in profile {profile!r}:</source>
        <translation>Rutinas del perfil {profile!r}:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="62" />
        <source>  {file:&lt;40} cannot be read: {problem}</source>
        <translation>  {file:&lt;40} no se puede leer: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="80" />
        <source>--ics needs --days and --time, e.g. --days mon,wed,fri --time 07:00</source>
        <translation>--ics necesita --days y --time, p. ej. --days mon,wed,fri --time 07:00</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="87" />
        <source>--days and --time go with --ics FILE (a calendar series)</source>
        <translation>--days y --time van con --ics ARCHIVO (una serie de calendario)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="98" />
        <source>Wrote {name} as a weekly calendar series to {out}</source>
        <translation>Se escribió {name} como serie semanal de calendario en {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="108" />
        <source>Wrote {name} as a FIT workout ({steps} steps) to {out}</source>
        <translation>Se escribió {name} como entrenamiento FIT ({steps} pasos) en {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="116" />
        <source>Exported {name} to {out}</source>
        <translation>Se exportó {name} a {out}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/routines.py" line="130" />
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
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
            <numerusform>Se escribió {out} (%n página, {paper})</numerusform>
            <numerusform>Se escribió {out} (%n páginas, {paper})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="33" />
        <source>A guided hip-strengthening routine with a history. With no command, opens the window.</source>
        <translation>Una rutina guiada de fortalecimiento de cadera, con historial. Sin orden, abre la ventana.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="37" />
        <source>Language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one chosen in Settings; LANGUAGE=pseudo shows every translated text accented. To add a language: add it to LANGUAGES in hiptimer/core/i18n.py, run `python packaging/translations.py update` (pyside6-lupdate), translate resources/translations/hiptimer_&lt;code&gt;.ts with Qt Linguist (pyside6-linguist), and test with LANGUAGE=&lt;code&gt; and LANGUAGE=pseudo; the .qm catalogues are compiled by pyside6-lrelease at build time. See the README.</source>
        <translation>Idioma: el del sistema (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) o el elegido en Ajustes; LANGUAGE=pseudo muestra cada texto traducido con acentos. Para añadir un idioma: añádelo a LANGUAGES en hiptimer/core/i18n.py, ejecuta `python packaging/translations.py update` (pyside6-lupdate), traduce resources/translations/hiptimer_&lt;code&gt;.ts con Qt Linguist (pyside6-linguist) y prueba con LANGUAGE=&lt;code&gt; y LANGUAGE=pseudo; pyside6-lrelease compila los catálogos .qm al construir. Consulta el README.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="56" />
        <source>hiptimer: no exercise {exercise_id!r} in {name!r}; choose one of: {known}</source>
        <translation>hiptimer: no hay ningún ejercicio {exercise_id!r} en {name!r}; elige uno de: {known}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="65" />
        <source>hiptimer: cannot write {out}: folder {parent} does not exist</source>
        <translation>hiptimer: no se puede escribir {out}: la carpeta {parent} no existe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="106" />
        <source>hiptimer: could not write {out} (is the disk full or read-only?)</source>
        <translation>hiptimer: no se pudo escribir {out} (¿el disco está lleno o es de solo lectura?)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/illustrate.py" line="113" />
        <source>wrote {out} ({width}x{height})</source>
        <translation>se escribió {out} ({width}x{height})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="32" />
        <source>hiptimer: cannot show a reminder: {error}.</source>
        <translation>hiptimer: no se puede mostrar un recordatorio: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/reminders.py" line="36" />
        <source>Sent a test reminder: it should show on your desktop now.</source>
        <translation>Se envió un recordatorio de prueba: debería aparecer ahora en tu escritorio.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/self_test.py" line="54" />
        <source>self-test: {passed} passed, {failed} failed</source>
        <translation>autoprueba: {passed} correctas, {failed} fallidas</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <location filename="../../hiptimer/exchange/csv_export.py" line="161" />
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="36" />
        <source>On your back, knees bent, lift one foot an inch off the floor.</source>
        <translation>Boca arriba, rodillas flexionadas, despega un pie un par de centímetros del suelo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="37" />
        <source>Drive through the planted heel and raise the hips; hold at the top.</source>
        <translation>Empuja con el talón apoyado y eleva la cadera; mantén arriba.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="40" />
        <source>Keep the hips level: do not let the lifted side sag.</source>
        <translation>Mantén la pelvis nivelada: que no caiga el lado elevado.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="56" />
        <source>Band just below the knees, sink into a quarter squat.</source>
        <translation>Banda justo bajo las rodillas, baja a un cuarto de sentadilla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="57" />
        <source>Take a wide step with the leading foot, then let the other follow.</source>
        <translation>Da un paso amplio con el pie que guía y deja que el otro le siga.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="60" />
        <source>Stay low, knees pushed out over the toes, band tight: no bobbing up.</source>
        <translation>Quédate bajo, rodillas hacia fuera sobre los pies, banda tensa: sin subir y bajar.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="78" />
        <source>Lie on your side, knees bent, knees and ankles stacked.</source>
        <translation>De lado, rodillas flexionadas, rodillas y tobillos alineados.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="79" />
        <source>Keep the feet together and open the top knee toward the ceiling.</source>
        <translation>Pies juntos; abre la rodilla de arriba hacia el techo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="82" />
        <source>Do not roll the pelvis back as the knee opens.</source>
        <translation>No dejes que la pelvis rote hacia atrás al abrir la rodilla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="99" />
        <source>Stand on one leg on a step, trunk tall; hold a rail if needed.</source>
        <translation>De pie sobre una pierna en un escalón, tronco erguido; agárrate si lo necesitas.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="100" />
        <source>Free leg straight, hanging beside the step; sink slowly into a quarter squat.</source>
        <translation>Pierna libre estirada junto al escalón; baja despacio a un cuarto de sentadilla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="103" />
        <source>Hips stay level; keep the standing knee soft, never locked.</source>
        <translation>La pelvis nivelada; rodilla de apoyo suave, nunca bloqueada.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="119" />
        <source>On hands and knees, back flat, head in line with the spine.</source>
        <translation>En cuadrupedia, espalda recta, cabeza alineada con la columna.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="120" />
        <source>Keep the knee at ninety degrees and press the sole toward the ceiling.</source>
        <translation>Rodilla a noventa grados; empuja la planta del pie hacia el techo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="123" />
        <source>Do not arch the lower back or tip the hips to one side.</source>
        <translation>No arquees la zona lumbar ni inclines la pelvis hacia un lado.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="139" />
        <source>Kneel on one knee on a cushion, the other foot flat in front.</source>
        <translation>Una rodilla sobre un cojín, el otro pie plano delante.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="140" />
        <source>Chest tall, tuck the pelvis under until the front of the hip stretches.</source>
        <translation>Pecho erguido, bascula la pelvis hasta notar el estiramiento delante de la cadera.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="143" />
        <source>Breathe slowly; do not lean forward or arch the back.</source>
        <translation>Respira despacio; no te inclines hacia delante ni arquees la espalda.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="30" />
        <source>Last rep</source>
        <translation>Última repetición</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="35" />
        <source>Ending early keeps what was done: every set so far counts.</source>
        <translation>Terminar antes guarda lo hecho: cada serie hasta ahora cuenta.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="42" />
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="43" />
        <source>WORK</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="44" />
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="45" />
        <source>SWITCH SIDES</source>
        <translation>CAMBIO DE LADO</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="46" />
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="47" />
        <source>DONE</source>
        <translation>FIN</translation>
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
        <translation>Prepárate. {side}. {exercise}. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="102" />
        <source>Get ready. {set}</source>
        <translation>Prepárate. {set}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="84" />
        <source>{set} {body}.</source>
        <translation>{set} {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="108" />
        <source>Switch sides. {body}.</source>
        <translation>Cambio de lado. {body}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="110" />
        <source>Switch sides.</source>
        <translation>Cambio de lado.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="111" />
        <source>Switch sides. {side} next.</source>
        <translation>Cambio de lado. Ahora: {side}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="89" />
        <source>Rest, {duration}</source>
        <translation>Descanso, {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="92" />
        <source>Well done. Routine complete.</source>
        <translation>Bien hecho. Rutina completada.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="131" />
        <source>Set {set} of {sets}</source>
        <translation>Serie {set} de {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="137" />
        <source>Rep {rep} of {reps}</source>
        <translation>Repetición {rep} de {reps}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/cues.py" line="140" />
        <source>goal %n rep(s)</source>
        <translation>
            <numerusform>objetivo: %n repetición</numerusform>
            <numerusform>objetivo: %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="142" />
        <source>Hold {duration}</source>
        <translation>Mantén {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="152" />
        <source>Next: finished</source>
        <translation>Después: terminado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="154" />
        <source>Next: switch to the {side} ({duration})</source>
        <translation>Después: cambio al {side} ({duration})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="158" />
        <source>Next: {rest}</source>
        <translation>Después: {rest}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="160" />
        <source>Next: {exercise} · {dose}</source>
        <translation>Después: {exercise} · {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="164" />
        <source>Next: {step}</source>
        <translation>Después: {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="172" />
        <source>rest {duration}</source>
        <translation>descanso {duration}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="174" />
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="179" />
        <source>rest {duration}, then {step}</source>
        <translation>descanso {duration}, luego {step}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="185" />
        <source>Get into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/cues.py" line="187" />
        <source>Switch to the {side}</source>
        <translation>Cambia al {side}</translation>
    </message>
</context>
<context>
    <name>DBusNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="99" />
        <source>no desktop notification service is running</source>
        <translation>no hay ningún servicio de notificaciones de escritorio en ejecución</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="120" />
        <source>the notification service refused it ({error})</source>
        <translation>el servicio de notificaciones la rechazó ({error})</translation>
    </message>
</context>
<context>
    <name>EffortChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="407" />
        <location filename="../../hiptimer/ui/history/plots.py" line="467" />
        <source>Effort (1-10)</source>
        <translation>Esfuerzo (1-10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="442" />
        <source>{period}: effort {effort} on average (%n sessions)</source>
        <translation>
            <numerusform>{period}: esfuerzo medio de {effort} (%n sesiones)</numerusform>
            <numerusform>{period}: esfuerzo medio de {effort} (%n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="459" />
        <source>{day}: effort {effort}</source>
        <translation>{day}: esfuerzo {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="465" />
        <source>Effort (1-10), monthly average</source>
        <translation>Esfuerzo (1-10), media mensual</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="472" />
        <source>Effort (1-10): none saved in this range</source>
        <translation>Esfuerzo (1-10): ninguno guardado en este periodo</translation>
    </message>
</context>
<context>
    <name>EndScreen</name>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="41" />
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="42" />
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="43" />
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="44" />
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="45" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="76" />
        <source>Sets done</source>
        <translation>Series hechas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="78" />
        <source>Each exercise and side: sets planned, done and time</source>
        <translation>Cada ejercicio y lado: series previstas, hechas y tiempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="85" />
        <source>How hard was it? (1 easy … 10 all-out)</source>
        <translation>¿Cuánto te costó? (1 fácil … 10 al máximo)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="94" />
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="96" />
        <location filename="../../hiptimer/ui/end_view.py" line="103" />
        <source>How hard the session was, from 1 easy to 10 all-out</source>
        <translation>Lo dura que fue la sesión, de 1 fácil a 10 al máximo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="101" />
        <source>Effort from 1 to 10</source>
        <translation>Esfuerzo de 1 a 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="114" />
        <source>Pain or comfort note (optional), e.g. “left knee a bit sore”</source>
        <translation>Nota sobre dolor o comodidad (opcional), p. ej., «la rodilla izquierda algo dolorida»</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="117" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="119" />
        <source>Pain or comfort note, optional; Enter saves</source>
        <translation>Nota sobre dolor o comodidad, opcional; Intro guarda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="122" />
        <location filename="../../hiptimer/ui/end_view.py" line="235" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="127" />
        <source>Save how it felt with this session (Enter)</source>
        <translation>Guarda cómo te sentiste junto con esta sesión (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="131" />
        <source>Back to start</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="134" />
        <source>Back to the routine, ready for next time (Enter once saved)</source>
        <translation>Vuelve a la rutina, lista para la próxima vez (Intro una vez guardado)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="137" />
        <source>See histor&amp;y  (Ctrl+H)</source>
        <translation>Ver histor&amp;ial  (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="140" />
        <source>This session among the others: charts and sets</source>
        <translation>Esta sesión junto a las demás: gráficos y series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="151" />
        <source>Export this session as CSV…</source>
        <translation>Exportar esta sesión como CSV…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="154" />
        <source>Keep a copy of this session in a file you choose</source>
        <translation>Guarda una copia de esta sesión en el archivo que elijas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="215" />
        <source>Rate the effort and add a note, then Save.</source>
        <translation>Valora el esfuerzo y añade una nota; después, Guardar.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="334" />
        <source>Saved with this session.</source>
        <translation>Guardado con esta sesión.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="336" />
        <source>Kept with the session, which is not saved yet (see above).</source>
        <translation>Conservado con la sesión, que aún no está guardada (ver arriba).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/end_view.py" line="343" />
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ExerciseEditorDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="87" />
        <source>New exercise ({profile})</source>
        <translation>Nuevo ejercicio ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="89" />
        <source>Edit exercise: {name} ({profile})</source>
        <translation>Editar ejercicio: {name} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="98" />
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="100" />
        <source>&amp;Drawn figure</source>
        <translation>Figura &amp;dibujada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="101" />
        <source>&amp;Own picture</source>
        <translation>Imagen &amp;propia</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="103" />
        <source>A PNG or JPEG file, such as a photo of the exercise</source>
        <translation>Un archivo PNG o JPEG, como una foto del ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="105" />
        <source>Name card onl&amp;y</source>
        <translation>Solo &amp;tarjeta con el nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="113" />
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="115" />
        <source>Pick a PNG or JPEG; it is checked and copied into the profile</source>
        <translation>Elige un PNG o JPEG; se comprueba y se copia en el perfil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="149" />
        <source>Save into the library ({keys})</source>
        <translation>Guardar en la biblioteca ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="163" />
        <source>Invalid values are marked next to their field; Save is available once all are fine.</source>
        <translation>Los valores no válidos se marcan junto a su campo; podrás guardar cuando todos sean correctos.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="191" />
        <source>choose a picture file</source>
        <translation>elige un archivo de imagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="223" />
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="225" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_editor.py" line="237" />
        <source>{file} cannot be used: {problem}</source>
        <translation>No se puede usar {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="81" />
        <source>Drawn figure</source>
        <translation>Figura dibujada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="83" />
        <source>The drawn figure that shows this exercise</source>
        <translation>La figura dibujada de este ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="86" />
        <source>Show one of HipTimer's drawn figures</source>
        <translation>Mostrar una de las figuras dibujadas de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="89" />
        <source>Show a card with the exercise's name, no picture</source>
        <translation>Mostrar una tarjeta con el nombre del ejercicio, sin imagen</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="41" />
        <source>Both sides, left first</source>
        <translation>Ambos lados, primero el izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="42" />
        <source>Both sides, right first</source>
        <translation>Ambos lados, primero el derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="43" />
        <source>Left side only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="44" />
        <source>Right side only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="45" />
        <source>Both legs together (no sides)</source>
        <translation>Ambas piernas a la vez (sin lados)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="48" />
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="49" />
        <source>Hold for a time</source>
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="104" />
        <source>working leg, lying side, standing leg, kneeling leg, or own words</source>
        <translation>pierna que trabaja, lado tumbado, pierna de apoyo, pierna arrodillada o texto propio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="110" />
        <source>What the side means for the body. Your own words may say {side} and {other}, for example: Lie on your {other} side, {side} knee opens</source>
        <translation>Qué significa el lado para el cuerpo. Tu texto puede usar {side} y {other}, por ejemplo: Túmbate sobre el lado {other}, la rodilla {side} se abre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="124" />
        <source>Self-paced: the runner presses Done</source>
        <translation>A su ritmo: el corredor pulsa Hecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="134" />
        <source>Seconds for the {phase} phase of each repetition</source>
        <translation>Segundos de la fase «{phase}» de cada repetición</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="141" />
        <source>for example: green band, mat</source>
        <translation>por ejemplo: banda verde, esterilla</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="145" />
        <source>One short cue per line, up to six</source>
        <translation>Una indicación breve por línea, hasta seis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="154" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="155" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="158" />
        <source>S&amp;ides</source>
        <translation>&amp;Lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="160" />
        <source>Side &amp;means</source>
        <translation>Significado del la&amp;do</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="163" />
        <source>S&amp;ets</source>
        <translation>S&amp;eries</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="164" />
        <source>&amp;Reps per set</source>
        <translation>&amp;Repeticiones por serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="165" />
        <source>&amp;Hold</source>
        <translation>&amp;Mantenimiento</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="169" />
        <source>&amp;Tempo</source>
        <translation>Ritm&amp;o</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="176" />
        <source>Rest between side&amp;s</source>
        <translation>Descanso entre lado&amp;s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="181" />
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="184" />
        <source>E&amp;quipment</source>
        <translation>M&amp;aterial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="186" />
        <source>&amp;Cues</source>
        <translation>&amp;Indicaciones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/exercise_form.py" line="318" />
        <source>Only used when both sides are worked</source>
        <translation>Solo se usa cuando se trabajan ambos lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="27" />
        <source>The exercise's name, as the runner sees it</source>
        <translation>El nombre del ejercicio, tal como lo ve el corredor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="28" />
        <source>Repetitions or a hold</source>
        <translation>Repeticiones o mantenimiento</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="31" />
        <source>Which sides are worked, and which comes first</source>
        <translation>Qué lados se trabajan y cuál va primero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="33" />
        <source>How many sets on each side</source>
        <translation>Cuántas series por lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="34" />
        <source>Repetitions in each set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="35" />
        <source>Seconds to hold in each set</source>
        <translation>Segundos de mantenimiento por serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="36" />
        <source>No tempo: the runner presses Done</source>
        <translation>Sin ritmo: el corredor pulsa Hecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="37" />
        <source>Seconds of rest between two sets</source>
        <translation>Segundos de descanso entre dos series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="40" />
        <source>What the exercise needs, separated by commas</source>
        <translation>Lo que necesita el ejercicio, separado por comas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="44" />
        <source>Short reminders shown during the set, one a line</source>
        <translation>Indicaciones breves durante la serie, una por línea</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="51" />
        <source>Seconds of rest before the other side</source>
        <translation>Segundos de descanso antes del otro lado</translation>
    </message>
</context>
<context>
    <name>ExerciseLibraryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="119" />
        <source>The exercise library: Enter opens one</source>
        <translation>La biblioteca de ejercicios: Intro abre uno</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="43" />
        <source>Exercise library: {profile}</source>
        <translation>Biblioteca de ejercicios: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="50" />
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="74" />
        <source>&amp;New exercise</source>
        <translation>&amp;Nuevo ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="76" />
        <source>Make a new exercise of your own</source>
        <translation>Crea un ejercicio propio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="80" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="82" />
        <source>Copy this exercise to change it as your own</source>
        <translation>Copia este ejercicio para modificarlo como propio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="86" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="88" />
        <source>Change this exercise</source>
        <translation>Modifica este ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="92" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="94" />
        <source>Delete this exercise</source>
        <translation>Elimina este ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="131" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="133" />
        <source>Close the window</source>
        <translation>Cierra la ventana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="145" />
        <source>Built-in exercises (read-only)</source>
        <translation>Ejercicios integrados (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="149" />
        <source>Your exercises</source>
        <translation>Tus ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="151" />
        <source>Your exercises: none yet</source>
        <translation>Tus ejercicios: ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="175" />
        <source>Built-in: duplicate it to change it</source>
        <translation>Integrado: duplícalo para modificarlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="196" />
        <source>Built-in exercises are read-only: Duplicate makes a copy</source>
        <translation>Los ejercicios integrados son de solo lectura: Duplicar crea una copia</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="200" />
        <source>Change this exercise (F2)</source>
        <translation>Modifica este ejercicio (F2)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="205" />
        <source>Choose an exercise on the left.</source>
        <translation>Elige un ejercicio a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="215" />
        <source>Built-in, read-only: Duplicate makes a copy you can change.</source>
        <translation>Integrado, de solo lectura: Duplicar crea una copia que puedes modificar.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="220" />
        <source>Your own exercise.</source>
        <translation>Ejercicio propio.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="260" />
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="272" />
        <source>Delete exercise</source>
        <translation>Eliminar ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/library_window.py" line="261" />
        <source>Delete {name} from the library? Routines that use it keep their own copy.</source>
        <translation>¿Eliminar {name} de la biblioteca? Las rutinas que lo usan conservan su propia copia.</translation>
    </message>
</context>
<context>
    <name>ExerciseRow</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="75" />
        <source>Picture of {name}</source>
        <translation>Imagen de {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="94" />
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="96" />
        <source>Needs: {needs}</source>
        <translation>Necesitas: {needs}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="112" />
        <source>Time for this exercise, with its rests</source>
        <translation>Tiempo de este ejercicio, con sus descansos</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="27" />
        <source>Single-leg glute bridge</source>
        <translation>Puente de glúteo a una pierna</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="34" />
        <location filename="../../hiptimer/core/builtin.py" line="76" />
        <location filename="../../hiptimer/core/builtin.py" line="117" />
        <source>mat</source>
        <translation>esterilla</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="47" />
        <source>Lateral band steps</source>
        <translation>Pasos laterales con banda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="54" />
        <source>resistance band</source>
        <translation>banda elástica</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="69" />
        <source>Clamshells</source>
        <translation>Almejas (clamshell)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="89" />
        <source>Hip hikes</source>
        <translation>Elevación de pelvis en escalón</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="97" />
        <source>step or sturdy box</source>
        <translation>escalón o cajón firme</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="110" />
        <source>Donkey kicks</source>
        <translation>Patada de glúteo en cuadrupedia</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="130" />
        <source>Half-kneeling hip flexor stretch</source>
        <translation>Estiramiento de flexores de cadera en semiarrodillado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="137" />
        <source>cushion for the knee</source>
        <translation>cojín para la rodilla</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/builtin.py" line="160" />
        <source>Hip strength for runners</source>
        <translation>Fuerza de cadera para corredores</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../hiptimer/core/files.py" line="166" />
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="168" />
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="170" />
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="172" />
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="173" />
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="189" />
        <location filename="../../hiptimer/core/files.py" line="197" />
        <source>it is {kind}, not a file</source>
        <translation>es {kind}, no un archivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="216" />
        <source>the file is {size:.1f} MB; {what} is at most {limit:.0f} MB</source>
        <translation>el archivo ocupa {size:.1f} MB; {what} ocupa como mucho {limit:.0f} MB</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="223" />
        <source>cannot read the file: {error}</source>
        <translation>no se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="227" />
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/files.py" line="233" />
        <source>the file is larger than {limit:.0f} MB</source>
        <translation>el archivo ocupa más de {limit:.0f} MB</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="20" />
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="21" />
        <source>2 or 3 times a week, with at least one rest day between sessions.</source>
        <translation>2 o 3 veces por semana, con al menos un día de descanso entre sesiones.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="26" />
        <source>Stop if it hurts</source>
        <translation>Para si duele</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="27" />
        <source>stop an exercise if pain rises above 5 out of 10 while you do it, or if the pain is worse the next morning, and tell your trainer before going on.</source>
        <translation>detén un ejercicio si el dolor supera 5 de 10 mientras lo haces, o si es peor a la mañana siguiente, y consúltalo con tu entrenador antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="34" />
        <source>How to progress</source>
        <translation>Cómo progresar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="35" />
        <source>when every set feels easy with good form for two sessions running, add 2 reps per set (5 s per hold); once that is easy too, add a set.</source>
        <translation>cuando todas las series resulten fáciles con buena técnica durante dos sesiones seguidas, añade 2 repeticiones por serie (5 s por mantenimiento); cuando eso también sea fácil, añade una serie.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="42" />
        <source>Left and right</source>
        <translation>Izquierda y derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="43" />
        <source>the side named is the working side; the line for each side says how to place your body.</source>
        <translation>el lado indicado es el que trabaja; la línea de cada lado explica cómo colocar el cuerpo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="50" />
        <source>Ticks</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="51" />
        <source>after each session, tick one box per side: the columns are sessions, not days.</source>
        <translation>tras cada sesión, marca una casilla por lado: las columnas son sesiones, no días.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="62" />
        <source>Both</source>
        <comment>a tick row for both legs at once</comment>
        <translation>Ambas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="69" />
        <source>{heading}: </source>
        <translation>{heading}: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/handout_text.py" line="77" />
        <source>The built-in exercises follow {article}. The wording and the drawings are HipTimer's own.</source>
        <translation>Los ejercicios incluidos siguen {article}. Los textos y los dibujos son de HipTimer.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="64" />
        <source>Handout: {routine} ({profile})</source>
        <translation>Hoja de ejercicios: {routine} ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="72" />
        <source>printed at the top; may stay empty</source>
        <translation>se imprime arriba; puede quedar vacío</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="76" />
        <source>printed at the top; empty leaves a line to sign</source>
        <translation>se imprime arriba; si está vacío, queda una línea para firmar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="80" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="85" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="87" />
        <source>Choose the folder and name of the PDF</source>
        <translation>Elige la carpeta y el nombre del PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="91" />
        <source>&amp;Open the PDF when it is written</source>
        <translation>&amp;Abrir el PDF al crearlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="97" />
        <source>&amp;Client's name</source>
        <translation>Nombre del &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="98" />
        <source>&amp;Trainer's name</source>
        <translation>Nombre del e&amp;ntrenador</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="99" />
        <source>&amp;Paper</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="100" />
        <source>&amp;File</source>
        <translation>A&amp;rchivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="105" />
        <source>&amp;Write PDF</source>
        <translation>&amp;Generar PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="118" />
        <source>Save the handout</source>
        <translation>Guardar la hoja de ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="120" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/handout_dialog.py" line="128" />
        <source>choose a file for the PDF</source>
        <translation>elige un archivo para el PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="95" />
        <source>The paper size to print on</source>
        <translation>El tamaño de papel para imprimir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="98" />
        <source>Where the PDF is written</source>
        <translation>Dónde se guarda el PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="101" />
        <source>Show the handout in the PDF viewer once it is written</source>
        <translation>Abrir la hoja en el visor de PDF cuando esté lista</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../hiptimer/store/database.py" line="212" />
        <source>{target} already exists; HipTimer does not overwrite it</source>
        <translation>{target} ya existe; HipTimer no lo sobrescribe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/database.py" line="229" />
        <source>The copy {target} failed its integrity check: {problem}</source>
        <translation>La copia {target} no superó la comprobación de integridad: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="34" />
        <source>The disk holding your history is full, so {doing} failed ({path}). Everything saved before this is safe. Free some disk space; HipTimer saves what is waiting as soon as it can.</source>
        <translation>El disco que contiene tu historial está lleno, así que no se pudo {doing} ({path}). Todo lo guardado antes está a salvo. Libera espacio en disco; HipTimer guardará lo pendiente en cuanto pueda.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="45" />
        <source>Your history file is read-only, so {doing} failed ({path}). Make the file writable (check its permissions), then start HipTimer again.</source>
        <translation>Tu archivo de historial es de solo lectura, así que no se pudo {doing} ({path}). Haz que se pueda escribir en el archivo (revisa sus permisos) y vuelve a iniciar HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="53" />
        <source>The history database is busy in another program, so {doing} failed ({path}). Close other copies of HipTimer or programs that have the file open, then try again.</source>
        <translation>La base de datos del historial está ocupada por otro programa, así que no se pudo {doing} ({path}). Cierra otras copias de HipTimer o los programas que tengan el archivo abierto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/errors.py" line="60" />
        <source>{doing} failed: {error} ({path})</source>
        <translation>No se pudo {doing}: {error} ({path})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="257" />
        <source>Today's backup of your history could not be written ({error}). Your history itself is fine; HipTimer tries again next time it starts.</source>
        <translation>No se pudo escribir la copia de seguridad de hoy de tu historial ({error}). Tu historial está bien; HipTimer lo volverá a intentar la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="284" />
        <source>starting the session's record</source>
        <translation>iniciar el registro de la sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="303" />
        <source>saving the set</source>
        <translation>guardar la serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="308" />
        <source>closing the session's record</source>
        <translation>cerrar el registro de la sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="318" />
        <source>saving your effort and note</source>
        <translation>guardar tu esfuerzo y tu nota</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="325" />
        <location filename="../../hiptimer/store/progress.py" line="96" />
        <source>There is no session {session_id} in this history</source>
        <translation>No hay ninguna sesión {session_id} en este historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="390" />
        <source>closing the interrupted session</source>
        <translation>cerrar la sesión interrumpida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="400" />
        <source>deleting the session</source>
        <translation>eliminar la sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="437" />
        <source>adding the sessions</source>
        <translation>añadir las sesiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="478" />
        <source>removing the demo sessions</source>
        <translation>quitar las sesiones de demostración</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/history.py" line="493" />
        <source>saving the weekly plan</source>
        <translation>guardar el plan semanal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="79" />
        <source>saving how the exercises went</source>
        <translation>guardar cómo fueron los ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="90" />
        <source>saving this morning's answer</source>
        <translation>guardar la respuesta de esta mañana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/progress.py" line="125" />
        <source>saving the new dose</source>
        <translation>guardar la nueva dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="87" />
        <source>The file {name} in {folder} is not a HipTimer history ({problem}). HipTimer did not change it: it was renamed to {new_name}; nothing was deleted.</source>
        <translation>El archivo {name} de {folder} no es un historial de HipTimer ({problem}). HipTimer no lo modificó: se le cambió el nombre a {new_name}; no se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="98" />
        <source>Your history could not be read ({problem}). The damaged file was kept and renamed to {new_name} in {folder}; nothing was deleted.</source>
        <translation>No se pudo leer tu historial ({problem}). El archivo dañado se conservó con el nombre {new_name} en {folder}; no se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="107" />
        <source>There is no intact backup, so HipTimer starts an empty history.</source>
        <translation>No hay ninguna copia de seguridad intacta, así que HipTimer empieza con un historial vacío.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="116" />
        <source>The newest intact backup is from {day}: restore it to get your history back up to that day, or start an empty history.</source>
        <translation>La copia de seguridad intacta más reciente es del {day}: restáurala para recuperar tu historial hasta ese día, o empieza un historial vacío.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="126" />
        <source>There is no intact backup to restore</source>
        <translation>No hay ninguna copia de seguridad intacta que restaurar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="141" />
        <source>The backup {backup} is damaged too; choose an older one</source>
        <translation>La copia de seguridad {backup} también está dañada; elige una más antigua</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="235" />
        <source>Your history {path} cannot be read: {strerror}</source>
        <translation>No se puede leer tu historial {path}: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="240" />
        <source>file is not a database</source>
        <translation>el archivo no es una base de datos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="249" />
        <location filename="../../hiptimer/store/recovery.py" line="428" />
        <source>opening your history</source>
        <translation>abrir tu historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="255" />
        <source>checking your history</source>
        <translation>comprobar tu historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="267" />
        <source>it belongs to another program, application id {id:#x}</source>
        <translation>pertenece a otro programa, id. de aplicación {id:#x}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="274" />
        <source>its tables are not a HipTimer history's: {tables}</source>
        <translation>sus tablas no son las de un historial de HipTimer: {tables}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="308" />
        <source>Your history {path} cannot be checked: {problem}</source>
        <translation>No se puede comprobar tu historial {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="328" />
        <source>A log file beside your history did not belong to it ({why}); it was renamed to {name} in {folder} and not used. Your history is as it was last saved.</source>
        <translation>Un archivo de registro junto a tu historial no le pertenecía ({why}); se renombró a {name} en {folder} y no se usó. Tu historial está como se guardó por última vez.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="415" />
        <source>it does not make a HipTimer history</source>
        <translation>no forma un historial de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="423" />
        <source>there is no database for it</source>
        <translation>no hay ninguna base de datos para él</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="436" />
        <source>Your history {path} is read-only and from an older HipTimer, so it cannot be upgraded. Make the file writable, then start HipTimer again.</source>
        <translation>Tu historial {path} es de solo lectura y de un HipTimer anterior, así que no se puede actualizar. Haz que se pueda escribir en el archivo y vuelve a iniciar HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="445" />
        <source>Your history file {path} is read-only: your past sessions show, but new sessions cannot be saved until you make it writable again.</source>
        <translation>Tu archivo de historial {path} es de solo lectura: tus sesiones anteriores se ven, pero no se pueden guardar sesiones nuevas hasta que vuelva a admitir escritura.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/recovery.py" line="465" />
        <source>preparing your history</source>
        <translation>preparar tu historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="94" />
        <source>this report comes from another history than the reports imported into profile {profile!r} before (it was made by profile {profile2!r})</source>
        <translation>este informe procede de un historial distinto al de los informes importados antes en el perfil {profile!r} (lo creó el perfil {profile2!r})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/report.py" line="103" />
        <source>this report is from profile {profile!r}, not {profile2!r}</source>
        <translation>este informe es del perfil {profile!r}, no de {profile2!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/store/schema.py" line="303" />
        <source>This history was written by a newer HipTimer (schema version {current}, this one knows up to {newest}). Update HipTimer to open it; the file is left as it is.</source>
        <translation>Este historial lo escribió un HipTimer más reciente (versión de esquema {current}; esta conoce hasta la {newest}). Actualiza HipTimer para abrirlo; el archivo se deja tal cual.</translation>
    </message>
</context>
<context>
    <name>HistoryLink</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="109" />
        <location filename="../../hiptimer/ui/history_link.py" line="135" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="110" />
        <source>Your history cannot be opened, so sessions will not be saved.</source>
        <translation>No se puede abrir tu historial, así que no se guardarán las sesiones.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="113" />
        <source>{error}

You can still follow the routine.</source>
        <translation>{error}

Puedes seguir haciendo la rutina.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="128" />
        <source>Your history is read-only: new sessions will not be saved.</source>
        <translation>Tu historial es de solo lectura: no se guardarán las sesiones nuevas.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="132" />
        <source>A file beside your history was set aside.</source>
        <translation>Se apartó un archivo que estaba junto a tu historial.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="139" />
        <source>The history is read-only: sessions are not saved.</source>
        <translation>El historial es de solo lectura: no se guardan las sesiones.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="174" />
        <source>{weekday} {day} {month} at {time}</source>
        <translation>{weekday} {day} de {month} a las {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="187" />
        <source>Your last session was cut short.</source>
        <translation>Tu última sesión se interrumpió.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="188" />
        <source>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</source>
        <translation>
            <numerusform>{routine}, {when}: se guardaron {saved} de %n series. ¿Quieres seguir desde donde se detuvo o guardarla en tu historial como interrumpida?</numerusform>
            <numerusform>{routine}, {when}: se guardaron {saved} de %n series. ¿Quieres seguir desde donde se detuvo o guardarla en tu historial como interrumpida?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="195" />
        <source>Keep as interrupted</source>
        <translation>Guardar como interrumpida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="212" />
        <source>This session is not being saved: the history is not open.</source>
        <translation>Esta sesión no se está guardando: el historial no está abierto.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="219" />
        <source>This session is not being saved: the history is read-only.</source>
        <translation>Esta sesión no se está guardando: el historial es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="288" />
        <source>An earlier session that waited in memory is now saved.</source>
        <translation>Se ha guardado una sesión anterior que esperaba en memoria.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="301" />
        <source>The session that waited in memory is now saved in your history.</source>
        <translation>La sesión que esperaba en memoria ya está guardada en tu historial.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="327" />
        <source>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</source>
        <translation>
            <numerusform>No se pudo guardar %n sesión de {profile}: no se pudo escribir en el historial, así que no figura en él.</numerusform>
            <numerusform>No se pudo guardar %n sesión de {profile}: no se pudo escribir en el historial, así que no figura en él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="335" />
        <source>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</source>
        <translation>
            <numerusform>No se pudieron guardar %n sesiones de {profile}: no se pudo escribir en el historial, así que no figuran en él.</numerusform>
            <numerusform>No se pudieron guardar %n sesiones de {profile}: no se pudo escribir en el historial, así que no figuran en él.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="356" />
        <source>the disk holding your history is full</source>
        <translation>el disco donde está tu historial está lleno</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="358" />
        <source>your history cannot be written</source>
        <translation>no se puede escribir en tu historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="363" />
        <source>This session could not be saved: {why}. HipTimer tries again while it stays open, but if it is closed first, the session is lost. Export it as CSV to keep it.</source>
        <translation>No se pudo guardar esta sesión: {why}. HipTimer lo vuelve a intentar mientras siga abierto, pero si se cierra antes, la sesión se pierde. Expórtala como CSV para conservarla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="394" />
        <source>Export this session</source>
        <translation>Exportar esta sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="396" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="413" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="414" />
        <source>The session could not be exported.</source>
        <translation>No se pudo exportar la sesión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="418" />
        <source>Exported this session (%n sets) to {path}.</source>
        <translation>
            <numerusform>Sesión exportada (%n series) a {path}.</numerusform>
            <numerusform>Sesión exportada (%n series) a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="477" />
        <source>The history is not open: the plan cannot be changed now.</source>
        <translation>El historial no está abierto: ahora no se puede cambiar el plan.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="506" />
        <source>Weekly plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="507" />
        <source>The plan could not be saved.</source>
        <translation>No se pudo guardar el plan.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="522" />
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="523" />
        <source>HipTimer could not change its start at login; the plan itself is saved.</source>
        <translation>HipTimer no pudo cambiar su inicio automático al iniciar sesión; el plan sí está guardado.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="563" />
        <source>Some pictures cannot be shown: {error}.</source>
        <translation>Algunas imágenes no se pueden mostrar: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="81" />
        <source>Your history is not open yet: choose what to do with it from History (Ctrl+H), or when HipTimer starts next.</source>
        <translation>Tu historial aún no está abierto: elige qué hacer con él desde Historial (Ctrl+H) o la próxima vez que se inicie HipTimer.</translation>
    </message>
</context>
<context>
    <name>HistoryRecovery</name>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="92" />
        <source>Your history was restored from its backup.</source>
        <translation>Tu historial se ha restaurado desde su copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="100" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="101" />
        <source>Your history cannot be opened.</source>
        <translation>No se puede abrir tu historial.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="108" />
        <source>Your history file is not a HipTimer history.</source>
        <translation>Tu archivo de historial no es un historial de HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="110" />
        <source>Your history file was damaged.</source>
        <translation>Tu archivo de historial estaba dañado.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="116" />
        <location filename="../../hiptimer/ui/history_recovery.py" line="127" />
        <source>Start an empty history</source>
        <translation>Empezar un historial vacío</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_recovery.py" line="126" />
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="16" />
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="17" />
        <source>Reps per week chart</source>
        <translation>Gráfico de repeticiones por semana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="19" />
        <source>Reps or seconds held per week for one exercise, left and right</source>
        <translation>Repeticiones o segundos de mantenimiento por semana de un ejercicio, izquierdo y derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="21" />
        <source>Sessions per week chart</source>
        <translation>Gráfico de sesiones por semana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="23" />
        <source>Sessions done each week against the plan</source>
        <translation>Sesiones hechas cada semana frente al plan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="25" />
        <source>Effort chart</source>
        <translation>Gráfico de esfuerzo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="27" />
        <source>How hard each session felt, from 1 to 10</source>
        <translation>Lo dura que se sintió cada sesión, de 1 a 10</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="29" />
        <source>Left and right balance</source>
        <translation>Equilibrio izquierdo y derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="31" />
        <source>Work done on each side of each exercise</source>
        <translation>Trabajo hecho en cada lado de cada ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="33" />
        <location filename="../../hiptimer/ui/history/window.py" line="186" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="35" />
        <source>Every set of every session in the chosen range</source>
        <translation>Cada serie de cada sesión del periodo elegido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="37" />
        <location filename="../../hiptimer/ui/history/names.py" line="41" />
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="39" />
        <source>The balance table and the sessions table</source>
        <translation>La tabla de equilibrio y la tabla de sesiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="43" />
        <source>Choose the balance table or the sessions table</source>
        <translation>Elige la tabla de equilibrio o la tabla de sesiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/names.py" line="46" />
        <source>Remove the made-up demo sessions from this history</source>
        <translation>Quita de este historial las sesiones de demostración inventadas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="55" />
        <source>8 weeks</source>
        <translation>8 semanas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="56" />
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="57" />
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="62" />
        <source>the last 8 weeks</source>
        <translation>las últimas 8 semanas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="63" />
        <source>the last 6 months</source>
        <translation>los últimos 6 meses</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="64" />
        <source>all of the history</source>
        <translation>todo el historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="93" />
        <source>History: {profile}</source>
        <translation>Historial: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="102" />
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="105" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="108" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="116" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="122" />
        <source>Show {range} ({keys})</source>
        <translation>Mostrar {range} ({keys})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="135" />
        <source>Exercise:</source>
        <translation>Ejercicio:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="140" />
        <source>Which exercise the main chart shows</source>
        <translation>Qué ejercicio muestra el gráfico principal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="145" />
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Exportar CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="147" />
        <source>Save the sets in this range as a CSV file (Ctrl+E)</source>
        <translation>Guarda las series de este periodo en un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="156" />
        <source>These charts include made-up demo sessions, to show what the history looks like.</source>
        <translation>Estos gráficos incluyen sesiones de demostración inventadas, para mostrar cómo es el historial.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="162" />
        <location filename="../../hiptimer/ui/history/window.py" line="421" />
        <location filename="../../hiptimer/ui/history/window.py" line="433" />
        <source>Remove demo sessions</source>
        <translation>Quitar sesiones de demostración</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="185" />
        <location filename="../../hiptimer/ui/history/window.py" line="301" />
        <source>Left / right balance</source>
        <translation>Equilibrio izquierda / derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="189" />
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="206" />
        <source>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;Aún no hay sesiones&lt;/h3&gt;&lt;p&gt;Termina una rutina y sus series aparecerán aquí, semana a semana y lado a lado.&lt;/p&gt;&lt;p&gt;Para echar un vistazo primero, rellena este historial con %n semanas de sesiones inventadas; un clic las vuelve a quitar.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;Aún no hay sesiones&lt;/h3&gt;&lt;p&gt;Termina una rutina y sus series aparecerán aquí, semana a semana y lado a lado.&lt;/p&gt;&lt;p&gt;Para echar un vistazo primero, rellena este historial con %n semanas de sesiones inventadas; un clic las vuelve a quitar.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="217" />
        <location filename="../../hiptimer/ui/history/window.py" line="382" />
        <location filename="../../hiptimer/ui/history/window.py" line="401" />
        <location filename="../../hiptimer/ui/history/window.py" line="410" />
        <source>Try with made-up data</source>
        <translation>Probar con datos inventados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="219" />
        <source>Fill this profile's empty history with %n weeks of made-up sessions</source>
        <translation>
            <numerusform>Rellena el historial vacío de este perfil con %n semanas de sesiones inventadas</numerusform>
            <numerusform>Rellena el historial vacío de este perfil con %n semanas de sesiones inventadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="244" />
        <location filename="../../hiptimer/ui/history/window.py" line="349" />
        <source>Point at a bar or a dot to see its numbers.</source>
        <translation>Señala una barra o un punto para ver sus cifras.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="296" />
        <source>Sessions ({count})</source>
        <translation>Sesiones ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="302" />
        <source> (⚠ %n to check)</source>
        <translation>
            <numerusform> (⚠ %n por revisar)</numerusform>
            <numerusform> (⚠ %n por revisar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="338" />
        <source>the last %n weeks</source>
        <translation>
            <numerusform>las últimas %n semanas</numerusform>
            <numerusform>las últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="359" />
        <source>Export {range} as CSV</source>
        <translation>Exportar {range} como CSV</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="361" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="371" />
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="373" />
        <source>Saved %n sets from {range} to {path}</source>
        <translation>
            <numerusform>%n series de {range} guardadas en {path}</numerusform>
            <numerusform>%n series de {range} guardadas en {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="383" />
        <source>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</source>
        <translation>
            <numerusform>¿Rellenar el historial de {profile} con %n semanas de sesiones inventadas? Se marcan como sesiones de demostración y «Quitar sesiones de demostración» las vuelve a quitar.</numerusform>
            <numerusform>¿Rellenar el historial de {profile} con %n semanas de sesiones inventadas? Se marcan como sesiones de demostración y «Quitar sesiones de demostración» las vuelve a quitar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="402" />
        <source>This history has sessions of its own now.</source>
        <translation>Este historial ya tiene sesiones propias.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="414" />
        <source>Added %n made-up sessions</source>
        <translation>
            <numerusform>Sesiones inventadas añadidas: %n</numerusform>
            <numerusform>Sesiones inventadas añadidas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/window.py" line="422" />
        <source>Remove the made-up demo sessions from this profile? Your own sessions stay.</source>
        <translation>¿Quitar de este perfil las sesiones de demostración inventadas? Tus propias sesiones se mantienen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="437" />
        <source>Removed %n demo sessions</source>
        <translation>
            <numerusform>Sesiones de demostración quitadas: %n</numerusform>
            <numerusform>Sesiones de demostración quitadas: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="35" />
        <source>hiptimer: ignoring {setting}: expected {expected}</source>
        <translation>hiptimer: se ignora {setting}: se esperaba {expected}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="49" />
        <source>a step number (0 or more)</source>
        <translation>un número de paso (0 o más)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/launch_options.py" line="59" />
        <source>a number from 1 to {maximum}</source>
        <translation>un número del 1 al {maximum}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="58" />
        <source>Drag into the routine, or press Enter to add it at the end</source>
        <translation>Arrástralo a la rutina o pulsa Intro para añadirlo al final</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="160" />
        <source>{file}: not a HipTimer exercise file</source>
        <translation>{file}: no es un archivo de ejercicios de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="164" />
        <source>{file}: the file version should be 1 to {known} (was {value})</source>
        <translation>{file}: la versión del archivo debe ser de 1 a {known} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/saved.py" line="172" />
        <source>{file}: HipTimer does not know the field {name}; remove it</source>
        <translation>{file}: HipTimer no conoce el campo {name}; quítalo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="332" />
        <source>Session done — {app}</source>
        <translation>Sesión terminada — {app}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="414" />
        <source>Muted: M to hear beeps and speech again</source>
        <translation>Silenciado: pulsa M para volver a oír pitidos y voz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="446" />
        <source>Could not save the settings ({error}); they apply until HipTimer closes.</source>
        <translation>No se pudieron guardar los ajustes ({error}); se aplican hasta que se cierre HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="503" />
        <source>Routine file</source>
        <translation>Archivo de rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="504" />
        <source>This routine file cannot be used.</source>
        <translation>No se puede usar este archivo de rutina.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/main_window.py" line="520" />
        <source>Opened {name}</source>
        <translation>Abierto: {name}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="26" />
        <source>at</source>
        <comment>the column of when a step starts</comment>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="27" />
        <source>step</source>
        <comment>the column of a step's kind</comment>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="28" />
        <source>what</source>
        <comment>the column of a step's title</comment>
        <translation>qué</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="29" />
        <source>set</source>
        <comment>the column of the set number</comment>
        <translation>serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="30" />
        <source>reps</source>
        <comment>the column of the repetitions</comment>
        <translation>reps</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="31" />
        <source>time</source>
        <comment>the column of a step's duration</comment>
        <translation>tiempo</translation>
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
        <translation>Total: {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="61" />
        <source>(self-paced sets are counted at a typical pace)</source>
        <translation>(las series a tu ritmo se cuentan a un ritmo típico)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="70" />
        <source>Plan: {days} ({count} a week)</source>
        <translation>Plan: {days} ({count} por semana)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="72" />
        <source>planned</source>
        <comment>a day of the weekly plan</comment>
        <translation>previsto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="73" />
        <source>extra</source>
        <comment>a day trained outside the weekly plan</comment>
        <translation>extra</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="84" />
        <source>done</source>
        <comment>a day of the week</comment>
        <translation>hecho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/plan.py" line="86" />
        <source>done (%n session(s))</source>
        <translation>
            <numerusform>hecho (%n sesión)</numerusform>
            <numerusform>hecho (%n sesiones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="88" />
        <source>missed</source>
        <comment>a day of the week</comment>
        <translation>perdido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="90" />
        <source>today</source>
        <comment>a day of the week</comment>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="92" />
        <source>to come</source>
        <comment>a day of the week</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/cli/plan.py" line="122" />
        <source>plan --week takes no routine file and no --json</source>
        <translation>plan --week no admite archivo de rutina ni --json</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="22" />
        <source>Choose at least one day: a plan needs a day to remind you on.</source>
        <translation>Elige al menos un día: un plan necesita un día en el que recordártelo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="32" />
        <source>Weekly plan — HipTimer</source>
        <translation>Plan semanal — HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="47" />
        <source>Run in the background at login (reminders with no window)</source>
        <translation>Ejecutar en segundo plano al iniciar sesión (recordatorios sin ventana)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="52" />
        <source>The time of day a reminder comes on the planned days</source>
        <translation>La hora del día a la que llega un recordatorio los días previstos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="55" />
        <source>Start HipTimer at login without a window, so reminders come</source>
        <translation>Iniciar HipTimer sin ventana al iniciar sesión, para que lleguen los recordatorios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="62" />
        <source>Days:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="63" />
        <source>Remind at:</source>
        <translation>Recordar a las:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/plan_dialog.py" line="65" />
        <source>The plan of profile {profile}. A week counts towards your streak when its planned sessions are done; a reminder comes at the planned time.</source>
        <translation>El plan del perfil {profile}. Una semana cuenta para tu racha cuando se hacen sus sesiones previstas; el recordatorio llega a la hora prevista.</translation>
    </message>
</context>
<context>
    <name>ProfileLink</name>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="120" />
        <source>The built-in routine is open: {error}.</source>
        <translation>Está abierta la rutina integrada: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="141" />
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="143" />
        <source>Charts of your sets per week, and CSV export</source>
        <translation>Gráficos de tus series por semana y exportación a CSV</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="147" />
        <source>&amp;Routines…</source>
        <translation>&amp;Rutinas…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="149" />
        <source>Choose, edit, import or print a routine</source>
        <translation>Elige, edita, importa o imprime una rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="153" />
        <source>Exercise &amp;library…</source>
        <translation>&amp;Biblioteca de ejercicios…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="155" />
        <source>Built-in and custom exercises</source>
        <translation>Ejercicios integrados y personalizados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="159" />
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="161" />
        <source>One profile per person: switch, create, rename, archive</source>
        <translation>Un perfil por persona: cambiar, crear, renombrar, archivar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="165" />
        <source>Send &amp;report to trainer…</source>
        <translation>Enviar informe al &amp;entrenador…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="167" />
        <source>Save your sessions, effort and notes as one file for your trainer</source>
        <translation>Guarda tus sesiones, esfuerzo y notas en un solo archivo para tu entrenador</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="175" />
        <source>Weekly &amp;plan and reminders…</source>
        <translation>Plan &amp;semanal y recordatorios…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="177" />
        <source>Which days you train, when to remind you, start at login</source>
        <translation>Qué días entrenas, cuándo recordártelo, inicio al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="180" />
        <source>His&amp;tory</source>
        <translation>His&amp;torial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="183" />
        <source>&amp;Routines</source>
        <translation>Ruti&amp;nas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="193" />
        <source>Routines…  (Ctrl+R)</source>
        <translation>Rutinas…  (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="210" />
        <source>Whose routines and history (Ctrl+P to manage profiles)</source>
        <translation>De quién son las rutinas y el historial (Ctrl+P para gestionar perfiles)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="214" />
        <source>&amp;Profile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="234" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="235" />
        <source>The history is not open.</source>
        <translation>El historial no está abierto.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="236" />
        <source>See the message shown when HipTimer started.</source>
        <translation>Consulta el mensaje que apareció al iniciar HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="258" />
        <location filename="../../hiptimer/ui/profile_link.py" line="269" />
        <location filename="../../hiptimer/ui/profile_link.py" line="278" />
        <source>Send report</source>
        <translation>Enviar informe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="259" />
        <source>The history is not open, so there is nothing to send.</source>
        <translation>El historial no está abierto, así que no hay nada que enviar.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="270" />
        <source>The report could not be saved: {error}.</source>
        <translation>No se pudo guardar el informe: {error}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="273" />
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Elige otra carpeta o libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="331" />
        <location filename="../../hiptimer/ui/profile_link.py" line="341" />
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="332" />
        <source>This routine belongs to {owner}; {shown} is shown now.</source>
        <translation>Esta rutina pertenece a {owner}; ahora se muestra {shown}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="335" />
        <source>Switch back to {owner} to use it.</source>
        <translation>Vuelve a {owner} para usarla.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="342" />
        <location filename="../../hiptimer/ui/profile_link.py" line="361" />
        <source>End the session first.</source>
        <translation>Termina primero la sesión.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="343" />
        <source>The routine changes once this session is over.</source>
        <translation>La rutina cambiará cuando termine esta sesión.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="360" />
        <location filename="../../hiptimer/ui/profile_link.py" line="377" />
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="362" />
        <source>The profile can change once this session is over.</source>
        <translation>El perfil podrá cambiar cuando termine esta sesión.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="378" />
        <source>{name} is open in another HipTimer window.</source>
        <translation>{name} está abierto en otra ventana de HipTimer.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="381" />
        <source>That window was asked to come to the front.</source>
        <translation>Se ha pedido a esa ventana que pase al frente.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/profile_link.py" line="383" />
        <source>That window did not answer (it may be busy or hung); close it before switching to this profile here.</source>
        <translation>Esa ventana no respondió (puede estar ocupada o bloqueada); ciérrala antes de cambiar aquí a este perfil.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="306" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="307" />
        <source>Whose routines and history to use</source>
        <translation>De quién son las rutinas y el historial que se usan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="331" />
        <source>Manage profiles…</source>
        <translation>Gestionar perfiles…</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="49" />
        <source>{name!r} cannot be a profile name: use 1 to 40 letters, digits, spaces, '-', '_' or '.', starting with a letter or digit</source>
        <translation>{name!r} no puede ser un nombre de perfil: usa de 1 a 40 letras, dígitos, espacios, '-', '_' o '.', empezando por una letra o un dígito</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="58" />
        <source>{name!r} is a reserved name on Windows; choose another</source>
        <translation>{name!r} es un nombre reservado en Windows; elige otro</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="139" />
        <source>there is no profile named {name!r} (profiles: {known})</source>
        <translation>no hay ningún perfil llamado {name!r} (perfiles: {known})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="165" />
        <source>a profile named {taken!r}{state} already exists; choose another name</source>
        <translation>ya existe un perfil llamado {taken!r}{state}; elige otro nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="173" />
        <source>cannot create the profile {name!r}: {strerror}</source>
        <translation>no se puede crear el perfil {name!r}: {strerror}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="185" />
        <source>there is no profile named {old!r}</source>
        <translation>no hay ningún perfil llamado {old!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="189" />
        <source>the default profile keeps its name; create a new profile for each client</source>
        <translation>el perfil predeterminado conserva su nombre; crea un perfil nuevo para cada cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="197" />
        <source>{DEFAULT_PROFILE!r} is the name of the default profile</source>
        <translation>{DEFAULT_PROFILE!r} es el nombre del perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="204" />
        <source>a profile named {taken!r} already exists; choose another name</source>
        <translation>ya existe un perfil llamado {taken!r}; elige otro nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="223" />
        <source>cannot rename {current!r} to {new!r}: {strerror}; close anything that uses this profile and try again</source>
        <translation>no se puede cambiar el nombre de {current!r} a {new!r}: {strerror}; cierra lo que use este perfil y vuelve a intentarlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="239" />
        <source>there is no profile named {name!r}</source>
        <translation>no hay ningún perfil llamado {name!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="242" />
        <source>the default profile cannot be archived</source>
        <translation>el perfil predeterminado no se puede archivar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/folders.py" line="255" />
        <source>cannot change the profile {name!r}: {strerror}</source>
        <translation>no se puede cambiar el perfil {name!r}: {strerror}</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="50" />
        <source>Profiles (shown now: {profile})</source>
        <translation>Perfiles (ahora se muestra: {profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="55" />
        <source>One profile per client: each keeps its own routines and history. Archiving hides a profile from the list and keeps all its data.</source>
        <translation>Un perfil por cliente: cada uno guarda sus propias rutinas e historial. Archivar oculta un perfil de la lista y conserva todos sus datos.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="63" />
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="67" />
        <source>Show &amp;archived profiles</source>
        <translation>Mostrar perfiles &amp;archivados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="73" />
        <source>a client's name, for example Anna B</source>
        <translation>nombre del cliente, por ejemplo Ana B</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="78" />
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="80" />
        <source>Create a new profile with this name</source>
        <translation>Crea un perfil nuevo con este nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="82" />
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="84" />
        <source>Give the selected profile this name</source>
        <translation>Da este nombre al perfil seleccionado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="89" />
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="97" />
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="190" />
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="99" />
        <source>&amp;Import report…</source>
        <translation>&amp;Importar informe…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="101" />
        <source>Add a progress report a client sent you to the selected profile's history</source>
        <translation>Añade al historial del perfil seleccionado un informe de progreso que te envió un cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="110" />
        <source>Report import</source>
        <translation>Importación de informe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="115" />
        <source>&amp;Switch to this profile</source>
        <translation>Ca&amp;mbiar a este perfil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="120" />
        <source>Use the selected profile (Enter)</source>
        <translation>Usa el perfil seleccionado (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="151" />
        <source>   (in use)</source>
        <translation>   (en uso)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="153" />
        <source>   (archived)</source>
        <translation>   (archivado)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="188" />
        <source>Bring &amp;back</source>
        <translation>Recu&amp;perar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="194" />
        <source>Switch to another profile before archiving this one</source>
        <translation>Cambia a otro perfil antes de archivar este</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/profiles_dialog.py" line="197" />
        <source>The default profile stays</source>
        <translation>El perfil predeterminado se mantiene</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="107" />
        <source>Everyone with routines and a history on this computer</source>
        <translation>Todas las personas con rutinas e historial en este equipo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="110" />
        <source>List the archived profiles too, to bring one back</source>
        <translation>Mostrar también los perfiles archivados, para recuperar uno</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="60" />
        <source>Level and reps per set</source>
        <translation>Nivel y repeticiones por serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="61" />
        <source>Pain during the exercise (0-10)</source>
        <translation>Dolor durante el ejercicio (0-10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="63" />
        <source>Level and reps chart</source>
        <translation>Gráfico de nivel y repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="65" />
        <source>Reps per set by week on each side; level changes marked</source>
        <translation>Repeticiones por serie y semana en cada lado; cambios de nivel marcados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="67" />
        <source>Pain chart</source>
        <translation>Gráfico de dolor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="69" />
        <source>Pain during the exercise by week on each side, limit 5</source>
        <translation>Dolor durante el ejercicio por semana en cada lado, límite 5</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="107" />
        <source>limit {limit}</source>
        <translation>límite {limit}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="112" />
        <source>Level and {unit} per set</source>
        <translation>Nivel y {unit} por serie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/progress_charts.py" line="116" />
        <source>Both</source>
        <translation>Ambos</translation>
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
            <numerusform>%n cambio sugerido para hoy: A (Aceptar las dosis de hoy) lo aplica; sin ello, la sesión usa las dosis que se ven en la lista.</numerusform>
            <numerusform>%n cambios sugeridos para hoy: A (Aceptar las dosis de hoy) los aplica; sin ello, la sesión usa las dosis que se ven en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="67" />
        <source>Doses stay as they are today.</source>
        <translation>Las dosis se quedan como están hoy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="109" />
        <source>%n suggested change(s) accepted: the session runs the doses in the list.</source>
        <translation>
            <numerusform>%n cambio sugerido aceptado: la sesión usa las dosis de la lista.</numerusform>
            <numerusform>%n cambios sugeridos aceptados: la sesión usa las dosis de la lista.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="167" />
        <source>Next time: the same doses.</source>
        <translation>La próxima vez: las mismas dosis.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="171" />
        <source>{exercise} {side} {dose} ({change}: {reason})</source>
        <translation>{exercise} {side} {dose} ({change}: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/progress_link.py" line="182" />
        <source>Suggested for next time: {changes}.</source>
        <translation>Sugerido para la próxima vez: {changes}.</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="81" />
        <location filename="../../hiptimer/core/progression.py" line="98" />
        <source>{height} step</source>
        <translation>escalón de {height}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="104" />
        <source>tan band</source>
        <translation>banda beige</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="105" />
        <source>yellow band</source>
        <translation>banda amarilla</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="106" />
        <source>red band</source>
        <translation>banda roja</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="107" />
        <source>green band</source>
        <translation>banda verde</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="108" />
        <source>blue band</source>
        <translation>banda azul</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="109" />
        <source>black band</source>
        <translation>banda negra</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="110" />
        <source>silver band</source>
        <translation>banda plateada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="111" />
        <source>gold band</source>
        <translation>banda dorada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="284" />
        <source>a set missed the target</source>
        <translation>una serie no llegó al objetivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="286" />
        <source>pain not answered</source>
        <translation>dolor sin responder</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="289" />
        <source>no morning answer after the pain</source>
        <translation>sin respuesta de la mañana tras el dolor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="290" />
        <source>pain had not settled</source>
        <translation>el dolor no se había calmado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="294" />
        <source>holds did not feel easy</source>
        <translation>los mantenimientos no fueron fáciles</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="295" />
        <source>effort not answered</source>
        <translation>esfuerzo sin responder</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="297" />
        <source>reps in reserve not answered</source>
        <translation>repeticiones en reserva sin responder</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="298" />
        <source>fewer than 2 reps in reserve</source>
        <translation>menos de 2 repeticiones en reserva</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="357" />
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="360" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="362" />
        <source>{seconds} s holds</source>
        <translation>mantener {seconds} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="364" />
        <location filename="../../hiptimer/core/progression.py" line="427" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="377" />
        <source>progression is off for this routine</source>
        <translation>la progresión está desactivada en esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="384" />
        <source>down to the trainer's limit for this routine</source>
        <translation>bajado al límite del entrenador para esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="387" />
        <source>no sessions yet</source>
        <translation>aún no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="392" />
        <source>pain was worse the next morning</source>
        <translation>el dolor fue peor a la mañana siguiente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="394" />
        <source>pain {pain}/10 during the exercise</source>
        <translation>dolor {pain}/10 durante el ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="398" />
        <source>{why}: already at the lowest dose</source>
        <translation>{why}: ya en la dosis más baja</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="400" />
        <source>{why}: down to {dose}</source>
        <translation>{why}: se baja a {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="407" />
        <source>keep: {reason} last time</source>
        <translation>mantener: la última vez {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="410" />
        <source>keep: no session at this dose yet</source>
        <translation>mantener: aún ninguna sesión con esta dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="413" />
        <source>keep: 1st session at this dose went well</source>
        <translation>mantener: la 1.ª sesión con esta dosis fue bien</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="417" />
        <source>keep: {reason} the session before</source>
        <translation>mantener: en la sesión anterior {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="421" />
        <source>keep: at the highest dose allowed</source>
        <translation>mantener: ya en la dosis máxima permitida</translation>
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
        <translation>2 sesiones con {done}, fácil: {dose}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="464" />
        <source>keep: waiting for the left side to catch up</source>
        <translation>mantener: se espera a que el lado izquierdo alcance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="466" />
        <source>keep: waiting for the right side to catch up</source>
        <translation>mantener: se espera a que el lado derecho alcance</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="478" />
        <source>{sets} x {amount} per side</source>
        <translation>{sets} x {amount} por lado</translation>
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
        <translation>{dose} (sube: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="500" />
        <source>{dose} (down: {reason})</source>
        <translation>{dose} (baja: {reason})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="504" />
        <source>left: {line}</source>
        <translation>izquierda: {line}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/progression.py" line="506" />
        <source>right: {line}</source>
        <translation>derecha: {line}</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="32" />
        <source>Progression</source>
        <translation>Progresión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="36" />
        <source>&amp;Progress doses from the history in this routine</source>
        <translation>&amp;Progresar las dosis según el historial en esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="39" />
        <source>Suggest each client's next dose per side from their sessions, pain and effort</source>
        <translation>Sugerir la próxima dosis de cada cliente por lado según sus sesiones, dolor y esfuerzo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="49" />
        <source>usual</source>
        <translation>habitual</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="50" />
        <source>Top of the rep range</source>
        <translation>Máximo del rango de repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="52" />
        <source>The most reps per set progression may give</source>
        <translation>El máximo de repeticiones por serie que puede dar la progresión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="56" />
        <source>Highest level</source>
        <translation>Nivel más alto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="58" />
        <source>The hardest band or step progression may move up to</source>
        <translation>La banda elástica o el escalón más difícil al que puede subir la progresión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="63" />
        <source>Limits for the selected exercise:</source>
        <translation>Límites del ejercicio seleccionado:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="65" />
        <source>Top o&amp;f the rep range</source>
        <translation>Má&amp;ximo del rango de repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="66" />
        <source>Highest &amp;level</source>
        <translation>Nivel más a&amp;lto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/progression_box.py" line="83" />
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>QuickAnswers</name>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="46" />
        <source>Quick questions</source>
        <translation>Preguntas rápidas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="48" />
        <source>Answer each question with a number key; Enter skips one</source>
        <translation>Responde cada pregunta con una tecla numérica; Intro se salta una</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="87" />
        <source>pain during it? 0-9 (+ for 10)</source>
        <translation>¿dolor durante la serie? 0-9 (+ para 10)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="89" />
        <source>the hold was: 1 too easy, 2 right, 3 too hard</source>
        <translation>el mantenimiento fue: 1 demasiado fácil, 2 adecuado, 3 demasiado difícil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="91" />
        <source>reps in reserve? 0-4 (4: four or more)</source>
        <translation>¿repeticiones en reserva? 0-4 (4: cuatro o más)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/quick_answers.py" line="92" />
        <source>{step}: {question}.  Enter skips, Esc skips the rest.</source>
        <translation>{step}: {question}.  Intro omite, Esc omite el resto.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="67" />
        <source>a routine with this name already exists in this profile; choose another</source>
        <translation>ya existe una rutina con este nombre en este perfil; elige otro</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="98" />
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="129" />
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="136" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="153" />
        <source>R&amp;outine name</source>
        <translation>N&amp;ombre de la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="154" />
        <source>&amp;Get ready time</source>
        <translation>Tiempo de &amp;preparación</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="155" />
        <source>Rest &amp;between exercises</source>
        <translation>Descanso entre &amp;ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="166" />
        <source>Exercises in the routine</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="183" />
        <source>Selected exercise</source>
        <translation>Ejercicio seleccionado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="196" />
        <source>Exercises (drag to reorder, or Ctrl+Up / Ctrl+Down)</source>
        <translation>Ejercicios (arrastra para reordenar, o Ctrl+Arriba / Ctrl+Abajo)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="208" />
        <source>The routine and its exercises</source>
        <translation>La rutina y sus ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="210" />
        <source>The routine's name, its exercises and the one selected</source>
        <translation>El nombre de la rutina, sus ejercicios y el seleccionado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="266" />
        <source>{name} is in the library; press Enter or drag it into the routine</source>
        <translation>{name} está en la biblioteca; pulsa Intro o arrástralo a la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="430" />
        <source>Undo: {change} (Ctrl+Z)</source>
        <translation>Deshacer: {change} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="432" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="437" />
        <source>Redo: {change} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {change} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="439" />
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="447" />
        <source>Routine: {name}[*] ({profile})</source>
        <translation>Rutina: {name}[*] ({profile})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="467" />
        <source>Saved {name} in profile {profile}</source>
        <translation>Se guardó {name} en el perfil {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="480" />
        <source>Exported to {path}</source>
        <translation>Rutina exportada a {path}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="488" />
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="490" />
        <source>HipTimer routine (*.json)</source>
        <translation>Rutina de HipTimer (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="505" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_editor.py" line="506" />
        <source>Save the changes to {name} before closing?</source>
        <translation>¿Guardar los cambios de {name} antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="57" />
        <source>Exercises to add: Enter or double-click adds one to the routine</source>
        <translation>Ejercicios para añadir: Intro o doble clic añade uno a la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="62" />
        <source>The routine's exercises in order: Ctrl+Up and Ctrl+Down move one</source>
        <translation>Los ejercicios de la rutina en orden: Ctrl+Arriba y Ctrl+Abajo mueven uno</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="67" />
        <source>The routine's name, as the runner sees it</source>
        <translation>El nombre de la rutina, tal como lo ve el corredor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="70" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Segundos para colocarse antes del primer ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="72" />
        <source>Seconds of rest between two exercises</source>
        <translation>Segundos de descanso entre dos ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="74" />
        <source>Every step of the session as the routine now stands, with its time</source>
        <translation>Cada paso de la sesión tal como está ahora la rutina, con su duración</translation>
    </message>
</context>
<context>
    <name>RoutineEditorActions</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="51" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="53" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="60" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="62" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="66" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="68" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="81" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="83" />
        <source>Write the routine to one file for a client</source>
        <translation>Escribe la rutina en un solo archivo para un cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="88" />
        <source>&amp;Handout PDF…</source>
        <translation>&amp;Hoja PDF…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="90" />
        <source>Print a handout as PDF</source>
        <translation>Imprime una hoja de ejercicios en PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="95" />
        <source>&amp;New exercise…</source>
        <translation>&amp;Nuevo ejercicio…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="97" />
        <source>Make an exercise of your own for the library</source>
        <translation>Crea un ejercicio propio para la biblioteca</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="102" />
        <source>&amp;Add to routine</source>
        <translation>&amp;Añadir a la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="104" />
        <source>Add the library exercise (Enter in the library)</source>
        <translation>Añade el ejercicio de la biblioteca (Intro en la biblioteca)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="109" />
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="111" />
        <source>Move up (Ctrl+Up in the list)</source>
        <translation>Subir (Ctrl+Arriba en la lista)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="116" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="118" />
        <source>Move down (Ctrl+Down in the list)</source>
        <translation>Bajar (Ctrl+Abajo en la lista)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="123" />
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="125" />
        <source>Remove from the routine (Delete in the list)</source>
        <translation>Quitar de la rutina (Supr en la lista)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="130" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="132" />
        <source>Close the editor</source>
        <translation>Cierra el editor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/editor_actions.py" line="136" />
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
</context>
<context>
    <name>RoutineError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="210" />
        <source>The exercise has %n problems:</source>
        <translation>
            <numerusform>El ejercicio tiene %n problema:</numerusform>
            <numerusform>El ejercicio tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="212" />
        <source>The routine has %n problems:</source>
        <translation>
            <numerusform>La rutina tiene %n problema:</numerusform>
            <numerusform>La rutina tiene %n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineExercisesModel</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="115" />
        <source>Has problems: </source>
        <translation>Con problemas: </translation>
    </message>
</context>
<context>
    <name>RoutineFileError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="99" />
        <source>%n problems:</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesWindow</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/descriptions.py" line="117" />
        <source>This profile's routines: Enter opens one to edit</source>
        <translation>Las rutinas de este perfil: Intro abre una para editarla</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="71" />
        <source>Routines: {profile}</source>
        <translation>Rutinas: {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="76" />
        <source>Routines of {profile}</source>
        <translation>Rutinas de {profile}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="83" />
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="97" />
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="99" />
        <source>Build a new routine</source>
        <translation>Crea una rutina nueva</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="103" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="105" />
        <source>Change this routine</source>
        <translation>Modifica esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="109" />
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="111" />
        <source>Copy this routine</source>
        <translation>Copia esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="115" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="117" />
        <source>Delete this routine</source>
        <translation>Elimina esta rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="121" />
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="123" />
        <source>Check a routine file and add it to this profile</source>
        <translation>Comprueba un archivo de rutina y lo añade a este perfil</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="127" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="129" />
        <source>Write this routine to one file for a client</source>
        <translation>Escribe esta rutina en un solo archivo para un cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="133" />
        <source>&amp;Handout PDF…</source>
        <translation>&amp;Hoja PDF…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="135" />
        <source>Print this routine as PDF</source>
        <translation>Imprime esta rutina en PDF</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="139" />
        <source>Exercise &amp;library…</source>
        <translation>&amp;Biblioteca de ejercicios…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="141" />
        <source>See and make exercises</source>
        <translation>Ver y crear ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="145" />
        <source>Use this &amp;routine</source>
        <translation>Usar esta &amp;rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="147" />
        <source>Choose it for the next session</source>
        <translation>Elígela para la próxima sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="151" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="153" />
        <source>Close the window</source>
        <translation>Cierra la ventana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="199" />
        <source>built-in: Edit makes your own copy</source>
        <translation>integrada: Editar crea tu propia copia</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="203" />
        <source>{file}
cannot be read: {problem}</source>
        <translation>{file}
no se puede leer: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="226" />
        <source>%n exercise, about {time}</source>
        <translation>
            <numerusform>%n ejercicio, unos {time}</numerusform>
            <numerusform>%n ejercicio, unos {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="228" />
        <source>%n exercises, about {time}</source>
        <translation>
            <numerusform>%n ejercicios, unos {time}</numerusform>
            <numerusform>%n ejercicios, unos {time}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="321" />
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="322" />
        <source>Delete the routine {name} from {profile}?</source>
        <translation>¿Eliminar la rutina {name} de {profile}?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="344" />
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="346" />
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="388" />
        <source>HipTimer routine (*.json)</source>
        <translation>Rutina de HipTimer (*.json)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="358" />
        <source>The file {file} was not imported: {problem}</source>
        <translation>No se importó el archivo {file}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="362" />
        <source>The file {file} was not imported. It has %n problems:</source>
        <translation>
            <numerusform>No se importó el archivo {file}. Tiene %n problema:</numerusform>
            <numerusform>No se importó el archivo {file}. Tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="372" />
        <source>the file {file} was not imported: {problem}</source>
        <translation>no se importó el archivo {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="386" />
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="40" />
        <source>--days expects days such as mon,wed,fri (mon tue wed thu fri sat sun), got {text!r}</source>
        <translation>--days espera días como mon,wed,fri (mon tue wed thu fri sat sun), se recibió {text!r}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/schedule.py" line="64" />
        <source>--time expects a time of day as HH:MM (24-hour clock), got {text!r}</source>
        <translation>--time espera una hora como HH:MM (24 horas), se recibió {text!r}</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="61" />
        <source>Paused — Space to go on</source>
        <translation>En pausa — Espacio para seguir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="62" />
        <source>The computer went to sleep, so the session paused where it was. The time asleep does not count.</source>
        <translation>El equipo entró en suspensión, así que la sesión se pausó donde estaba. El tiempo en suspensión no cuenta.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="67" />
        <source>Click here or press Space to carry on. Esc ends the session.</source>
        <translation>Haz clic aquí o pulsa Espacio para continuar. Esc termina la sesión.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="72" />
        <source>Get into position</source>
        <translation>Colócate en posición</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="73" />
        <source>Breathe, shake out the legs</source>
        <translation>Respira, suelta las piernas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="74" />
        <source>Breathe slowly, stay tall</source>
        <translation>Respira despacio, con la postura erguida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="223" />
        <source>Progress through the session</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="227" />
        <source>◀ Back (←)</source>
        <translation>◀ Atrás (←)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="228" />
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="229" />
        <source>Skip (→) ▶</source>
        <translation>Saltar (→) ▶</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="230" />
        <source>− rep (-)</source>
        <translation>− rep. (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="231" />
        <source>Done (Enter)</source>
        <translation>Hecho (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="232" />
        <source>+ rep (+)</source>
        <translation>+ rep. (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="233" />
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="234" />
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="235" />
        <source>End (Esc)</source>
        <translation>Terminar (Esc)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="427" />
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="443" />
        <source>NEXT</source>
        <translation>LUEGO</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="445" />
        <source>TO</source>
        <translation>HACIA</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="461" />
        <source>reps done · −/+ to correct</source>
        <translation>repeticiones hechas · −/+ para corregir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="475" />
        <source>other side</source>
        <translation>otro lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="477" />
        <source>Turn to the {side}</source>
        <translation>Cambia al {side}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="495" />
        <source>{elapsed} / {total} · {left} left</source>
        <translation>{elapsed} / {total} · quedan {left}</translation>
    </message>
</context>
<context>
    <name>SessionTray</name>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="92" />
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="93" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="95" />
        <source>Show HipTimer</source>
        <translation>Mostrar HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/tray.py" line="96" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>SessionsChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="309" />
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="321" />
        <source>plan {value:g}</source>
        <translation>plan {value:g}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="335" />
        <source>Sessions a week (monthly average), plan {plan}</source>
        <translation>Sesiones por semana (media mensual), plan {plan}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="337" />
        <source>Sessions a week, plan {plan}</source>
        <translation>Sesiones por semana, plan {plan}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="340" />
        <source>streak %n week</source>
        <translation>
            <numerusform>racha de %n semana</numerusform>
            <numerusform>racha de %n semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="342" />
        <source>streak %n weeks</source>
        <translation>
            <numerusform>racha de %n semanas</numerusform>
            <numerusform>racha de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="346" />
        <source>The plan of {plan} a week was met in {met} of %n weeks</source>
        <translation>
            <numerusform>El plan de {plan} por semana se cumplió en {met} de %n semanas</numerusform>
            <numerusform>El plan de {plan} por semana se cumplió en {met} de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="370" />
        <source>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</source>
        <translation>
            <numerusform>{period}: {per_week} sesiones por semana de media, plan {plan} cumplido en {met} de %n semanas</numerusform>
            <numerusform>{period}: {per_week} sesiones por semana de media, plan {plan} cumplido en {met} de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="384" />
        <source>{period}: %n session of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n sesión de {plan} previstas ({verdict})</numerusform>
            <numerusform>{period}: %n sesión de {plan} previstas ({verdict})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="388" />
        <source>{period}: %n sessions of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n sesiones de {plan} previstas ({verdict})</numerusform>
            <numerusform>{period}: %n sesiones de {plan} previstas ({verdict})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="396" />
        <source>plan met</source>
        <translation>plan cumplido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="398" />
        <source>below plan</source>
        <translation>por debajo del plan</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="25" />
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="26" />
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="27" />
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="28" />
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="139" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="140" />
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="141" />
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="142" />
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="143" />
        <source>Sets done</source>
        <translation>Series hechas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="144" />
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="145" />
        <source>Held</source>
        <translation>Mantenido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="146" />
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="147" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="148" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="177" />
        <source>, %n cut short</source>
        <translation>
            <numerusform>, interrumpidas: %n</numerusform>
            <numerusform>, interrumpidas: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="181" />
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="183" />
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/tables.py" line="221" />
        <source>No sets saved in this session</source>
        <translation>No se guardaron series en esta sesión</translation>
    </message>
</context>
<context>
    <name>SetRoutineField</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="340" />
        <source>change {field}</source>
        <translation>cambiar {field}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="24" />
        <location filename="../../hiptimer/ui/settings_dialog.py" line="123" />
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="25" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="26" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="28" />
        <source>The engine's default voice</source>
        <translation>Voz predeterminada del motor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="40" />
        <source>Settings — HipTimer</source>
        <translation>Ajustes — HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="44" />
        <source>Beeps for the last seconds and each new step</source>
        <translation>Pitidos en los últimos segundos y en cada paso nuevo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="58" />
        <source>Spoken cues (side, exercise, dose)</source>
        <translation>Indicaciones habladas (lado, ejercicio, dosis)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="67" />
        <source>No speech engine works on this computer</source>
        <translation>Ningún motor de voz funciona en este equipo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="73" />
        <source>{voice} (not available now)</source>
        <translation>{voice} (no disponible ahora)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="83" />
        <source>Seconds to get into position before the first exercise</source>
        <translation>Segundos para colocarte en posición antes del primer ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="93" />
        <source>Black and white with strong colours, for low vision</source>
        <translation>Blanco y negro con colores intensos, para baja visión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="98" />
        <source>Text and colours at 7:1 contrast or more, in every window</source>
        <translation>Texto y colores con contraste de 7:1 o más, en todas las ventanas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="104" />
        <source>Beeps mark each new step and the last 3 seconds</source>
        <translation>Los pitidos marcan cada paso nuevo y los últimos 3 segundos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="108" />
        <source>How loud the beeps and the spoken cues are</source>
        <translation>El volumen de los pitidos y las indicaciones habladas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="112" />
        <source>A voice says the side, the exercise and the dose</source>
        <translation>Una voz dice el lado, el ejercicio y la dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="114" />
        <source>The voice that says the spoken cues</source>
        <translation>La voz de las indicaciones habladas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="115" />
        <source>Light, dark, or as the desktop is</source>
        <translation>Claro, oscuro o como el escritorio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="127" />
        <source>Pseudo (for testing)</source>
        <translation>Pseudo (para pruebas)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="130" />
        <source>Applies the next time HipTimer starts</source>
        <translation>Se aplica la próxima vez que se inicie HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="133" />
        <source>The language of every window and of the spoken cues</source>
        <translation>El idioma de todas las ventanas y de las indicaciones habladas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="135" />
        <source>(at the next start)</source>
        <translation>(al próximo inicio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="142" />
        <source>Sound:</source>
        <translation>Sonido:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="143" />
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="144" />
        <source>Speech:</source>
        <translation>Locución:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="145" />
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="146" />
        <source>Get ready for:</source>
        <translation>Preparación:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="147" />
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="148" />
        <source>High contrast:</source>
        <translation>Alto contraste:</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/settings_dialog.py" line="149" />
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>SideBadge</name>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>◀ LEFT</source>
        <translation>◀ IZQUIERDA</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/widgets.py" line="319" />
        <source>RIGHT ▶</source>
        <translation>DERECHA ▶</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../hiptimer/ui/single_instance.py" line="118" />
        <source>HipTimer cannot create its lock file {path} ({problem}). Check that the folder exists and that you may write to it.</source>
        <translation>HipTimer no puede crear su archivo de bloqueo {path} ({problem}). Comprueba que la carpeta existe y que puedes escribir en ella.</translation>
    </message>
</context>
<context>
    <name>Speaker</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="132" />
        <source>No {language} voice on this computer: the spoken cues are in English.</source>
        <translation>No hay voz en {language} en este ordenador: las indicaciones habladas son en inglés.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="204" />
        <source>Compared with before, your pain this morning is:  1 settled  ·  2 same  ·  3 worse</source>
        <translation>Comparado con antes, tu dolor esta mañana:  1 se ha calmado  ·  2 igual  ·  3 peor</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="213" />
        <source>&amp;Accept today's doses  (A)</source>
        <translation>&amp;Aceptar las dosis de hoy  (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="216" />
        <source>Run today's suggested dose on each side from now on (A)</source>
        <translation>Usar desde ahora la dosis sugerida de hoy en cada lado (A)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="239" />
        <source>Exercises in the routine</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="241" />
        <source>Each exercise with its dose, what it needs and its time</source>
        <translation>Cada ejercicio con su dosis, lo que necesita y su tiempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="247" />
        <source>Start  (Enter)</source>
        <translation>Empezar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="249" />
        <source>Start the routine (Enter)</source>
        <translation>Empieza la rutina (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="260" />
        <source>Open a routine file…  (Ctrl+O)</source>
        <translation>Abrir un archivo de rutina…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="263" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Sigue una rutina desde un archivo (Ctrl+O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="314" />
        <source>%n exercise</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="316" />
        <source>%n exercises</source>
        <translation>
            <numerusform>%n ejercicios</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="317" />
        <source>{minutes} in all</source>
        <translation>{minutes} en total</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/start_view.py" line="322" />
        <source>each side in turn</source>
        <translation>cada lado por turnos</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="39" />
        <source>prepare</source>
        <translation>preparar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="40" />
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="41" />
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="42" />
        <source>switch</source>
        <translation>cambio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="43" />
        <source>rest</source>
        <translation>descanso</translation>
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
        <translation>{done} de {planned}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="59" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} de %n repetición</numerusform>
            <numerusform>{done} de %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="66" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} de %n serie</numerusform>
            <numerusform> · {done} de %n series</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="88" />
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="92" />
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="103" />
        <source>◐ part: </source>
        <translation>◐ en parte: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="129" />
        <source>{done} of %n set(s) done</source>
        <translation>
            <numerusform>{done} de %n serie hecha</numerusform>
            <numerusform>{done} de %n series hechas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="131" />
        <source>({earlier} before the break)</source>
        <translation>({earlier} antes de la pausa)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="132" />
        <source>, {active} of work.</source>
        <translation>, {active} de trabajo.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="134" />
        <source>Session over: no sets done</source>
        <translation>Sesión terminada: ninguna serie hecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="136" />
        <source>Session ended early</source>
        <translation>Sesión terminada antes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="138" />
        <source>Resumed and finished</source>
        <translation>Reanudada y terminada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="140" />
        <source>Routine complete — well done!</source>
        <translation>Rutina completada: ¡bien hecho!</translation>
    </message>
    <message>
        <location filename="../../hiptimer/present/summary.py" line="142" />
        <source>Routine finished, some sets skipped</source>
        <translation>Rutina terminada, con series omitidas</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="143" />
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="144" />
        <source>Get ready: {exercise}</source>
        <translation>Prepárate: {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="185" />
        <source>Rest, then {exercise}</source>
        <translation>Descanso, luego {exercise}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="204" />
        <source>Rest, then set {set} of {sets}</source>
        <translation>Descanso, luego serie {set} de {sets}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="223" />
        <source>Switch to the left side</source>
        <translation>Cambio al lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="225" />
        <source>Switch to the right side</source>
        <translation>Cambio al lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/timeline.py" line="265" />
        <source>Well done: routine complete</source>
        <translation>Bien hecho: rutina completada</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="24" />
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="35" />
        <source>At</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="36" />
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="37" />
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="48" />
        <source>Timeline preview</source>
        <translation>Vista previa del cronograma</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="58" />
        <source>Total: –</source>
        <translation>Total: –</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="61" />
        <source>Fix the marked fields to see the timeline.</source>
        <translation>Corrige los campos marcados para ver el cronograma.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="63" />
        <source>Add exercises from the library to see the timeline.</source>
        <translation>Añade ejercicios de la biblioteca para ver el cronograma.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="69" />
        <source>Total: {time}</source>
        <translation>Total: {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/timeline_preview.py" line="73" />
        <source>Self-paced sets are counted at 3 s per repetition.</source>
        <translation>Las series a tu ritmo se cuentan a 3 s por repetición.</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="141" />
        <source>The {language} texts could not be prepared ({error}); using English.</source>
        <translation>No se pudieron preparar los textos en {language} ({error}); se usa el inglés.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/translation.py" line="147" />
        <source>No {language} texts were found; using English.</source>
        <translation>No se encontraron textos en {language}; se usa el inglés.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="154" />
        <source>no desktop notification service or tray is available</source>
        <translation>no hay ningún servicio de notificaciones de escritorio ni bandeja del sistema disponible</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="157" />
        <source> Click to start.</source>
        <translation> Haz clic para empezar.</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="227" />
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="228" />
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="229" />
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="230" />
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="231" />
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="232" />
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="233" />
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="236" />
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="237" />
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="238" />
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="239" />
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="240" />
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="241" />
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="242" />
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="243" />
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="244" />
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="245" />
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="246" />
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="247" />
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="254" />
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
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
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="266" />
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="267" />
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="268" />
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="269" />
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/weeks.py" line="295" />
        <source>{days} at {time}</source>
        <translation>{days} a las {time}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="102" />
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="104" />
        <source>Start the routine (Enter)</source>
        <translation>Empieza la rutina (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="109" />
        <location filename="../../hiptimer/ui/actions.py" line="254" />
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="111" />
        <source>Pause or go on (Space)</source>
        <translation>Pausa o continúa (Espacio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="116" />
        <source>S&amp;kip step</source>
        <translation>Paso si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="118" />
        <source>Skip to the next step (Right or Page Down)</source>
        <translation>Salta al paso siguiente (Derecha o Av Pág)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="123" />
        <source>&amp;Back a step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="125" />
        <source>Back to the previous step (Left or Page Up)</source>
        <translation>Vuelve al paso anterior (Izquierda o Re Pág)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="130" />
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="132" />
        <source>This set is done (Enter)</source>
        <translation>Esta serie está hecha (Intro)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="137" />
        <source>One rep &amp;more</source>
        <translation>Una rep. &amp;más</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="139" />
        <source>Count one more rep (+)</source>
        <translation>Cuenta una repetición más (+)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="144" />
        <source>One rep &amp;fewer</source>
        <translation>Una rep. men&amp;os</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="146" />
        <source>Count one rep fewer (-)</source>
        <translation>Cuenta una repetición menos (-)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="151" />
        <source>&amp;End session…</source>
        <translation>&amp;Terminar sesión…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="153" />
        <source>Leave full screen, or end the session (Esc)</source>
        <translation>Sal de la pantalla completa o termina la sesión (Esc)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="158" />
        <source>&amp;Full screen</source>
        <translation>Pantalla comp&amp;leta</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="160" />
        <source>Full screen for the mat (F11 or F)</source>
        <translation>Pantalla completa para la esterilla (F11 o F)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="166" />
        <source>&amp;Mute</source>
        <translation>Silen&amp;ciar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="168" />
        <source>Mute beeps and speech (M)</source>
        <translation>Silencia pitidos y voz (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="175" />
        <source>&amp;Open routine file…</source>
        <translation>A&amp;brir archivo de rutina…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="177" />
        <source>Follow a routine from a file (Ctrl+O)</source>
        <translation>Sigue una rutina desde un archivo (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="182" />
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="184" />
        <source>Sound, speech, prepare time and theme (Ctrl+,)</source>
        <translation>Sonido, voz, tiempo de preparación y tema (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="189" />
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="191" />
        <source>Quit HipTimer (Ctrl+Q)</source>
        <translation>Salir de HipTimer (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="196" />
        <source>&amp;About HipTimer</source>
        <translation>Acerca &amp;de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="198" />
        <source>About HipTimer</source>
        <translation>Acerca de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="205" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="211" />
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="219" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="222" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="247" />
        <source>Resume (Space)</source>
        <translation>Reanudar (Espacio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="249" />
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="252" />
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="287" />
        <source>Unmute (M)</source>
        <translation>Activar sonido (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="289" />
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="293" />
        <source>Leave full screen (F11)</source>
        <translation>Salir de pantalla completa (F11)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/actions.py" line="295" />
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="77" />
        <source>{number} second(s)</source>
        <translation>
            <numerusform>{number} segundo</numerusform>
            <numerusform>{number} segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="80" />
        <source>{number} minute(s)</source>
        <translation>
            <numerusform>{number} minuto</numerusform>
            <numerusform>{number} minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="85" />
        <source>{minutes} {seconds}</source>
        <translation>{minutes} y {seconds}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="112" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="119" />
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="120" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
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
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="137" />
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="145" />
        <source>LEFT</source>
        <comment>the side badge</comment>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="146" />
        <source>RIGHT</source>
        <comment>the side badge</comment>
        <translation>DERECHA</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="152" />
        <source>Left</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="153" />
        <source>Right</source>
        <comment>a side heading a line or a table cell</comment>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="161" />
        <source>{exercise}, left side</source>
        <translation>{exercise}, lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="162" />
        <source>{exercise}, right side</source>
        <translation>{exercise}, lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="166" />
        <source>Both sides, left first</source>
        <translation>Ambos lados, primero el izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="167" />
        <source>Both sides, right first</source>
        <translation>Ambos lados, primero el derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="168" />
        <source>Left side only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="169" />
        <source>Right side only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="170" />
        <source>Both legs together</source>
        <translation>Ambas piernas a la vez</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="181" />
        <source>{side}: {body}</source>
        <translation>{side}: {body}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="191" />
        <source>up</source>
        <translation>subir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="192" />
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="193" />
        <source>down</source>
        <translation>bajar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="195" />
        <source>at your own pace</source>
        <translation>a tu ritmo</translation>
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
        <translation>Mantén {seconds} s respirando despacio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="240" />
        <source>At your own pace, smooth and controlled</source>
        <translation>A tu ritmo, fluido y controlado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="241" />
        <source>Tempo: {phases}</source>
        <translation>Tempo: {phases}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="252" />
        <source>{sets} x {seconds} s hold</source>
        <translation>{sets} x {seconds} s de mantenimiento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="257" />
        <source>{sets} x %n rep(s)</source>
        <translation>
            <numerusform>{sets} x %n repetición</numerusform>
            <numerusform>{sets} x %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="261" />
        <source>{dose}, left side only</source>
        <translation>{dose}, solo lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="263" />
        <source>{dose}, right side only</source>
        <translation>{dose}, solo lado derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="264" />
        <source>{dose} per side</source>
        <translation>{dose} por lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="273" />
        <source>{dose}, at your own pace</source>
        <translation>{dose}, a tu ritmo</translation>
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
            <numerusform>{sets} × %n repetición</numerusform>
            <numerusform>{sets} × %n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="291" />
        <source>hold {duration}</source>
        <translation>mantener {duration}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="295" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="302" />
        <source>Hold {duration}.</source>
        <translation>Mantén {duration}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="307" />
        <source>{number} rep(s).</source>
        <translation>
            <numerusform>{number} repetición.</numerusform>
            <numerusform>{number} repeticiones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="318" />
        <source>Rest {sides} s between sides, {sets} s between sets</source>
        <translation>Descanso de {sides} s entre lados y {sets} s entre series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="322" />
        <source>Rest {sides} s between sides</source>
        <translation>Descanso de {sides} s entre lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="324" />
        <source>Rest {sets} s between sets</source>
        <translation>Descanso de {sets} s entre series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="331" />
        <source>{dose}: {sides}</source>
        <translation>{dose}: {sides}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="342" />
        <source>You need: {equipment}</source>
        <translation>Necesitas: {equipment}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="349" />
        <source>This week: {done} of {planned} done, plan kept</source>
        <translation>Esta semana: {done} de {planned} hechas, plan cumplido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="351" />
        <source>This week: {done} of {planned} planned done</source>
        <translation>Esta semana: {done} de {planned} previstas hechas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="352" />
        <source>streak %n week(s)</source>
        <translation>
            <numerusform>racha de %n semana</numerusform>
            <numerusform>racha de %n semanas</numerusform>
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
        <translation>Tu rutina de cadera está prevista para ahora.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="362" />
        <source>{day} slipped by; no matter, today counts just as much.</source>
        <translation>{day} se pasó; no importa, hoy cuenta igual.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/wording.py" line="365" />
        <source>Time for your hip routine</source>
        <translation>Hora de tu rutina de cadera</translation>
    </message>
</context>
<context>
    <name>WorkChart</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="249" />
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="250" />
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="254" />
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="256" />
        <source>No side</source>
        <translation>Sin lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="261" />
        <source>{name}: seconds held per week, monthly average</source>
        <translation>{name}: segundos mantenidos por semana, media mensual</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="263" />
        <source>{name}: seconds held per week</source>
        <translation>{name}: segundos mantenidos por semana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="267" />
        <source>{name}: reps per week, monthly average</source>
        <translation>{name}: repeticiones por semana, media mensual</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="269" />
        <source>{name}: reps per week</source>
        <translation>{name}: repeticiones por semana</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="271" />
        <source>No exercises yet</source>
        <translation>Aún no hay ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="280" />
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="291" />
        <source>left {amount}</source>
        <translation>izquierda {amount}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="292" />
        <source>right {amount}</source>
        <translation>derecha {amount}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="301" />
        <source> a week on average (%n weeks)</source>
        <translation>
            <numerusform> por semana de media (%n semanas)</numerusform>
            <numerusform> por semana de media (%n semanas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Block</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="467" />
        <source>You need: </source>
        <translation>Necesitas: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="518" />
        <source>top</source>
        <translation>arriba</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="519" />
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="549" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
</context>
<context>
    <name>_Insert</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="264" />
        <source>add {name}</source>
        <translation>añadir {name}</translation>
    </message>
</context>
<context>
    <name>_Move</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="291" />
        <source>move {name}</source>
        <translation>mover {name}</translation>
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
        <translation>sesión {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="75" />
        <source>set {number}</source>
        <translation>serie {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="77" />
        <source>routine {number}</source>
        <translation>rutina {number}</translation>
    </message>
</context>
<context>
    <name>_Reader</name>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="94" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>usa un objeto JSON entre llaves (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="101" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer no conoce este campo; quítalo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="117" />
        <source>missing (it is required)</source>
        <translation>falta (es obligatorio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="122" />
        <location filename="../../hiptimer/core/serialize.py" line="126" />
        <source>use {kind} (was {value})</source>
        <translation>usa {kind} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="139" />
        <source>use one of {allowed} (was {value})</source>
        <translation>usa uno de {allowed} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="147" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>usa como máximo {limit} líneas de indicaciones (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="149" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>usa como máximo {limit} elementos de equipo (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="159" />
        <source>use a text in quotes (was {value})</source>
        <translation>usa un texto entre comillas (era {value})</translation>
    </message>
</context>
<context>
    <name>_Remove</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="277" />
        <source>remove {name}</source>
        <translation>quitar {name}</translation>
    </message>
</context>
<context>
    <name>_Replace</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/routine_model.py" line="309" />
        <source>change {field} of {name}</source>
        <translation>cambiar {field} de {name}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="146" />
        <source>Settings: {problem}.</source>
        <translation>Ajustes: {problem}.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="192" />
        <source>HipTimer is already open for profile {profile}: its window was asked to come to the front.</source>
        <translation>HipTimer ya está abierto con el perfil {profile}: se ha pedido a su ventana que pase al frente.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/app.py" line="199" />
        <source>hiptimer: HipTimer is already open for profile {profile}, but its window did not answer (it may be busy or hung). Close that HipTimer, or end its process, then start again.</source>
        <translation>hiptimer: HipTimer ya está abierto con el perfil {profile}, pero su ventana no respondió (puede estar ocupada o bloqueada). Cierra ese HipTimer o termina su proceso y vuelve a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../hiptimer/cli/__init__.py" line="64" />
        <source>open the window in high contrast (also a choice in Settings)</source>
        <translation>abrir la ventana en alto contraste (también se elige en Ajustes)</translation>
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
        <translation>{name} (copia)</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="123" />
        <source>the folder {folder} does not exist; choose another place</source>
        <translation>la carpeta {folder} no existe; elige otro lugar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="130" />
        <source>{routine}: HipTimer handout</source>
        <translation>{routine}: hoja de ejercicios de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="147" />
        <source>cannot write a PDF in {folder}: check that the folder exists and is writable</source>
        <translation>no se puede escribir un PDF en {folder}: comprueba que la carpeta existe y admite escritura</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="182" />
        <source>cannot write {file}: {problem}</source>
        <translation>no se puede escribir {file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="273" />
        <source>For: </source>
        <translation>Para: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="274" />
        <source>Trainer: </source>
        <translation>Entrenador: </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="275" />
        <source>Date: </source>
        <translation>Fecha: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="294" />
        <source>%n exercise, {minutes} a session</source>
        <translation>
            <numerusform>%n ejercicio, {minutes} por sesión</numerusform>
            <numerusform>%n ejercicio, {minutes} por sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="296" />
        <source>%n exercises, {minutes} a session</source>
        <translation>
            <numerusform>%n ejercicios, {minutes} por sesión</numerusform>
            <numerusform>%n ejercicios, {minutes} por sesión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="337" />
        <location filename="../../hiptimer/ui/handout.py" line="339" />
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="344" />
        <source> = the working leg in the pictures (drawn for the side you start on).</source>
        <translation> = la pierna que trabaja en las imágenes (dibujadas para el lado por el que empiezas).</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="376" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="406" />
        <source>{routine}, made with HipTimer</source>
        <translation>{routine}, creada con HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/handout.py" line="413" />
        <source>page {number} of {count}</source>
        <translation>página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>history_link</name>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="571" />
        <source>No sessions yet: your first one starts your history.</source>
        <translation>Aún no hay sesiones: la primera inicia tu historial.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="579" />
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="581" />
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="586" />
        <source>Last session: {day}</source>
        <translation>Última sesión: {day}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="588" />
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="591" />
        <source>effort {effort}</source>
        <translation>esfuerzo {effort}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="593" />
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history_link.py" line="594" />
        <source>ended early</source>
        <translation>terminada antes</translation>
    </message>
</context>
<context>
    <name>keep_awake</name>
    <message>
        <location filename="../../hiptimer/ui/keep_awake.py" line="36" />
        <source>A guided exercise session is running</source>
        <translation>Hay una sesión de ejercicios guiada en curso</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="51" />
        <source>HipTimer shows its built-in routine instead.</source>
        <translation>HipTimer muestra en su lugar su rutina integrada.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="53" />
        <source>The routine you had stays open.</source>
        <translation>La rutina que tenías sigue abierta.</translation>
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
            <numerusform>{file} tiene %n problema:</numerusform>
            <numerusform>{file} tiene %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="81" />
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="82" />
        <source>End the session now?</source>
        <translation>¿Terminar la sesión ahora?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="85" />
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="87" />
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="89" />
        <source>End now and go to the summary; the sets done are kept</source>
        <translation>Terminar ya e ir al resumen; las series hechas se conservan</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="91" />
        <source>Close this question and carry on</source>
        <translation>Cerrar esta pregunta y continuar</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="103" />
        <source>About HipTimer</source>
        <translation>Acerca de HipTimer</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="119" />
        <source>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt;: a guided hip-strengthening routine for runners, with a history that adds up.&lt;/p&gt;&lt;p&gt;The six exercises and how each is set up follow {article}; the cues, body lines and drawings are HipTimer's own words and work.&lt;/p&gt;&lt;p&gt;The choice of exercises follows published work on hip strength in runners:&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer is not medical advice: stop if something hurts, and ask a physiotherapist about pain that stays.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;HipTimer {version}&lt;/b&gt;: una rutina guiada de fortalecimiento de cadera para corredores, con un historial que va sumando.&lt;/p&gt;&lt;p&gt;Los seis ejercicios y cómo se prepara cada uno se basan en {article}; las indicaciones, las frases de postura y los dibujos son redacción y trabajo propios de HipTimer.&lt;/p&gt;&lt;p&gt;La elección de ejercicios se basa en trabajos publicados sobre la fuerza de cadera en corredores:&lt;/p&gt;&lt;ul&gt;{references}&lt;/ul&gt;&lt;p&gt;HipTimer no es consejo médico: para si algo duele y consulta a un fisioterapeuta si el dolor persiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="151" />
        <source>Open a routine file</source>
        <translation>Abrir un archivo de rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/messages.py" line="153" />
        <source>HipTimer routines (*.json);;All files (*)</source>
        <translation>Rutinas de HipTimer (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>picture_files</name>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="69" />
        <source>use a picture of at most {limit} KB (this one is {size} KB)</source>
        <translation>usa una imagen de {limit} KB como máximo (esta tiene {size} KB)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="83" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>usa de 1 a {limit} píxeles por lado (la imagen tiene {width} x {height} píxeles)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="116" />
        <source>not a picture: use a PNG or JPEG image</source>
        <translation>no es una imagen: usa una imagen PNG o JPEG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/picture_files.py" line="123" />
        <source>the pictures would take {size} MB of memory once decoded; a routine's pictures may take at most {limit} MB (make them smaller, or use fewer)</source>
        <translation>las imágenes ocuparían {size} MB de memoria una vez descodificadas; las imágenes de una rutina pueden ocupar {limit} MB como máximo (hazlas más pequeñas o usa menos)</translation>
    </message>
</context>
<context>
    <name>picture_picker</name>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="37" />
        <source>not a PNG or JPEG picture</source>
        <translation>no es una imagen PNG o JPEG</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="41" />
        <source>the picture cannot be decoded; it may be damaged</source>
        <translation>la imagen no se puede descodificar; puede estar dañada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="74" />
        <source>the picture stays too large even when made smaller</source>
        <translation>la imagen sigue siendo demasiado grande incluso reducida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="93" />
        <source>the file is {size} MB; choose a smaller picture</source>
        <translation>el archivo ocupa {size} MB; elige una imagen más pequeña</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="98" />
        <source>the file grew while it was read; choose it again</source>
        <translation>el archivo creció mientras se leía; vuelve a elegirlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="101" />
        <source>cannot read the file: {problem}</source>
        <translation>no se puede leer el archivo: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/trainer/picture_picker.py" line="104" />
        <source>cannot read the file ({problem})</source>
        <translation>no se puede leer el archivo ({problem})</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="54" />
        <source>Week of {date}</source>
        <translation>Semana del {date}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="60" />
        <source>{amount} s</source>
        <translation>{amount} s</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/history/plots.py" line="61" />
        <source>{amount} reps</source>
        <translation>{amount} repeticiones</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="20" />
        <source>routine name</source>
        <translation>nombre de la rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="21" />
        <source>get-ready time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="22" />
        <source>rest between exercises</source>
        <translation>descanso entre ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="23" />
        <source>exercises</source>
        <translation>ejercicios</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="24" />
        <source>file format</source>
        <translation>formato del archivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="25" />
        <source>file version</source>
        <translation>versión del archivo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="26" />
        <source>pictures</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="27" />
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="31" />
        <source>id</source>
        <translation>id.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="32" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="33" />
        <source>kind (reps or hold)</source>
        <translation>tipo (repeticiones o mantener)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="34" />
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="35" />
        <source>what left and right mean</source>
        <translation>qué significan izquierdo y derecho</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="36" />
        <source>figure</source>
        <translation>figura</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="37" />
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="38" />
        <source>dose</source>
        <translation>dosis</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="39" />
        <source>sets</source>
        <translation>series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="40" />
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="41" />
        <source>hold time</source>
        <translation>tiempo de mantenimiento</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="42" />
        <source>tempo</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="43" />
        <source>tempo, lifting</source>
        <translation>ritmo, subida</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="44" />
        <source>tempo, pause at the top</source>
        <translation>ritmo, pausa arriba</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="45" />
        <source>tempo, lowering</source>
        <translation>ritmo, bajada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="46" />
        <source>rests</source>
        <translation>descansos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="47" />
        <source>rest between sides</source>
        <translation>descanso entre lados</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="48" />
        <source>rest between sets</source>
        <translation>descanso entre series</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="49" />
        <source>equipment</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="50" />
        <source>cues</source>
        <translation>indicaciones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="51" />
        <source>highest reps</source>
        <translation>máximo de repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="52" />
        <source>highest level</source>
        <translation>nivel más alto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="75" />
        <source>cue {number}</source>
        <translation>indicación {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="76" />
        <source>equipment item {number}</source>
        <translation>elemento de equipo {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="83" />
        <source>{field}, {unknown}</source>
        <translation>{field}, {unknown}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="95" />
        <source>picture {name}</source>
        <translation>imagen {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="102" />
        <source>field {name}</source>
        <translation>campo {name}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="120" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="129" />
        <source>{name} (exercise {number})</source>
        <translation>{name} (ejercicio {number})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="133" />
        <source>Exercise {number}</source>
        <translation>Ejercicio {number}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/problems.py" line="140" />
        <source>The exercise</source>
        <translation>El ejercicio</translation>
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
        <translation>falta (es obligatorio)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="198" />
        <source>use {kind} (was {value})</source>
        <translation>usa {kind} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="225" />
        <source>HipTimer does not know this field; remove it</source>
        <translation>HipTimer no conoce este campo; quítalo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="237" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>usa un objeto JSON entre llaves (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="250" />
        <source>a whole number &gt;= 0</source>
        <translation>un número entero &gt;= 0</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="260" />
        <source>'left', 'right' or null</source>
        <translation>'left', 'right' o null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="267" />
        <source>'reps' or 'hold'</source>
        <translation>'reps' o 'hold'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="271" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="273" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="373" />
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="277" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="280" />
        <source>a whole number &gt;= 1</source>
        <translation>un número entero &gt;= 1</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="288" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="291" />
        <source>a whole number or null</source>
        <translation>un número entero o null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="294" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="297" />
        <source>seconds or null</source>
        <translation>segundos o null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="304" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="307" />
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="311" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="314" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="362" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="422" />
        <source>a time stamp</source>
        <translation>una marca de tiempo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="331" />
        <source>the number of a routine (0 to {last})</source>
        <translation>el número de una rutina (de 0 a {last})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="336" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="430" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="439" />
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="343" />
        <source>a time stamp or null</source>
        <translation>una marca de tiempo o null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="346" />
        <source>a whole number from 1 to 10, or null</source>
        <translation>un número entero de 1 a 10, o null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="350" />
        <source>the same step appears twice; keep one</source>
        <translation>el mismo paso aparece dos veces; deja uno</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="358" />
        <location filename="../../hiptimer/exchange/progress_report.py" line="420" />
        <source>an id</source>
        <translation>un id.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="370" />
        <source>'finished', 'ended_early' or 'interrupted'</source>
        <translation>'finished', 'ended_early' o 'interrupted'</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="381" />
        <source>not a progress report: it should hold a JSON object in braces at the top level (it holds {value})</source>
        <translation>no es un informe de progreso: debería contener un objeto JSON entre llaves en el nivel superior (contiene {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="388" />
        <source>this is not a HipTimer progress report (its format was {value})</source>
        <translation>no es un informe de progreso de HipTimer (su formato era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="392" />
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="394" />
        <source>written by a newer HipTimer (report version {version}, this one reads up to {known}); update HipTimer to import it</source>
        <translation>escrito por un HipTimer más reciente (versión de informe {version}; este lee hasta la {known}); actualiza HipTimer para importarlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="401" />
        <source>use 1 to {known} (was {version})</source>
        <translation>usa de 1 a {known} (era {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/progress_report.py" line="413" />
        <source>a profile name</source>
        <translation>un nombre de perfil</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="38" />
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/reminders.py" line="40" />
        <source>Later (30 min)</source>
        <translation>Más tarde (30 min)</translation>
    </message>
</context>
<context>
    <name>report_link</name>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="24" />
        <source>HipTimer progress reports (*.hiptimer-report.json *.json);;All files (*)</source>
        <translation>Informes de progreso de HipTimer (*.hiptimer-report.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="46" />
        <source>Saved a report of %n session as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Se guardó un informe de %n sesión como {file}. Envía este archivo a tu entrenador.</numerusform>
            <numerusform>Se guardó un informe de %n sesión como {file}. Envía este archivo a tu entrenador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="53" />
        <source>Saved a report of %n sessions as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Se guardó un informe de %n sesiones como {file}. Envía este archivo a tu entrenador.</numerusform>
            <numerusform>Se guardó un informe de %n sesiones como {file}. Envía este archivo a tu entrenador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="67" />
        <source>Send report to trainer</source>
        <translation>Enviar informe al entrenador</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="77" />
        <source>Import a client's report</source>
        <translation>Importar el informe de un cliente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="88" />
        <source>Import report</source>
        <translation>Importar informe</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="118" />
        <location filename="../../hiptimer/ui/report_link.py" line="140" />
        <location filename="../../hiptimer/ui/report_link.py" line="144" />
        <source>Nothing imported. {reason}</source>
        <translation>No se importó nada. {reason}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="126" />
        <source>{reason}.

Is it {profile}'s report? Import it into {profile}'s history?</source>
        <translation>{reason}.

¿Es el informe de {profile}? ¿Importarlo al historial de {profile}?</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/report_link.py" line="132" />
        <source>Nothing imported: the report was not {profile}'s.</source>
        <translation>No se importó nada: el informe no era de {profile}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="148" />
        <source> (%n were there already)</source>
        <translation>
            <numerusform> (%n ya estaban)</numerusform>
            <numerusform> (%n ya estaban)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="150" />
        <source>Imported %n new session from {file} into {profile}'s history</source>
        <translation>
            <numerusform>Se importó %n sesión nueva de {file} al historial de {profile}</numerusform>
            <numerusform>Se importó %n sesión nueva de {file} al historial de {profile}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="157" />
        <source>Imported %n new sessions from {file} into {profile}'s history</source>
        <translation>
            <numerusform>Se importaron %n sesiones nuevas de {file} al historial de {profile}</numerusform>
            <numerusform>Se importaron %n sesiones nuevas de {file} al historial de {profile}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="226" />
        <source>missing; use a number of seconds</source>
        <translation>falta; usa un número de segundos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="228" />
        <source>use a number of seconds (was {value})</source>
        <translation>usa un número de segundos (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="231" />
        <source>use {low} to {high} seconds (was {value})</source>
        <translation>usa de {low} a {high} segundos (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="242" />
        <source>missing; use a whole number</source>
        <translation>falta; usa un número entero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="244" />
        <source>use a whole number (was {value})</source>
        <translation>usa un número entero (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="247" />
        <source>use {low} to {high} (was {value})</source>
        <translation>usa de {low} a {high} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="257" />
        <source>fill this in (it is empty)</source>
        <translation>rellena esto (está vacío)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="259" />
        <source>use at most {limit} characters (there are {count})</source>
        <translation>usa como máximo {limit} caracteres (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="290" />
        <source>remove the broken character (U+{code}, a lone surrogate)</source>
        <translation>quita el carácter roto (U+{code}, un sustituto suelto)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="296" />
        <source>remove the control character (U+{code}): a text cannot hold it</source>
        <translation>quita el carácter de control (U+{code}): un texto no puede contenerlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="300" />
        <source>remove the control character (U+{code}): a name cannot hold it</source>
        <translation>quita el carácter de control (U+{code}): un nombre no puede contenerlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="307" />
        <source>write something visible (it has no visible character, only spaces, zero-width or direction marks)</source>
        <translation>escribe algo visible (no tiene ningún carácter visible, solo espacios, caracteres de ancho cero o marcas de dirección)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="321" />
        <source>only a reps exercise has a rep range</source>
        <translation>solo un ejercicio de repeticiones tiene rango de repeticiones</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="331" />
        <source>use one of {levels} (was {value})</source>
        <translation>usa uno de {levels} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="333" />
        <source>leave it out: this exercise has no levels (was {value})</source>
        <translation>omítelo: este ejercicio no tiene niveles (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="346" />
        <source>use up to 64 lower-case letters, digits, '-' or '_' (was {value})</source>
        <translation>usa hasta 64 letras minúsculas, dígitos, '-' o '_' (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="354" />
        <source>use the id of a drawn figure (was {value})</source>
        <translation>usa el id. de una figura dibujada (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="360" />
        <source>use a picture file name such as 'abc123.png' or 'abc123.jpg' (was {value})</source>
        <translation>usa un nombre de archivo de imagen como 'abc123.png' o 'abc123.jpg' (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="368" />
        <source>choose either a drawn figure or a picture, not both</source>
        <translation>elige una figura dibujada o una imagen, no ambas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="371" />
        <source>use 'reps' or 'hold' (was {value})</source>
        <translation>usa 'reps' o 'hold' (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="375" />
        <source>use one of {allowed} (was {value})</source>
        <translation>usa uno de {allowed} (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="387" />
        <source>only a hold exercise has a hold time; leave it out</source>
        <translation>solo un ejercicio de mantener tiene tiempo de mantenimiento; omítelo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="399" />
        <source>use at least 0.5 seconds per repetition in all (was {value})</source>
        <translation>usa al menos 0,5 segundos por repetición en total (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="409" />
        <source>a hold exercise has no reps; leave them out</source>
        <translation>un ejercicio de mantener no tiene repeticiones; omítelas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="412" />
        <source>a hold exercise has no tempo; leave it out</source>
        <translation>un ejercicio de mantener no tiene ritmo; omítelo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="421" />
        <source>use at most {limit} pieces of equipment (there are {count})</source>
        <translation>usa como máximo {limit} elementos de equipo (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="433" />
        <source>use at most {limit} cue lines (there are {count})</source>
        <translation>usa como máximo {limit} líneas de indicaciones (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="452" />
        <source>only {{side}}, {{Side}}, {{other}} and {{Other}} may stand in braces (was {value})</source>
        <translation>solo {{side}}, {{Side}}, {{other}} y {{Other}} pueden ir entre llaves (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="468" />
        <source>add at least one exercise</source>
        <translation>añade al menos un ejercicio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="471" />
        <source>use at most {limit} exercises (there are {count})</source>
        <translation>usa como máximo {limit} ejercicios (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/routine.py" line="481" />
        <source>choose another id: {value} is already used by an exercise before it</source>
        <translation>elige otro id.: {value} ya lo usa un ejercicio anterior</translation>
    </message>
</context>
<context>
    <name>routine_file</name>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="158" />
        <source>not a routine file: it should hold a JSON object in braces (it holds {value})</source>
        <translation>no es un archivo de rutina: debería contener un objeto JSON entre llaves (contiene {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="164" />
        <source>not a HipTimer routine file (its format should be {expected}, was {value})</source>
        <translation>no es un archivo de rutina de HipTimer (su formato debería ser {expected}, era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="172" />
        <source>use a whole number (was {value})</source>
        <translation>usa un número entero (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="177" />
        <source>{version} is newer than this HipTimer understands (up to {known}); update HipTimer to open it</source>
        <translation>{version} es más reciente de lo que entiende este HipTimer (hasta {known}); actualiza HipTimer para abrirlo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="186" />
        <source>use 1 to {known} (was {version})</source>
        <translation>usa de 1 a {known} (era {version})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="219" />
        <source>remove it, or make the file version {version}: older files have no side meanings</source>
        <translation>quítalo, o pon la versión del archivo a {version}: los archivos anteriores no tienen significados de lado</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="231" />
        <source>progression controls need a version {version} file</source>
        <translation>los controles de progresión necesitan un archivo de versión {version}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="258" />
        <source>remove them: a routine kept in a profile only names its pictures</source>
        <translation>quítalas: una rutina guardada en un perfil solo nombra sus imágenes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="265" />
        <source>use a JSON object in braces (was {value})</source>
        <translation>usa un objeto JSON entre llaves (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="269" />
        <source>use at most {limit} pictures (there are {count})</source>
        <translation>usa como máximo {limit} imágenes (hay {count})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="300" />
        <source>make the file version {version} or more: older files have no pictures</source>
        <translation>pon la versión del archivo a {version} o más: los archivos anteriores no tienen imágenes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="322" />
        <source>use a file name such as 'abc123.png' or 'abc123.jpg' for each picture</source>
        <translation>usa un nombre de archivo como 'abc123.png' o 'abc123.jpg' para cada imagen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="328" />
        <source>use base64 text in quotes (was {value})</source>
        <translation>usa texto base64 entre comillas (era {value})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="331" />
        <source>use a picture of at most {limit} KB</source>
        <translation>usa una imagen de {limit} KB como máximo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="336" />
        <source>use base64 text (this is not valid base64)</source>
        <translation>usa texto base64 (esto no es base64 válido)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="340" />
        <source>the name says {named} but it is a {kind}</source>
        <translation>el nombre indica {named}, pero es {kind}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="343" />
        <source>use 1 to {limit} pixels on each side (the picture is {width} x {height} pixels)</source>
        <translation>usa de 1 a {limit} píxeles por lado (la imagen tiene {width} x {height} píxeles)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="375" />
        <source>add the picture {name} to the file's pictures, or choose another</source>
        <translation>añade la imagen {name} a las imágenes del archivo, o elige otra</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="381" />
        <source>no exercise shows this picture; remove it</source>
        <translation>ningún ejercicio muestra esta imagen; quítala</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="409" />
        <source>not a text file (a routine file is UTF-8 JSON)</source>
        <translation>no es un archivo de texto (un archivo de rutina es JSON en UTF-8)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="415" />
        <source>not a routine: it holds about {count} values, and a routine file holds at most {limit}</source>
        <translation>no es una rutina: contiene unos {count} valores, y un archivo de rutina contiene {limit} como máximo</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="426" />
        <source>not valid JSON (line {line}, column {column}: {problem})</source>
        <translation>JSON no válido (línea {line}, columna {column}: {problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="433" />
        <source>not a routine: the JSON is nested too deeply</source>
        <translation>no es una rutina: el JSON está anidado demasiado profundamente</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="436" />
        <source>not valid: the key {key} appears twice in one object</source>
        <translation>no válido: la clave {key} aparece dos veces en un objeto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="439" />
        <source>not valid JSON ({problem})</source>
        <translation>JSON no válido ({problem})</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="446" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff) from the name of a field in it</source>
        <translation>quita el carácter roto (un sustituto suelto, \ud800 a \udfff) del nombre de uno de sus campos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/exchange/routine_file.py" line="452" />
        <source>remove the broken character (a lone surrogate, \ud800 to \udfff)</source>
        <translation>quita el carácter roto (un sustituto suelto, \ud800 a \udfff)</translation>
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
        <translation>un número decimal</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="171" />
        <location filename="../../hiptimer/core/serialize.py" line="191" />
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="173" />
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="175" />
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="177" />
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="179" />
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="185" />
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="189" />
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="193" />
        <source>a text in quotes</source>
        <translation>un texto entre comillas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="195" />
        <source>a list in brackets</source>
        <translation>una lista entre corchetes</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="197" />
        <source>a JSON object in braces</source>
        <translation>un objeto JSON entre llaves</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="200" />
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="210" />
        <source>fill in the exercise (it is an empty object)</source>
        <translation>rellena el ejercicio (es un objeto vacío)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="313" />
        <source>use an exercise with its fields</source>
        <translation>usa un ejercicio con sus campos</translation>
    </message>
    <message>
        <location filename="../../hiptimer/core/serialize.py" line="329" />
        <source>fill in the routine (it is empty)</source>
        <translation>rellena la rutina (está vacía)</translation>
    </message>
</context>
<context>
    <name>session_display</name>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="45" />
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_display.py" line="94" />
        <source>Paused · </source>
        <translation>En pausa · </translation>
    </message>
</context>
<context>
    <name>session_view</name>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="170" />
        <source>Hold {time}</source>
        <translation>Mantén {time}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/session_view.py" line="171" />
        <source>Hold {time} on the {side}</source>
        <translation>Mantén {time} en el {side}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="175" />
        <source>%n reps {own_pace}: Enter when the set is done</source>
        <translation>
            <numerusform>%n repeticiones {own_pace}: Intro cuando termines la serie</numerusform>
            <numerusform>%n repeticiones {own_pace}: Intro cuando termines la serie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="181" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n repeticiones</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="182" />
        <source>%n reps · {tempo}</source>
        <translation>
            <numerusform>%n repeticiones · {tempo}</numerusform>
            <numerusform>%n repeticiones · {tempo}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="128" />
        <source>the whole file (it should hold a JSON object in braces)</source>
        <translation>el archivo completo (debería contener un objeto JSON entre llaves)</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="173" />
        <source>reset to the default: {names}</source>
        <translation>se restableció el valor predeterminado: {names}</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="180" />
        <source>sound</source>
        <translation>sonido</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="181" />
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="182" />
        <source>mute</source>
        <translation>silencio</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="183" />
        <source>spoken cues</source>
        <translation>indicaciones habladas</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="184" />
        <source>voice</source>
        <translation>voz</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="185" />
        <source>get-ready time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="186" />
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="187" />
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../hiptimer/profiles/settings.py" line="188" />
        <source>high contrast</source>
        <translation>alto contraste</translation>
    </message>
</context>
<context>
    <name>sound</name>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="132" />
        <source>No sound device found: the session runs without beeps.</source>
        <translation>No se encontró ningún dispositivo de sonido: la sesión sigue sin pitidos.</translation>
    </message>
    <message>
        <location filename="../../hiptimer/ui/sound.py" line="133" />
        <source>Beeps cannot be played on this computer: the session runs without them.</source>
        <translation>Los pitidos no se pueden reproducir en este equipo: la sesión sigue sin ellos.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <location filename="../../hiptimer/ui/speech.py" line="17" />
        <source>Spoken cues are not available on this computer: follow the screen and the beeps.</source>
        <translation>Las indicaciones habladas no están disponibles en este equipo: sigue la pantalla y los pitidos.</translation>
    </message>
</context>
<context>
    <name>strip</name>
    <message>
        <location filename="../../hiptimer/present/strip.py" line="52" />
        <source>about {total}: {work} of sets and holds, {rest} of rests</source>
        <translation>unos {total}: {work} de series y mantenimientos, {rest} de descansos</translation>
    </message>
</context>
</TS>
