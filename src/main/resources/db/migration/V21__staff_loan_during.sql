-- Staff loans during the loan (issue 21, part 4; docs/STAFF-LOANS.md): the notice period in months, the
-- extent in force from a date, the changes asked for and decided, and the monthly reimbursement rows in
-- the cost ledger as their own kind (STAFF_LOAN), owed by the borrowing agency to the lending agency.

alter table staff_loan add column notice_months integer;
-- the last day whose reimbursement is booked in the ledger (the day before the loan's start until the first month)
alter table staff_loan add column booked_through date;

-- The extent and monthly reimbursement in force from a day; the first row is the agreement's.
create table staff_loan_extent (
    business_key          varchar(40)    not null,
    valid_from            date           not null,
    extent_percent        integer        not null,
    monthly_reimbursement numeric(12, 2) not null,
    decided_by            varchar(100)   not null,
    decided_at            timestamp      not null,
    constraint pk_staff_loan_extent primary key (business_key, valid_from),
    constraint fk_staff_loan_extent_loan foreign key (business_key) references staff_loan (business_key),
    constraint ck_staff_loan_extent_percent check (extent_percent between 1 and 100)
);

-- A change asked for by one of the two heads: a new extent or an early end (in force with the notice
-- period), or an extension (in force once the other agency's head approves it).
create table staff_loan_change (
    id             varchar(36)   not null primary key,
    business_key   varchar(40)   not null,
    change_kind    varchar(20)   not null,
    requested_by   varchar(100)  not null,
    requested_at   timestamp     not null,
    effective_date date,
    new_extent     integer,
    new_end        date,
    reason         varchar(2000) not null,
    status         varchar(20)   not null,
    decided_by     varchar(100),
    decided_at     timestamp,
    decision_note  varchar(2000),
    constraint fk_staff_loan_change_loan foreign key (business_key) references staff_loan (business_key),
    constraint ck_staff_loan_change_kind check (change_kind in ('EXTENT', 'END_EARLY', 'EXTEND')),
    constraint ck_staff_loan_change_status check (status in ('IN_FORCE', 'PENDING', 'APPROVED', 'DECLINED'))
);

-- The ledger: a month's reimbursement is an allocation of kind STAFF_LOAN with one line (the borrowing
-- agency) and the agency it is owed to; course shares have no creditor agency (they go to the network).
alter table cost_allocation drop constraint ck_cost_allocation_kind;
alter table cost_allocation add constraint ck_cost_allocation_kind check (kind in ('PRELIMINARY', 'FINAL', 'STAFF_LOAN'));
alter table cost_allocation add column creditor_agency varchar(64);
alter table cost_allocation add column period_from date;
alter table cost_allocation add column period_to date;
alter table invoicing_run_line add column creditor_agency varchar(64);
