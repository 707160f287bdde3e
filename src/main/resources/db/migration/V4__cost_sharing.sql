-- Cost sharing ledger (docs/COST-SHARING.md). Plain types only: runs on H2 and PostgreSQL.

-- One allocation of an activity's cost: preliminary (after procurement, from interest) or final
-- (after delivery, from attendance). A new version (decline and recompute, a final allocation)
-- supersedes the earlier ones of the same activity; nothing is ever deleted.
create table cost_allocation (
    id                   varchar(36)    not null primary key,
    activity_key         varchar(100)   not null,
    kind                 varchar(20)    not null,
    version              integer        not null,
    cost_key             varchar(40)    not null,
    total                numeric(15, 2) not null,
    fixed_fee_per_agency numeric(15, 2),
    status               varchar(20)    not null,
    supersedes_id        varchar(36),
    superseded_by_id     varchar(36),
    created_at           timestamp      not null,
    created_by           varchar(100)   not null,
    -- the same process step (retried job) or REST call books once: enforced here, not only checked
    idempotency_key      varchar(200)   not null,
    constraint uq_cost_allocation_idempotency unique (idempotency_key),
    constraint ck_cost_allocation_kind check (kind in ('PRELIMINARY', 'FINAL')),
    constraint ck_cost_allocation_status check (status in ('PRELIMINARY', 'APPROVED', 'FINAL', 'SUPERSEDED'))
);

create index ix_cost_allocation_activity on cost_allocation (activity_key);
create index ix_cost_allocation_status_created on cost_allocation (status, created_at);

-- One co-funding agency's part of an allocation and its head's decision on it.
create table cost_allocation_line (
    allocation_id        varchar(36)    not null,
    agency_code          varchar(64)    not null,
    participants         integer        not null,
    key_share            numeric(15, 2) not null,
    in_kind_credit       numeric(15, 2) not null,
    unreimbursed_in_kind numeric(15, 2) not null,
    share                numeric(15, 2) not null,
    vat_liable           boolean        not null,
    approval_status      varchar(20)    not null,
    decided_by           varchar(100),
    decided_at           timestamp,
    decision_comment     varchar(2000),
    constraint pk_cost_allocation_line primary key (allocation_id, agency_code),
    constraint fk_cost_allocation_line foreign key (allocation_id) references cost_allocation (id),
    constraint ck_cost_allocation_line_share check (share >= 0),
    constraint ck_cost_allocation_line_approval check (approval_status in ('PENDING', 'APPROVED', 'DECLINED'))
);

-- The in-kind contributions behind the credits, valued at the rate in force when booked.
create table cost_allocation_in_kind (
    allocation_id        varchar(36)    not null,
    line_no              integer        not null,
    agency_code          varchar(64)    not null,
    kind                 varchar(20)    not null,
    quantity             numeric(15, 3) not null,
    rate                 numeric(15, 2) not null,
    amount               numeric(15, 2) not null,
    constraint pk_cost_allocation_in_kind primary key (allocation_id, line_no),
    constraint fk_cost_allocation_in_kind foreign key (allocation_id) references cost_allocation (id)
);
