"""dialogtrack: recurring bilateral dialogues, their rounds and anniversaries, from press releases."""

__version__ = "0.1.0"
