"""Reading: bytes from files, URLs and standard input become a document's text, title and dates."""
