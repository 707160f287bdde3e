-- Evaluation anonymity (issue 20.6; docs/EVALUATION.md). Numbered V22 to leave room for the
-- migrations of parallel work.

-- A link only records THAT it was used, not when: the time of use next to the participant's
-- name would tell whose answer arrived at that moment.
alter table evaluation_invitation add column used boolean default false not null;
update evaluation_invitation set used = true where used_at is not null;
alter table evaluation_invitation drop column used_at;

-- An answer keeps nothing finer than its course: the day it was given could be matched with
-- the day someone opened the mail.
alter table evaluation_response drop column answered_on;

-- When the participants' data of the course's delivery and evaluation was removed from the
-- engine's history (EvaluationRetention); null until both instances have ended and it was done.
alter table evaluation_survey add column history_removed_at timestamp;
