"""Harbourlight: offline lessons for children and young people on grooming, image abuse and getting help."""

__version__ = "0.1.0"
APP_NAME = "Harbourlight"
