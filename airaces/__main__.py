import sys

from airaces.cli import main

sys.exit(main())
