-- User names are compared in one canonical spelling (security.Usernames): trimmed and lower case.
-- The unique index is case-insensitive already, so no two rows can collide here.
UPDATE app_user SET username = LOWER(TRIM(username));
