<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="124" />
        <source>Wrote a report of %n session(s) from profile {profile!r} to {out}; send it to your trainer</source>
        <translation>
            <numerusform>Wrote a report of %n session from profile {profile!r} to {out}; send it to your trainer</numerusform>
            <numerusform>Wrote a report of %n sessions from profile {profile!r} to {out}; send it to your trainer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="158" />
        <source>Imported %n new session(s) into profile {profile!r} ({already_there} already there)</source>
        <translation>
            <numerusform>Imported %n new session into profile {profile!r} ({already_there} already there)</numerusform>
            <numerusform>Imported %n new sessions into profile {profile!r} ({already_there} already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/history.py" line="188" />
        <source>hiptimer: profile {profile!r} already has %n real session(s); demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</source>
        <translation>
            <numerusform>hiptimer: profile {profile!r} already has %n real session; demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
            <numerusform>hiptimer: profile {profile!r} already has %n real sessions; demo data only goes into a profile without any. Try another profile, for example: hiptimer history demo --weeks {weeks} --profile demo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/routines.py" line="201" />
        <source>Wrote {out} (%n page(s), {paper})</source>
        <translation>
            <numerusform>Wrote {out} (%n page, {paper})</numerusform>
            <numerusform>Wrote {out} (%n pages, {paper})</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Cues</name>
    <message numerus="yes">
        <location filename="../../hiptimer/present/cues.py" line="140" />
        <source>goal %n rep(s)</source>
        <translation>
            <numerusform>goal %n rep</numerusform>
            <numerusform>goal %n reps</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../../hiptimer/cli/plan.py" line="86" />
        <source>done (%n session(s))</source>
        <translation>
            <numerusform>done (%n session)</numerusform>
            <numerusform>done (%n sessions)</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Progression</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="323" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="327" />
        <location filename="../../hiptimer/core/progression.py" line="383" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Routine</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="168" />
        <source>The routine has %n problem(s):</source>
        <translation>
            <numerusform>The routine has %n problem:</numerusform>
            <numerusform>The routine has %n problems:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>RoutineFile</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="83" />
        <source>{file}: %n problem(s):</source>
        <translation>
            <numerusform>{file}: %n problem:</numerusform>
            <numerusform>{file}: %n problems:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="50" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} of %n rep</numerusform>
            <numerusform>{done} of %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="57" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} of %n set</numerusform>
            <numerusform> · {done} of %n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="118" />
        <source>{done} of %n set(s) done</source>
        <translation>
            <numerusform>{done} of %n set done</numerusform>
            <numerusform>{done} of %n sets done</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="77" />
        <source>{number} second(s)</source>
        <translation>
            <numerusform>{number} second</numerusform>
            <numerusform>{number} seconds</numerusform>
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
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="120" />
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="257" />
        <source>{sets} x %n rep(s)</source>
        <translation>
            <numerusform>{sets} x %n rep</numerusform>
            <numerusform>{sets} x %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="284" />
        <source>{sets} × %n rep(s)</source>
        <translation>
            <numerusform>{sets} × %n rep</numerusform>
            <numerusform>{sets} × %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="295" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="307" />
        <source>{number} rep(s).</source>
        <translation>
            <numerusform>{number} rep.</numerusform>
            <numerusform>{number} reps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/wording.py" line="352" />
        <source>streak %n week(s)</source>
        <translation>
            <numerusform>streak %n week</numerusform>
            <numerusform>streak %n weeks</numerusform>
        </translation>
    </message>
    </context>
</TS>
