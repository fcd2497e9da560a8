"""Command line tools for authors, translators, school IT and CI."""
