"""An "of" object under a noun of authorship leads back to that noun ("the author of the article"):
the stance stage's owner search must stop there instead of recursing until Python gives up
(found by an open round-21 statement, stmt-32, which aborted the whole stance stage)."""

from __future__ import annotations

import communique


def test_author_of_the_article_does_not_loop():
    doc = communique.analyze("The Embassy of Azerbaijan regrets that the author of the article did not contact "
                             "the Embassy before publication.")
    assert [a.name for a in doc.actors] == ["Azerbaijan"]
    assert doc.stance is not None


def test_owner_search_still_reaches_one_level_down():
    doc = communique.analyze("The author of the report, a spokesman of the Lithuanian government, condemned "
                             "Russia's violations of Lithuanian airspace.")
    assert any(a.name == "Lithuania" for a in doc.actors)
