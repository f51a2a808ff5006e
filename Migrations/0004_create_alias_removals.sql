-- Aliases a user removed from a person or organisation; re-ingest must not add them back.

CREATE TABLE alias_removals (
    entity_type TEXT NOT NULL CHECK (entity_type IN ('person', 'organisation')),
    entity_id INTEGER NOT NULL,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (entity_type, entity_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER people_ad_alias_removals AFTER DELETE ON people BEGIN
    DELETE FROM alias_removals WHERE entity_type = 'person' AND entity_id = old.id;
END;

CREATE TRIGGER organisations_ad_alias_removals AFTER DELETE ON organisations BEGIN
    DELETE FROM alias_removals WHERE entity_type = 'organisation' AND entity_id = old.id;
END;
