"""`python -m reader` behaves exactly like the `reader` command."""

import sys

from reader.cli import main

sys.exit(main())
