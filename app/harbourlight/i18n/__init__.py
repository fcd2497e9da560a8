"""Qt-free translation: gettext catalogs for the UI, CLDR names and text direction via Babel.

There is no `_` in builtins and no module-level "current language": the composition root makes one
Translator and hands it to whoever shows text. Mark constants with `N_` and translate them at display time.
"""

from harbourlight.i18n.translator import N_, Translator

__all__ = ["N_", "Translator"]
