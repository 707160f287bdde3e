-- Participants registered by each agency's training coordinators for a course occasion.
create table course_participant (
    business_key  varchar(64)  not null,
    agency_code   varchar(40)  not null,
    name          varchar(200) not null,
    email         varchar(320) not null,
    title         varchar(200),
    registered_by varchar(128),
    registered_at timestamp    not null,
    constraint pk_course_participant primary key (business_key, email)
);
create index ix_course_participant_agency on course_participant (business_key, agency_code);
