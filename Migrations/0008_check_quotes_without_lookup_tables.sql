-- The quotes table again, with the CHECKs on kind and section written as comparisons. SQLite
-- checks `x IN (...)` of three or more values by building a lookup table for each row it
-- writes, which was about a third of the time a quote's INSERT took; the comparisons mean the
-- same. A table's CHECK cannot be changed in place, so the rows move to a new table (as in
-- https://www.sqlite.org/lang_altertable.html#otheralter), keeping their ids, which quotes_fts
-- indexes them by. The views and triggers that name the table are made again, unchanged.

DROP VIEW quotes_view;
DROP VIEW people_view;
DROP VIEW organisations_view;
DROP TRIGGER people_au;
DROP TRIGGER organisations_au;

CREATE TABLE quotes_copy (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    speaker_organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    -- The resolved speaker's name, kept here so the full-text index can search it; the
    -- people_au and organisations_au triggers keep it in step with renames.
    speaker_name TEXT,
    mention TEXT,
    cue TEXT,
    kind TEXT NOT NULL CHECK (kind = 'direct' OR kind = 'mixed' OR kind = 'indirect'),
    text TEXT NOT NULL CHECK (length(text) > 0),
    section TEXT NOT NULL CHECK (
        section = 'headline' OR section = 'standfirst' OR section = 'caption' OR section = 'body'
    ),
    paragraph INTEGER NOT NULL CHECK (paragraph >= 0),
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
    CHECK (speaker_person_id IS NULL OR speaker_organisation_id IS NULL)
) STRICT;

INSERT INTO quotes_copy SELECT * FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_copy RENAME TO quotes;

CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker_person ON quotes (speaker_person_id);
CREATE INDEX quotes_speaker_organisation ON quotes (speaker_organisation_id);
CREATE INDEX quotes_kind ON quotes (kind);

CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
END;

CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts (rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;

CREATE TRIGGER people_au AFTER UPDATE OF name ON people BEGIN
    UPDATE quotes SET speaker_name = new.name WHERE speaker_person_id = new.id;
END;

CREATE TRIGGER organisations_au AFTER UPDATE OF name ON organisations BEGIN
    UPDATE quotes SET speaker_name = new.name WHERE speaker_organisation_id = new.id;
END;

-- A quote with its speaker and article, in the field names of the JSON Lines records.
CREATE VIEW quotes_view AS
SELECT
    q.id,
    q.article_id,
    a.key AS article_key,
    a.headline,
    a.publication,
    a.published,
    coalesce(p.name, o.name) AS speaker,
    coalesce(q.speaker_person_id, q.speaker_organisation_id) AS speaker_id,
    CASE
        WHEN q.speaker_person_id IS NOT NULL THEN 'person'
        WHEN q.speaker_organisation_id IS NOT NULL THEN 'organisation'
    END AS speaker_type,
    q.mention,
    q.cue,
    q.kind,
    q.text,
    q.section,
    q.paragraph,
    q.start_offset AS start,
    q.end_offset AS "end"
FROM quotes AS q
JOIN articles AS a ON a.id = q.article_id
LEFT JOIN people AS p ON p.id = q.speaker_person_id
LEFT JOIN organisations AS o ON o.id = q.speaker_organisation_id;

-- A person with the names and titles they go by, and how many articles and quotes they have.
CREATE VIEW people_view AS
SELECT
    p.id,
    p.name,
    (SELECT json_group_array(alias) FROM (
        SELECT alias FROM person_aliases WHERE person_id = p.id ORDER BY alias
    )) AS aliases,
    (SELECT json_group_array(title) FROM (
        SELECT title FROM person_titles WHERE person_id = p.id ORDER BY title
    )) AS titles,
    (SELECT json_group_array(name) FROM (
        SELECT o.name FROM person_organisations AS po
        JOIN organisations AS o ON o.id = po.organisation_id
        WHERE po.person_id = p.id ORDER BY o.name
    )) AS organisations,
    (SELECT count(*) FROM person_mentions WHERE person_id = p.id) AS articles,
    (SELECT count(*) FROM quotes WHERE speaker_person_id = p.id) AS quotes
FROM people AS p;

CREATE VIEW organisations_view AS
SELECT
    o.id,
    o.name,
    (SELECT json_group_array(alias) FROM (
        SELECT alias FROM organisation_aliases WHERE organisation_id = o.id ORDER BY alias
    )) AS aliases,
    (SELECT count(*) FROM organisation_mentions WHERE organisation_id = o.id) AS articles,
    (SELECT count(*) FROM quotes WHERE speaker_organisation_id = o.id) AS quotes
FROM organisations AS o;
