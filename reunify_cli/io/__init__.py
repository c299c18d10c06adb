"""Reading and writing: YAML with positions, plans (YAML, Word, text), rule packs and
their cache, the config file, walking folders, atomic writes."""
