-- A chapter its author marked NSFW (ChapterAddedEvent revision 2); chapters added before were not.
ALTER TABLE chapters ADD COLUMN nsfw BOOLEAN NOT NULL DEFAULT FALSE;
