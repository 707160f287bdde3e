-- Candidate sharing with consent (process candidate-referral, docs/RECRUITMENT-CANDIDATES.md).
-- The referral itself holds nothing about the candidate and stays for the record and the counts;
-- everything personal is in candidate_referral_person and is deleted when the referral closes
-- (declined, no answer, withdrawn, or the sharing period over).
create table candidate_referral (
    id                  varchar(36)   not null,
    business_key        varchar(40)   not null,
    process_instance_id varchar(64)   not null,
    referring_agency    varchar(40)   not null,
    referred_by         varchar(100)  not null,
    role_title          varchar(200)  not null,
    -- REQUESTED, CONSENTED, DECLINED, WITHDRAWN, NO_ANSWER, EXPIRED
    status              varchar(20)   not null,
    created_at          timestamp     not null,
    answer_deadline     timestamp     not null,
    consented_at        timestamp,
    shared_until        timestamp,
    closed_at           timestamp,
    constraint pk_candidate_referral primary key (id),
    constraint uq_candidate_referral_key unique (business_key)
);

-- The candidate's data; one row per referral, deleted at the end.
create table candidate_referral_person (
    referral_id     varchar(36)   not null,
    candidate_name  varchar(200)  not null,
    candidate_email varchar(320)  not null,
    competences     varchar(2000) not null,
    experience      varchar(2000),
    locations       varchar(500),
    constraint pk_candidate_referral_person primary key (referral_id),
    constraint fk_candidate_referral_person foreign key (referral_id) references candidate_referral (id)
);

-- The hashes of the candidate's personal links (the request's and the reminder's both work), deleted at the end.
create table candidate_referral_link (
    token_hash  varchar(64)  not null,
    referral_id varchar(36)  not null,
    constraint pk_candidate_referral_link primary key (token_hash),
    constraint fk_candidate_referral_link foreign key (referral_id) references candidate_referral (id)
);

-- Another agency's HR recorded that they contacted the candidate: counted, once per agency.
create table candidate_referral_contact (
    referral_id   varchar(36)  not null,
    agency_code   varchar(40)  not null,
    contacted_by  varchar(100) not null,
    contacted_at  timestamp    not null,
    constraint pk_candidate_referral_contact primary key (referral_id, agency_code),
    constraint fk_candidate_referral_contact foreign key (referral_id) references candidate_referral (id)
);
