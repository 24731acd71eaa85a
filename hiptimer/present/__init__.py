"""Presentation rules, Qt-free: what the windows, the speaker and the printed handout show
and say, and when. The figures' skeleton, poses, motion and cameras; the session's cues and
words; when to poll the engine; the end view's rows; the rules of beeps and speech.

Only the core is imported here (an import contract checks it), so every rule is tested in
milliseconds without a display; hiptimer.ui draws and plays what these modules decide.
"""
