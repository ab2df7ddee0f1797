"""Reader: a desktop reader for saved articles, with highlights and notes."""

__version__ = "0.1.0"
APP_NAME = "Reader"
