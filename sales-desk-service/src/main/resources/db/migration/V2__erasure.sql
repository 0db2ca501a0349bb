-- The right to erasure (lead.erased.v1, see privacy.PersonalDataErasure): when the lead's personal data was
-- erased from the ticket. Its contact is then "erased", its place keeps only city, province, country and
-- zone, its free text is gone, and users can no longer change it (409 lead-erased). Null for every other
-- ticket; adding it rewrites nothing.
ALTER TABLE ticket ADD COLUMN erased_at timestamptz;
