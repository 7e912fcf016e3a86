-- When the password in user_account was set: a replayed older PasswordChanged (or a lock from before it) must not
-- bring back an earlier password (or lock) while the users projection is rebuilt.
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMPTZ;
