-- The mentorship programme's evaluation (issue 22, item 5): when the adepts' and mentors' anonymous
-- survey closes, how many were asked and how many answered (counts only: the answers themselves are
-- in the survey tables, without a link to anyone), and the network coordinator's report on it.
alter table mentorship_programme add column evaluation_closes_at timestamp;
alter table mentorship_programme add column evaluation_invited integer;
alter table mentorship_programme add column evaluation_responses integer;
alter table mentorship_programme add column evaluation_report varchar(4000);
