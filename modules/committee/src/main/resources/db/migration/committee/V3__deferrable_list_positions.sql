-- Ordered lists (agenda, a review's documents) are rewritten by EclipseLink position by position when
-- an element leaves the middle of the list: a position may then be briefly taken twice inside the
-- transaction. The keys are checked at commit instead.
ALTER TABLE agenda_item DROP CONSTRAINT agenda_item_pkey;
ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_pkey PRIMARY KEY (session_id, position) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE review_document DROP CONSTRAINT review_document_pkey;
ALTER TABLE review_document ADD CONSTRAINT review_document_pkey PRIMARY KEY (review_id, position) DEFERRABLE INITIALLY DEFERRED;
