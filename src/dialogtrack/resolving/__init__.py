"""Resolving: the claims of many documents become one meeting per round and one relation per pair."""
