-- A moderator's NSFW classification of a story or an image (decision 0034): it holds over the author's own mark, so
-- the projections keep it beside the effective flag and an author's edit cannot undo it.
ALTER TABLE stories ADD COLUMN nsfw_override BOOLEAN;
ALTER TABLE search_story ADD COLUMN nsfw_override BOOLEAN;
ALTER TABLE image ADD COLUMN nsfw_override BOOLEAN;
