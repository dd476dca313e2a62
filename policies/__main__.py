"""``python -m policies policy check|test|explain|schema`` with the built-in detectors."""

import sys

from .cli import main

sys.exit(main())
