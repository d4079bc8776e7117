"""nemochat: turn photos into videos by talking to your terminal."""

__version__ = "0.1.0"
