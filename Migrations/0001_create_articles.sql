-- Articles, the keys they were found under, and their full-text index.

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 32),
    publication TEXT,
    headline TEXT NOT NULL,
    standfirst TEXT,
    byline TEXT,
    published TEXT CHECK (
        published IS NULL
        OR published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'
    ),
    url TEXT,
    body TEXT NOT NULL,
    captions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(captions) AND json_type(captions) = 'array'),
    source_path TEXT,
    ingested_at TEXT NOT NULL
) STRICT;

CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_publication ON articles (publication COLLATE NOCASE);

-- Other keys under which the same content was ingested (syndicated copies, duplicate files).
CREATE TABLE article_keys (
    key TEXT PRIMARY KEY CHECK (length(key) > 0),
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source_path TEXT,
    ingested_at TEXT NOT NULL
) STRICT;

CREATE INDEX article_keys_article ON article_keys (article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    headline,
    standfirst,
    body,
    content = 'articles',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
END;

CREATE TRIGGER articles_au AFTER UPDATE OF headline, standfirst, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, body)
    VALUES ('delete', old.id, old.headline, old.standfirst, old.body);
    INSERT INTO articles_fts (rowid, headline, standfirst, body)
    VALUES (new.id, new.headline, new.standfirst, new.body);
END;

INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

-- Headline matches outrank standfirst matches, which outrank body matches.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
