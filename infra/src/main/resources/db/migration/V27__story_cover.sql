-- The image on a story's cover (StoryCreatedEvent / StoryUpdatedEvent revision 2), an id of the images read model.
ALTER TABLE stories ADD COLUMN cover_image_id VARCHAR(64);
