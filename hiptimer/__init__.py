"""HipTimer: a guided hip-strengthening routine with a history that adds up."""

__version__ = "0.1.0"
