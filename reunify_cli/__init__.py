"""reunify: make child-welfare case-plan goals behavioral, measurable and time-limited."""

__version__ = "0.1.0"

# The project's home, as pyproject.toml's [project.urls] Homepage says (a test keeps them
# equal): SARIF names it as informationUri, and links each built-in rule to its pack file.
HOMEPAGE = "https://reunify.invalid/reunify"
RULE_SOURCE = HOMEPAGE + "/blob/main/rules/{file}#L{line}"
