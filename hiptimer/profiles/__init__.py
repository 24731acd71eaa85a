"""Everything kept on disk for one person (a profile), outside the SQLite history.

- folders: the profile folders (create, rename, archive, the one used last)
- saved: a profile's own routines, exercises and pictures, as plain files
- settings: the person's preferences (settings.json)
- paths: where files live (bundled resources, user data and config folders)

Nothing is imported here: each caller loads only the module it needs (start-up time).
The file primitives (atomic write, regular-file reading, safe names) sit in
hiptimer.core.files, because the history store and the routine files use them too.
"""
