"""Pausing Python's cyclic garbage collector around bulk work that makes many objects and frees none of them."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Reading a big pack or (un)pickling its cached result makes millions of short-lived objects while the kept
    lessons pile up; the cyclic collector would walk those again and again (~15% of a 1,000-lesson load, twice the
    time of unpickling) and finds nothing to free. Reference counting still frees everything as usual."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
