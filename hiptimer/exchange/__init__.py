"""Moving data in and out of HipTimer: routine files, CSV, printable handouts."""
