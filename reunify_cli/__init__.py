"""reunify: make child-welfare case-plan goals behavioral, measurable and time-limited."""

__version__ = "0.1.0"
