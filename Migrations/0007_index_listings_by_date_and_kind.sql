-- Indexes for the listings and counts the front page and `stats` read.
--
-- Newest articles first (the web front page, /api/articles) order by the date an article
-- carries, else the date it was ingested. With the expression indexed, SQLite walks the index
-- backwards and stops after LIMIT rows (the rowid, last in every index entry, breaks ties in
-- the same order as `id DESC`); without it, it read every article and sorted them, and
-- ingested_at, stored after the body, meant reading each body's overflow pages too.
CREATE INDEX articles_recent ON articles (coalesce(published, ingested_at));

-- The counts of quotes by kind read this index instead of every quote's row.
CREATE INDEX quotes_kind ON quotes (kind);
