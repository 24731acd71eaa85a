from hiptimer.start import main

raise SystemExit(main())
