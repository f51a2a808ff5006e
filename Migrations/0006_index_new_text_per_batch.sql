-- New articles and quotes enter the full-text indexes a batch at a time: ArchiveStore inserts
-- their rows into articles_fts and quotes_fts itself, with one statement per table before each
-- commit. Under the insert triggers, every article and quote flushed FTS5's pending terms as a
-- segment of its own (a statement that fires a trigger writing to FTS5 runs in a statement
-- savepoint, and FTS5 flushes at each savepoint), and merging those segments was about a third
-- of the time ingest spent writing. The update and delete triggers stay.

DROP TRIGGER articles_ai;
DROP TRIGGER quotes_ai;
