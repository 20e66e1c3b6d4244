"""parfacts: facts with provenance from Vietnamese public-administration-reform articles."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("parfacts")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
