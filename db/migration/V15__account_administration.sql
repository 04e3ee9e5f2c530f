-- Account administration (issue 15): what an administrator and a session need to know about an account.
-- version: moves on with every change an administrator makes (optimistic locking of edits; an open session
--   sees a new version on its next request and takes the new roles and unit at once).
-- must_change_password / password_expires_at: a one-time password is changed at the first sign-in and
--   stops working after its expiry.
-- sessions_revoked_at: sessions signed in before it end on their next request (disabled, password reset).
-- search_name: the full name folded like the unit tree's (SearchText.fold), for searching without accents.
ALTER TABLE app_user ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN password_expires_at TIMESTAMP NULL;
ALTER TABLE app_user ADD COLUMN sessions_revoked_at DATETIME(3) NULL;
ALTER TABLE app_user ADD COLUMN search_name VARCHAR(200) NULL;
ALTER TABLE app_user ADD COLUMN updated_at DATETIME NULL;
ALTER TABLE app_user ADD COLUMN updated_by VARCHAR(100) NULL;
CREATE UNIQUE INDEX ux_app_user_email ON app_user (email);
CREATE INDEX ix_app_user_unit ON app_user (unit_id);
-- rows from before: their lower-case name (accents kept) until an administrator next saves them
UPDATE app_user SET search_name = LOWER(full_name);
