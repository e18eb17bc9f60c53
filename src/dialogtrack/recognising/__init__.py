"""Recognising: a document's text is read once (``annotate``: one scan of the language data and the split
into sentences) and its claims found from what that scan marked: the rounds it names, their dates, roles,
places and co-chairs, anniversaries and cadence (``extract``)."""
