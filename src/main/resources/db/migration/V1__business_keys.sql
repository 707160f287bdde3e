-- Counters behind readable business keys such as IDEA-2026-0042 (one row per prefix and year).
create table business_key_sequence (
    prefix     varchar(20) not null,
    key_year   integer     not null,
    last_value integer     not null,
    constraint pk_business_key_sequence primary key (prefix, key_year)
);
