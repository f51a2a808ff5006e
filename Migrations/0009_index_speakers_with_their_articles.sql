-- A speaker's index entries carry the article of each quote.
--
-- An article search filtered by speaker (`search --speaker NAME QUERY`) asks of each match,
-- best first, whether the speaker is quoted in it. With the article id in the index, that is
-- one probe of the index; before, the filter read every quote of the match from the quotes
-- table (its rows hold the quote's text, spread over many pages) to find its speaker.
DROP INDEX quotes_speaker_person;
CREATE INDEX quotes_speaker_person ON quotes (speaker_person_id, article_id);

DROP INDEX quotes_speaker_organisation;
CREATE INDEX quotes_speaker_organisation ON quotes (speaker_organisation_id, article_id);
