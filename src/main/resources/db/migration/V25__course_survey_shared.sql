-- The course survey moves onto the shared survey tables (package survey, V22): a round per course
-- (round key = the course's key, questionnaire course-evaluation, the course title as its subject),
-- the invitations' token hashes as links of the group 'participant' (used or not, as they were, so
-- that a link already mailed still answers once), and each answer as a response with one row per
-- question. What attended per agency (the overview's figures) is kept as counts; the invitations,
-- with their names and addresses, and the old answers are dropped. evaluation_survey stays: the
-- course's title, last day, invited count, compiled figures and retention mark.

create table evaluation_attendance (
    course_key varchar(40) not null,
    agency     varchar(40) not null,
    attended   integer     not null,
    primary key (course_key, agency)
);

insert into evaluation_attendance (course_key, agency, attended)
select course_key, agency, count(*) from evaluation_invitation group by course_key, agency;

insert into survey_round (round_key, questionnaire, subject, process_instance_id, closes_at, created_at)
select s.course_key, 'course-evaluation', s.course_title, s.process_instance_id, s.closes_at,
       coalesce((select min(i.created_at) from evaluation_invitation i where i.course_key = s.course_key),
                s.closes_at)
from evaluation_survey s;

insert into survey_link (token_hash, round_key, respondent_group, used)
select i.token_hash, i.course_key, 'participant', i.used
from evaluation_invitation i
where i.course_key in (select course_key from evaluation_survey);

insert into survey_response (id, round_key, respondent_group)
select r.id, r.course_key, 'participant'
from evaluation_response r
where r.course_key in (select course_key from evaluation_survey);

insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'relevance', r.relevance, null from evaluation_response r
where r.course_key in (select course_key from evaluation_survey);
insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'trainer', r.trainer, null from evaluation_response r
where r.course_key in (select course_key from evaluation_survey);
insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'overall', r.overall, null from evaluation_response r
where r.course_key in (select course_key from evaluation_survey);
insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'nps', r.nps, null from evaluation_response r
where r.course_key in (select course_key from evaluation_survey);
insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'learned', null, trim(r.learned) from evaluation_response r
where r.course_key in (select course_key from evaluation_survey) and r.learned is not null and trim(r.learned) <> '';
insert into survey_answer (response_id, question, score, answer_text)
select r.id, 'comment', null, trim(r.comment_text) from evaluation_response r
where r.course_key in (select course_key from evaluation_survey) and r.comment_text is not null
  and trim(r.comment_text) <> '';

drop table evaluation_response;
drop table evaluation_invitation;
