-- Issue 20: the procuring agency (one agency procures on behalf of the others, chosen from the
-- directory), the direct awards of the same kind earlier in the financial year that were added to the
-- value for the direct award limit, and the post-award notice (efterannonsering) where LOU asks for one.
alter table procurement_contract add column procuring_agency varchar(40);
alter table procurement_contract add column earlier_direct_awards numeric(15,2);
alter table procurement_contract add column post_award_notice_due date;
alter table procurement_contract add column post_award_notice_ref varchar(200);
alter table procurement_contract add column post_award_notice_on date;
create index ix_procurement_contract_direct_awards on procurement_contract (procuring_agency, procedure_kind, registered_at);
