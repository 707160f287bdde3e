-- Joint recruitment activities (process recruitment-activity): one row per activity, one per agency's
-- sign-up answer, one per participating agency in the follow-up of hires six months later.
create table recruitment_activity (
    business_key          varchar(40)    not null,
    process_instance_id   varchar(64)    not null,
    idea_key              varchar(40),
    title                 varchar(500)   not null,
    -- PLANNING, SIGN_UP, NO_PARTICIPANTS, CANCELLED, HELD, FOLLOWED_UP
    status                varchar(20)    not null,
    registered_at         timestamp      not null,
    -- the coordinator's plan
    activity_kind         varchar(30),
    activity_date         date,
    place                 varchar(200),
    planned_contributions varchar(4000),
    planned_cost          numeric(15, 2),
    cost_key              varchar(40),
    sign_up_deadline      date,
    -- the sign-up round
    participant_count     integer,
    -- the event, as the coordinator reported it
    actual_cost           numeric(15, 2),
    cancellation_reason   varchar(2000),
    event_notes           varchar(2000),
    event_reported_by     varchar(100),
    event_reported_at     timestamp,
    allocation_id         varchar(64),
    -- the follow-up
    answered_count        integer,
    total_hires           integer,
    lessons_learned       varchar(4000),
    closed_at             timestamp,
    constraint pk_recruitment_activity primary key (business_key)
);

create table recruitment_activity_sign_up (
    business_key  varchar(40)   not null,
    agency_code   varchar(40)   not null,
    takes_part    boolean       not null,
    contribution  varchar(2000),
    answered_by   varchar(100)  not null,
    answered_at   timestamp     not null,
    constraint pk_recruitment_activity_sign_up primary key (business_key, agency_code),
    constraint fk_recruitment_sign_up_activity foreign key (business_key) references recruitment_activity (business_key)
);

-- An agency that did not answer has answered = false and no hires: "not answered", never zero.
create table recruitment_activity_hires (
    business_key  varchar(40)   not null,
    agency_code   varchar(40)   not null,
    answered      boolean       not null,
    hires         integer,
    hires_comment varchar(2000),
    answered_by   varchar(100),
    answered_at   timestamp,
    constraint pk_recruitment_activity_hires primary key (business_key, agency_code),
    constraint fk_recruitment_hires_activity foreign key (business_key) references recruitment_activity (business_key),
    constraint ck_recruitment_hires_answered check ((answered and hires is not null and hires >= 0)
                                                    or (not answered and hires is null))
);
