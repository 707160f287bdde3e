-- The yearly network review (process network-review): one row per round, one per agency answer.
create table network_review (
    business_key        varchar(40)   not null,
    process_instance_id varchar(64)   not null,
    review_year         integer       not null,
    response_deadline   timestamp     not null,
    agency_count        integer       not null,
    started_at          timestamp     not null,
    -- compiled when the answers are in or the deadline has passed
    answer_count        integer,
    average_rating      numeric(3, 2),
    continue_count      integer,
    compiled_at         timestamp,
    -- the coordinator's summary and the steering group's decision
    summary             varchar(4000),
    next_year_proposal  varchar(4000),
    decision            varchar(30),
    decision_notes      varchar(4000),
    decided_by          varchar(100),
    decided_at          timestamp,
    constraint pk_network_review primary key (business_key)
);

create table network_review_answer (
    business_key      varchar(40)   not null,
    agency_code       varchar(40)   not null,
    rating            integer       not null,
    wants_to_continue boolean       not null,
    most_useful       varchar(2000),
    should_change     varchar(2000),
    answered_by       varchar(100)  not null,
    answered_at       timestamp     not null,
    constraint pk_network_review_answer primary key (business_key, agency_code),
    constraint fk_network_review_answer_review foreign key (business_key) references network_review (business_key),
    constraint ck_network_review_answer_rating check (rating between 1 and 5)
);
