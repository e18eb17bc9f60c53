"""Output: records for JSON (formats) and rich tables for the terminal (tables)."""
