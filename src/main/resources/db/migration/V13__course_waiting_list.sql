-- Reserves on a course's waiting list beside the registered participants, in each agency's order,
-- and the course's last day so that names and addresses can be removed after the retention period.
alter table course_participant add column status varchar(16) default 'REGISTERED' not null;
alter table course_participant add column position_no integer default 0 not null;
alter table course_participant add column course_end date;
create index ix_course_participant_end on course_participant (course_end);
