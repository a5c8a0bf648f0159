"""IBM Plex Sans cut down to the characters the site uses (``make skrifttyper``).

``characters.py`` reads which characters the built pages use; ``subset.py``
writes the subsets of the full fonts in tools/fonts/ to overrides/assets/fonts/.
"""
