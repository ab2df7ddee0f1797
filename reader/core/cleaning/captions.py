"""Photo captions and their credits in a copied page: which lines are captions (prose beside a photo
credit, or saying it is a photo), the credit line beside each, and the figures they make."""

from __future__ import annotations

from reader.core.cleaning import patterns as pt
from reader.core.cleaning.lines import TEXT_TAGS, Line, Tag
from reader.core.models import Figure


def mark_captions(lines: list[Line]) -> set[int]:
    """Photo captions: prose standing next to a photo credit, or saying it is a photo."""
    captions: set[int] = set()
    for i, line in enumerate(lines):
        if line.tag not in TEXT_TAGS or line.words < 4 or line.words > 60:
            continue
        if pt.CAPTION_HINT.search(line.text):
            captions.add(line.index)
            continue
        before = lines[i - 1] if i > 0 else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        credit_above = before is not None and before.tag is Tag.CREDIT and (i < 2 or lines[i - 2].index not in captions)
        if (after is not None and after.tag is Tag.CREDIT) or (
            credit_above and not (after and after.tag is Tag.CREDIT) and _credit_before_caption(lines, i)
        ):
            captions.add(line.index)
    # A short, capitalised line right above a caption, with no words of prose, is its credit.
    for i, line in enumerate(lines[:-1]):
        if (
            lines[i + 1].index in captions
            and line.tag is Tag.SHORT
            and 1 <= line.words <= 6
            and not line.ends_sentence
            and line.text[:1].isupper()
        ):
            line.tag, line.reason = Tag.CREDIT, pt.CREDIT
    return captions


def mark_caption_before_body(lines: list[Line], start: int, captions: set[int]) -> None:
    """The photo that tops an article: a credit line and a caption sentence right above the body."""
    if start < 2:
        return
    above, credit = lines[start - 1], lines[start - 2]
    if (
        above.prose
        and above.index not in captions
        and credit.tag in (Tag.SHORT, Tag.CREDIT)
        and 1 <= credit.words <= 6
        and not credit.ends_sentence
        and credit.text[:1].isupper()
        and credit.reason == ""
        and start >= 3
        and not lines[start - 3].prose
    ):
        captions.add(above.index)
        credit.tag, credit.reason = Tag.CREDIT, pt.CREDIT


def _credit_before_caption(lines: list[Line], i: int) -> bool:
    """A credit above a line makes it a caption only when the line does not start the body."""
    following = lines[i + 1 : i + 3]
    return not following or any(f.tag is Tag.GOOD for f in following)


def figures_of(lines: list[Line], captions: set[int]) -> list[Figure]:
    figures: list[Figure] = []
    for i, line in enumerate(lines):
        if line.index not in captions:
            continue
        credit = ""
        for neighbour in (lines[i + 1] if i + 1 < len(lines) else None, lines[i - 1] if i else None):
            if neighbour is not None and neighbour.tag is Tag.CREDIT:
                credit = neighbour.text
                break
        figures.append(Figure(caption=line.text, credit=credit))
    return figures
