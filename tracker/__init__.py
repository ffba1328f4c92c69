"""tracker: watches news feeds for film and series milestones and tells fans once."""

__version__ = "0.1.0"
