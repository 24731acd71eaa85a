import os

# Qt tests run without a screen unless a test asks for a real one (an Xvfb test).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
