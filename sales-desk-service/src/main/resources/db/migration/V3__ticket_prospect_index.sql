-- The board's leadId and prospectId filters (a lead's page in the web console): the lead id is indexed
-- since V1 (ticket_lead); the prospect id gets its own.
CREATE INDEX ticket_prospect ON ticket (prospect_id);
