-- The last word of each person's folded name, indexed, so a surname-only mention ("Mr Blair")
-- finds the full names it may belong to without scanning every person.

ALTER TABLE people ADD COLUMN surname_key TEXT GENERATED ALWAYS AS (
    substr(name_key, length(rtrim(name_key, replace(name_key, ' ', ''))) + 1)
) VIRTUAL;

CREATE INDEX people_surname ON people (surname_key);
