# The window tests' fixtures, for the damaged-history cases that go through the window.
from tests.ui.conftest import make_window  # noqa: F401
