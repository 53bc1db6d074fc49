-- A national ID was unique in the whole district, so registering one that another community had
-- already registered answered "already registered": an oracle over the district's register (issue
-- 15 #6). A number is now unique within the registering officer's scope, checked by the service
-- under an advisory lock on (district, number); the same person may therefore stand in the
-- registers of two communities (moved, or registered where they live and where their hukou is).
DROP INDEX people_persons_id_bidx;
CREATE INDEX people_persons_id_bidx ON people_persons (district_id, id_bidx);
