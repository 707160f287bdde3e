-- A procurement's contract as registered at its end (process procurement, docs/PROCUREMENT.md):
-- what was bought, by which procedure, from whom, at what price and for which period; for a
-- direct award from 100 000 SEK also the documentation record LOU asks for (authority, what was
-- bought, how competition was used, which suppliers were asked, how many tendered).
create table procurement_contract (
    business_key          varchar(40)    not null,
    subject               varchar(200)   not null,
    cpv_code              varchar(12)    not null,
    procedure_kind        varchar(40)    not null,
    estimated_value       numeric(15,2)  not null,
    supplier              varchar(200)   not null,
    price                 numeric(15,2)  not null,
    contract_start        date           not null,
    contract_end          date           not null,
    doc_authority         varchar(200),
    doc_purchased         varchar(2000),
    doc_competition       varchar(2000),
    doc_suppliers_asked   varchar(2000),
    doc_tenders_received  integer,
    registered_by         varchar(100),
    registered_at         timestamp      not null,
    constraint pk_procurement_contract primary key (business_key)
);
