-- Issue 20: the procuring agency (one agency procures on behalf of the others, chosen from the
-- directory), the direct awards of the same kind earlier in the financial year that were added to the
-- value for the direct award limit, and the post-award notice (efterannonsering) where LOU asks for one.
alter table procurement_contract add column procuring_agency varchar(40);
alter table procurement_contract add column earlier_direct_awards numeric(15,2);
alter table procurement_contract add column post_award_notice_due date;
alter table procurement_contract add column post_award_notice_ref varchar(200);
alter table procurement_contract add column post_award_notice_on date;
create index ix_procurement_contract_direct_awards on procurement_contract (procuring_agency, procedure_kind, registered_at);

-- The first question, a state framework agreement (förordning 1998:796): NONE, CALL_OFF or DEVIATION, its name,
-- and the powers of attorney the co-funders gave the procuring agency (as listed on the contract).
alter table procurement_contract add column framework_agreement varchar(20);
alter table procurement_contract add column framework_agreement_name varchar(200);
alter table procurement_contract add column powers_of_attorney varchar(4000);

-- The avstegsanmälan to Kammarkollegiet when a state framework agreement covering the need is not used.
create table procurement_deviation_report (
    business_key        varchar(40)    not null,
    procuring_agency    varchar(40)    not null,
    framework_agreement varchar(200)   not null,
    reason              varchar(2000)  not null,
    report_text         varchar(4000)  not null,
    reported_on         date           not null,
    reference           varchar(200)   not null,
    recorded_by         varchar(100),
    recorded_at         timestamp      not null,
    constraint pk_procurement_deviation_report primary key (business_key)
);

-- A co-funding agency's power of attorney (fullmakt) for the procuring agency, given by its head.
create table procurement_power_of_attorney (
    business_key      varchar(40)   not null,
    agency            varchar(40)   not null,
    procuring_agency  varchar(40)   not null,
    granted_by        varchar(100),
    granted_at        timestamp     not null,
    constraint pk_procurement_power_of_attorney primary key (business_key, agency)
);
