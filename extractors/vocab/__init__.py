"""Vocabularies the rules read: names, symbols and words of the domain, as data."""
