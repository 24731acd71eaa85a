<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalanceModel</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="90" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n reps</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    </context>
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
        <location filename="../../hiptimer/cli/routines.py" line="243" />
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
    <name>EffortChart</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="442" />
        <source>{period}: effort {effort} on average (%n sessions)</source>
        <translation>
            <numerusform>{period}: effort {effort} on average (%n sessions)</numerusform>
            <numerusform>{period}: effort {effort} on average (%n sessions)</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>HistoryLink</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="188" />
        <source>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</source>
        <translation>
            <numerusform>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</numerusform>
            <numerusform>{routine}, {when}: {saved} of %n sets were saved. Go on from where it stopped, or keep it in your history as interrupted?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="327" />
        <source>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</source>
        <translation>
            <numerusform>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</numerusform>
            <numerusform>%n session of {profile} could not be saved: the history could not be written, so it is not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="335" />
        <source>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</source>
        <translation>
            <numerusform>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</numerusform>
            <numerusform>%n sessions of {profile} could not be saved: the history could not be written, so they are not in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history_link.py" line="418" />
        <source>Exported this session (%n sets) to {path}.</source>
        <translation>
            <numerusform>Exported this session (%n sets) to {path}.</numerusform>
            <numerusform>Exported this session (%n sets) to {path}.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="206" />
        <source>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;No sessions yet&lt;/h3&gt;&lt;p&gt;Finish a routine and its sets show up here, week by week and side by side.&lt;/p&gt;&lt;p&gt;To look around first, fill this history with %n weeks of made-up sessions; one click removes them again.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="219" />
        <source>Fill this profile's empty history with %n weeks of made-up sessions</source>
        <translation>
            <numerusform>Fill this profile's empty history with %n weeks of made-up sessions</numerusform>
            <numerusform>Fill this profile's empty history with %n weeks of made-up sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="302" />
        <source> (⚠ %n to check)</source>
        <translation>
            <numerusform> (⚠ %n to check)</numerusform>
            <numerusform> (⚠ %n to check)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="338" />
        <source>the last %n weeks</source>
        <translation>
            <numerusform>the last %n weeks</numerusform>
            <numerusform>the last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="373" />
        <source>Saved %n sets from {range} to {path}</source>
        <translation>
            <numerusform>Saved %n sets from {range} to {path}</numerusform>
            <numerusform>Saved %n sets from {range} to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="383" />
        <source>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</source>
        <translation>
            <numerusform>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</numerusform>
            <numerusform>Fill the history of {profile} with %n weeks of made-up sessions? They are marked as demo sessions, and 'Remove demo sessions' takes them out again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="414" />
        <source>Added %n made-up sessions</source>
        <translation>
            <numerusform>Added %n made-up sessions</numerusform>
            <numerusform>Added %n made-up sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/window.py" line="437" />
        <source>Removed %n demo sessions</source>
        <translation>
            <numerusform>Removed %n demo sessions</numerusform>
            <numerusform>Removed %n demo sessions</numerusform>
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
    <name>ProgressLink</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="59" />
        <source>%n suggested change(s) for today: A (Accept today's doses) runs them; without it, the session runs the doses shown in the list.</source>
        <translation>
            <numerusform>%n suggested change for today: A (Accept today's doses) runs them; without it, the session runs the doses shown in the list.</numerusform>
            <numerusform>%n suggested changes for today: A (Accept today's doses) runs them; without it, the session runs the doses shown in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/progress_link.py" line="109" />
        <source>%n suggested change(s) accepted: the session runs the doses in the list.</source>
        <translation>
            <numerusform>%n suggested change accepted: the session runs the doses in the list.</numerusform>
            <numerusform>%n suggested changes accepted: the session runs the doses in the list.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Progression</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="360" />
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/progression.py" line="364" />
        <location filename="../../hiptimer/core/progression.py" line="427" />
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>RoutineError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="210" />
        <source>The exercise has %n problems:</source>
        <translation>
            <numerusform>The exercise has %n problems:</numerusform>
            <numerusform>The exercise has %n problems:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/core/routine.py" line="212" />
        <source>The routine has %n problems:</source>
        <translation>
            <numerusform>The routine has %n problems:</numerusform>
            <numerusform>The routine has %n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineFileError</name>
    <message numerus="yes">
        <location filename="../../hiptimer/exchange/routine_file.py" line="99" />
        <source>%n problems:</source>
        <translation>
            <numerusform>%n problems:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutinesWindow</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="226" />
        <source>%n exercise, about {time}</source>
        <translation>
            <numerusform>%n exercise, about {time}</numerusform>
            <numerusform>%n exercise, about {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="228" />
        <source>%n exercises, about {time}</source>
        <translation>
            <numerusform>%n exercises, about {time}</numerusform>
            <numerusform>%n exercises, about {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/trainer/routines_window.py" line="362" />
        <source>The file {file} was not imported. It has %n problems:</source>
        <translation>
            <numerusform>The file {file} was not imported. It has %n problems:</numerusform>
            <numerusform>The file {file} was not imported. It has %n problems:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>SessionsChart</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="340" />
        <source>streak %n week</source>
        <translation>
            <numerusform>streak %n week</numerusform>
            <numerusform>streak %n week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="342" />
        <source>streak %n weeks</source>
        <translation>
            <numerusform>streak %n weeks</numerusform>
            <numerusform>streak %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="346" />
        <source>The plan of {plan} a week was met in {met} of %n weeks</source>
        <translation>
            <numerusform>The plan of {plan} a week was met in {met} of %n weeks</numerusform>
            <numerusform>The plan of {plan} a week was met in {met} of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="370" />
        <source>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</source>
        <translation>
            <numerusform>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</numerusform>
            <numerusform>{period}: {per_week} sessions a week on average, plan {plan} met in {met} of %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="384" />
        <source>{period}: %n session of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n session of {plan} planned ({verdict})</numerusform>
            <numerusform>{period}: %n session of {plan} planned ({verdict})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="388" />
        <source>{period}: %n sessions of {plan} planned ({verdict})</source>
        <translation>
            <numerusform>{period}: %n sessions of {plan} planned ({verdict})</numerusform>
            <numerusform>{period}: %n sessions of {plan} planned ({verdict})</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>SessionsModel</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/tables.py" line="177" />
        <source>, %n cut short</source>
        <translation>
            <numerusform>, %n cut short</numerusform>
            <numerusform>, %n cut short</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>StartScreen</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="314" />
        <source>%n exercise</source>
        <translation>
            <numerusform>%n exercise</numerusform>
            <numerusform>%n exercise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/start_view.py" line="316" />
        <source>%n exercises</source>
        <translation>
            <numerusform>%n exercises</numerusform>
            <numerusform>%n exercises</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="59" />
        <source>{done} of %n rep(s)</source>
        <translation>
            <numerusform>{done} of %n rep</numerusform>
            <numerusform>{done} of %n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="66" />
        <source> · {done} of %n set(s)</source>
        <translation>
            <numerusform> · {done} of %n set</numerusform>
            <numerusform> · {done} of %n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/present/summary.py" line="129" />
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
<context>
    <name>WorkChart</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/history/plots.py" line="301" />
        <source> a week on average (%n weeks)</source>
        <translation>
            <numerusform> a week on average (%n weeks)</numerusform>
            <numerusform> a week on average (%n weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="294" />
        <source>%n exercise, {minutes} a session</source>
        <translation>
            <numerusform>%n exercise, {minutes} a session</numerusform>
            <numerusform>%n exercise, {minutes} a session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/handout.py" line="296" />
        <source>%n exercises, {minutes} a session</source>
        <translation>
            <numerusform>%n exercises, {minutes} a session</numerusform>
            <numerusform>%n exercises, {minutes} a session</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/messages.py" line="71" />
        <source>{file} has %n problems:</source>
        <translation>
            <numerusform>{file} has %n problems:</numerusform>
            <numerusform>{file} has %n problems:</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>report_link</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="46" />
        <source>Saved a report of %n session as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Saved a report of %n session as {file}. Send this file to your trainer.</numerusform>
            <numerusform>Saved a report of %n session as {file}. Send this file to your trainer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="53" />
        <source>Saved a report of %n sessions as {file}. Send this file to your trainer.</source>
        <translation>
            <numerusform>Saved a report of %n sessions as {file}. Send this file to your trainer.</numerusform>
            <numerusform>Saved a report of %n sessions as {file}. Send this file to your trainer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="148" />
        <source> (%n were there already)</source>
        <translation>
            <numerusform> (%n were there already)</numerusform>
            <numerusform> (%n were there already)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="150" />
        <source>Imported %n new session from {file} into {profile}'s history</source>
        <translation>
            <numerusform>Imported %n new session from {file} into {profile}'s history</numerusform>
            <numerusform>Imported %n new session from {file} into {profile}'s history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/report_link.py" line="157" />
        <source>Imported %n new sessions from {file} into {profile}'s history</source>
        <translation>
            <numerusform>Imported %n new sessions from {file} into {profile}'s history</numerusform>
            <numerusform>Imported %n new sessions from {file} into {profile}'s history</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>session_view</name>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="175" />
        <source>%n reps {own_pace}: Enter when the set is done</source>
        <translation>
            <numerusform>%n reps {own_pace}: Enter when the set is done</numerusform>
            <numerusform>%n reps {own_pace}: Enter when the set is done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="181" />
        <source>%n reps</source>
        <translation>
            <numerusform>%n reps</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hiptimer/ui/session_view.py" line="182" />
        <source>%n reps · {tempo}</source>
        <translation>
            <numerusform>%n reps · {tempo}</numerusform>
            <numerusform>%n reps · {tempo}</numerusform>
        </translation>
    </message>
</context>
</TS>
