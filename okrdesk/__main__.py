from okrdesk.launch import main

raise SystemExit(main())
