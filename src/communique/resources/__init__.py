"""Every data file the stages read (lexicons, the actor knowledge base, model weights),
in one place, described by one manifest, loaded by one loader per format.

Layout: ``communique/resources/<concern>/<name>`` with concern one of ``structure``,
``actors``, ``quotes``, ``events``, ``rhetoric``; ``manifest.yaml`` names each file's
format, owner stages and purpose.

Users replace files without touching the package: ``Resources(override_dirs=[DIR])``
reads ``DIR/<concern>/<name>`` instead of the packaged file of the same relative path
(whole-file replacement). Code selects a set with ``using(resources)``; the module-level
loaders (``terms``, ``yaml``, ...) read through ``active()``, and their caches are keyed
by the set's ``fingerprint()``.

    >>> from communique import resources
    >>> "perhaps" in resources.terms("structure/hedges.en.txt")
    True
"""

from .loader import LOADERS, bytes, json, jsonl, load, npz, tag_values, tagged, terms, text, with_tag, yaml
from .sets import FORMATS, PACKAGED, Entry, Resources, active, cached, manifest, package_root, using

__all__ = ["FORMATS", "LOADERS", "PACKAGED", "Entry", "Resources", "active", "bytes", "cached", "json", "jsonl",
           "load", "manifest", "npz", "package_root", "tag_values", "tagged", "terms", "text", "using",
           "with_tag", "yaml"]
