"""The PySide6 front end: windows and widgets, drawing only what the core says."""
