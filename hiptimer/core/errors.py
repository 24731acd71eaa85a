"""The one base class for errors a person can fix (a broken file, a bad name, a full disk).

Their messages say what is wrong and what to do; the command line prints them without a
traceback and exits with status 2, and the window shows them in a message box.
"""


class UserError(Exception):
    pass
