-- Course evaluation (process course-evaluation): one survey per course, one invitation per
-- participant who attended (the link token only as its SHA-256 hash), anonymous answers that carry
-- no reference to the invitation, and the level-3 follow-up per agency.
create table evaluation_survey (
    course_key          varchar(40)   primary key,
    process_instance_id varchar(64),
    course_title        varchar(200)  not null,
    course_end_date     date          not null,
    closes_at           timestamp     not null,
    invited             integer       not null,
    responses           integer,
    relevance_avg       numeric(4,2),
    trainer_avg         numeric(4,2),
    overall_avg         numeric(4,2),
    nps                 integer,
    compiled_at         timestamp
);

create table evaluation_invitation (
    token_hash       varchar(64)  primary key,
    course_key       varchar(40)  not null,
    participant_name varchar(200),
    participant_email varchar(200),
    agency           varchar(40)  not null,
    expires_at       timestamp    not null,
    used_at          timestamp,
    created_at       timestamp    not null,
    anonymised_at    timestamp
);
create index evaluation_invitation_course on evaluation_invitation (course_key);

create table evaluation_response (
    id           varchar(36)   primary key,
    course_key   varchar(40)   not null,
    relevance    integer       not null,
    trainer      integer       not null,
    overall      integer       not null,
    nps          integer       not null,
    learned      varchar(2000),
    comment_text varchar(2000),
    answered_on  date          not null
);
create index evaluation_response_course on evaluation_response (course_key);

create table evaluation_follow_up (
    course_key   varchar(40)   not null,
    agency       varchar(40)   not null,
    work_changed varchar(20)   not null,
    notes        varchar(4000),
    recorded_by  varchar(64),
    recorded_at  timestamp     not null,
    primary key (course_key, agency)
);
