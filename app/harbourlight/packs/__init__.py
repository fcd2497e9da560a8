"""Qt-free reading and checking of content packs and helpline files."""
