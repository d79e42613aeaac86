"""Quote extraction helpers behind the ``quotes.v1`` stage (``communique.stages.quotes``).

- ``marks``: pair quotation marks into spans (text only).
- ``direct``: direct quotes with cue and speaker.
- ``indirect``: reported speech with a cue verb and a complement.
- ``speakers``: speaker phrases and their resolution to actors.
- ``lexicon``: the quote lexicons (``resources/quotes/``, speaker pronouns in ``resources/actors/``).
"""
