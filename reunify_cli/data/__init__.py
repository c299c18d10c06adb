"""Data files shipped with reunify (see each file's LICENSE.txt)."""
