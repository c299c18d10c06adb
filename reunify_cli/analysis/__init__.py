"""Analysis: how a statement reads, the pack matchers, elements and flags, plan-level
checks, suppressions, reading grade, and the corpus evaluation."""
