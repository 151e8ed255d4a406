import sys

from airaces.build.cli import main

sys.exit(main())
