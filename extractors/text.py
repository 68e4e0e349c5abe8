"""Accent folding: the one way every module takes the accents off letters ('López' -> 'Lopez')."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str, *, keep_length: bool = False) -> str:
    """Letters without their accents, case kept: 'Montmeló' -> 'Montmelo'.

    Compatibility forms are decomposed too ('ﬁ' -> 'fi'); with `keep_length` each character gives
    one ('ﬁ' -> 'f'), so offsets into the folded text stay offsets into the original.
    """
    if text.isascii():
        return text
    if keep_length:
        return "".join(unicodedata.normalize("NFKD", ch)[:1] or ch for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
