"""Copies in the forms other people accept: an audio-CD image, and more to come (issue 6).

Every export reads the sealed recording and never changes it; every one can be checked back
against the seal (``twindeck verify REC --audio COPY``).
"""
