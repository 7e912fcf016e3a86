-- What a person shows on their profile besides the display name (decision 0042); both gone once they are erased.
ALTER TABLE user_account ADD COLUMN bio TEXT;
ALTER TABLE user_account ADD COLUMN avatar_image_id TEXT;
