"""Rewriting: a statement's fixes, the rewritten plan file, the checks a rewrite must pass,
and the parent's handout."""
