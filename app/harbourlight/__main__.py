"""`python -m harbourlight` starts the app."""

import sys

from harbourlight.main import main

if __name__ == "__main__":
    sys.exit(main())
