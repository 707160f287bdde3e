-- Questionnaires answered through a personal link (package survey, e.g. the mentorship programme's
-- evaluation): a round per occasion, links that keep only the token's SHA-256 hash, the respondent's
-- group and whether the link was used (never by whom or when), and answers that carry no reference to
-- a link or a person (a random id, no time).
create table survey_round (
    round_key           varchar(100) primary key,
    questionnaire       varchar(60)  not null,
    subject             varchar(300) not null,
    process_instance_id varchar(64),
    closes_at           timestamp    not null,
    created_at          timestamp    not null
);

create table survey_link (
    token_hash       varchar(64)  primary key,
    round_key        varchar(100) not null references survey_round (round_key) on delete cascade,
    respondent_group varchar(30)  not null,
    used             boolean      not null
);
create index survey_link_round on survey_link (round_key);

create table survey_response (
    id               varchar(36)  primary key,
    round_key        varchar(100) not null references survey_round (round_key) on delete cascade,
    respondent_group varchar(30)  not null
);
create index survey_response_round on survey_response (round_key);

create table survey_answer (
    response_id varchar(36)   not null references survey_response (id) on delete cascade,
    question    varchar(40)   not null,
    score       integer,
    answer_text varchar(2000),
    primary key (response_id, question)
);
