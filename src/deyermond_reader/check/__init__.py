"""The checking stage: an article's general claims held against the record.

It runs after annotation, on the annotated Article: ``claims.py`` reads the
article's checks file and computes each check's evidence and verdict from the
catalogues with the questions of ``questions.py``; ``omitted.py`` finds the
catalogued meetings an article leaves out. Nothing here changes the text.
"""
