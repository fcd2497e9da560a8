"""Qt-free I/O: paths, settings, progress and the pack library."""
