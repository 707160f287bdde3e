-- Issued invoicing bases (docs/COST-SHARING.md section 7). Numbered V21 to leave room for the
-- migrations of parallel work; Flyway only needs the versions to be unique and ascending.

-- When an allocation was superseded: a credit line for an invoiced allocation is dated by it.
alter table cost_allocation add column superseded_at timestamp;
update cost_allocation set superseded_at = (select s.created_at from cost_allocation s where s.id = cost_allocation.superseded_by_id)
    where status = 'SUPERSEDED' and superseded_by_id is not null;
update cost_allocation set superseded_at = created_at where status = 'SUPERSEDED' and superseded_at is null;

-- A basis marked as invoiced (sent to the agencies) for a period: frozen from then on.
create table invoicing_run (
    id           varchar(36)  not null primary key,
    period_from  date         not null,
    period_to    date         not null,
    issued_at    timestamp    not null,
    issued_by    varchar(100) not null,
    constraint uq_invoicing_run_from unique (period_from),
    constraint ck_invoicing_run_period check (period_from <= period_to)
);

-- The lines exactly as sent: a charge (an agency's line of a final allocation) or a credit
-- (the reversal of an invoiced charge whose allocation was superseded later). Each allocation
-- line is charged at most once and credited at most once, whatever runs are issued.
create table invoicing_run_line (
    run_id                 varchar(36)    not null,
    line_no                integer        not null,
    line_type              varchar(10)    not null,
    allocation_id          varchar(36)    not null,
    agency_code            varchar(64)    not null,
    agency_name            varchar(300)   not null,
    org_number             varchar(40)    not null,
    invoice_reference      varchar(300)   not null,
    vat_liable             boolean        not null,
    activity_key           varchar(100)   not null,
    kind                   varchar(20)    not null,
    version                integer        not null,
    booked_on              date           not null,
    participants           integer        not null,
    key_share              numeric(15, 2) not null,
    in_kind_credit         numeric(15, 2) not null,
    amount                 numeric(15, 2) not null,
    corrects_allocation_id varchar(36),
    corrects_run_id        varchar(36),
    constraint pk_invoicing_run_line primary key (run_id, line_no),
    constraint fk_invoicing_run_line_run foreign key (run_id) references invoicing_run (id),
    constraint fk_invoicing_run_line_allocation foreign key (allocation_id) references cost_allocation (id),
    constraint uq_invoicing_run_line_once unique (allocation_id, agency_code, line_type),
    constraint ck_invoicing_run_line_type check (line_type in ('CHARGE', 'CREDIT'))
);
