"""The bundled app's entry point: the same as the `hiptimer` command."""

from hiptimer.start import main

if __name__ == "__main__":
    raise SystemExit(main())
