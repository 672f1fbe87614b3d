from wijkinfo.cli import main

raise SystemExit(main())
