-- Command side: which account an external OpenID Connect identity signs in to, linked in the transaction that
-- stores the registration (ExternalIdentityLinked), one account per identity. OpenID Connect bounds a subject at
-- 255 ASCII characters; the issuer is the configured one, bounded alike at start-up.
CREATE TABLE external_identity_directory (
    issuer     VARCHAR(255) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    linked_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX external_identity_directory_user ON external_identity_directory (user_id);
GRANT SELECT, INSERT, DELETE ON external_identity_directory TO ${appRole};
