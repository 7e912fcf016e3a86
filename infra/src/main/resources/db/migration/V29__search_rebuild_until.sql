-- The last event stored when a rebuild of the search index began: the rebuilt index answers searches only once
-- every segment of the search projection has passed it.
ALTER TABLE search_index ADD COLUMN rebuild_until BIGINT;
