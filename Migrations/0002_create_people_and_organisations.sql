-- People and organisations across the archive, the names they go by, and where articles name them.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    -- The name folded for matching (lower case, no diacritics, single spaces).
    name_key TEXT NOT NULL UNIQUE,
    gender TEXT CHECK (gender IN ('female', 'male'))
) STRICT;

CREATE TABLE person_aliases (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(alias) > 0),
    alias_key TEXT NOT NULL,
    -- 'extracted' by the rules, or added by a 'user' correction that re-ingest must keep.
    source TEXT NOT NULL DEFAULT 'extracted' CHECK (source IN ('extracted', 'user')),
    PRIMARY KEY (person_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX person_aliases_key ON person_aliases (alias_key);

CREATE TABLE person_titles (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    PRIMARY KEY (person_id, title)
) STRICT, WITHOUT ROWID;

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_key TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE organisation_aliases (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    alias TEXT NOT NULL CHECK (length(alias) > 0),
    alias_key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'extracted' CHECK (source IN ('extracted', 'user')),
    PRIMARY KEY (organisation_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX organisation_aliases_key ON organisation_aliases (alias_key);

CREATE TABLE person_organisations (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, organisation_id)
) STRICT, WITHOUT ROWID;

-- One row per person named in an article: how it names them and the titles it gives them,
-- as JSON arrays of strings in the order they appear.
CREATE TABLE person_mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    mentions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mentions) AND json_type(mentions) = 'array'),
    titles TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(titles) AND json_type(titles) = 'array'),
    PRIMARY KEY (article_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX person_mentions_person ON person_mentions (person_id);

CREATE TABLE organisation_mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    mentions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mentions) AND json_type(mentions) = 'array'),
    PRIMARY KEY (article_id, organisation_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX organisation_mentions_organisation ON organisation_mentions (organisation_id);
