-- Interest round of an idea: one row per member agency, written when its training coordinator
-- answers, or when the deadline passes without an answer ("not this time", answered = false).
create table idea_interest (
    business_key   varchar(40)  not null,
    agency_code    varchar(40)  not null,
    answered       boolean      not null,
    participants   integer      not null,
    co_funding     boolean      not null,
    comment_text   varchar(1000),
    answered_by    varchar(100),
    recorded_at    timestamp    not null,
    constraint pk_idea_interest primary key (business_key, agency_code)
);

-- How an idea ended when it did not go on to another process: merged as a duplicate or
-- rejected, with the reason the originator is told.
create table idea_outcome (
    business_key   varchar(40)   not null,
    outcome        varchar(20)   not null,
    reason         varchar(2000),
    originator     varchar(100),
    related_key    varchar(40),
    decided_at     timestamp     not null,
    constraint pk_idea_outcome primary key (business_key)
);


-- Needs an agency reported in a needs inventory (one row per need; need_no counts per agency).
create table needs_report (
    inventory_key  varchar(40)   not null,
    agency_code    varchar(40)   not null,
    need_no        integer       not null,
    title          varchar(200)  not null,
    description    varchar(2000),
    kind           varchar(40)   not null,
    target_group   varchar(200)  not null,
    participants   integer       not null,
    reported_by    varchar(100),
    recorded_at    timestamp     not null,
    constraint pk_needs_report primary key (inventory_key, agency_code, need_no)
);
