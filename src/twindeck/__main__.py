import sys

from twindeck.cli import main

sys.exit(main())
