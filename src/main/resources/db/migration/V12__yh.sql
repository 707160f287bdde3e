-- YH applications (process yh-application): the planned programme and MYH's decision ...
create table yh_application (
    business_key        varchar(64)   not null,
    programme_name      varchar(200)  not null,
    provider_name       varchar(200),
    provider_org_number varchar(11),
    registered_at       timestamp     not null,
    decision            varchar(16),
    decided_at          timestamp,
    lessons_learned     varchar(4000),
    constraint pk_yh_application primary key (business_key),
    constraint ck_yh_application_decision check (decision in ('approved', 'rejected'))
);

-- ... and each concerned agency's letter of intent: pending until its head answers; signed or
-- declined by the head, silent when the deadline passed without an answer.
create table yh_letter_of_intent (
    business_key     varchar(64)   not null,
    agency_code      varchar(40)   not null,
    answer           varchar(16)   not null,
    hiring_need      integer       not null default 0,
    lia_places       integer       not null default 0,
    reference_person varchar(200),
    letter_comment   varchar(1000),
    answered_by      varchar(128),
    requested_at     timestamp     not null,
    answered_at      timestamp,
    constraint pk_yh_letter_of_intent primary key (business_key, agency_code),
    constraint fk_yh_letter_application foreign key (business_key) references yh_application (business_key),
    constraint ck_yh_letter_answer check (answer in ('pending', 'signed', 'declined', 'silent'))
);
