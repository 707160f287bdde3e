-- Staff loans after the loan (issue 21, part 5; docs/STAFF-LOANS.md): each of the two agencies' heads
-- evaluates the loan once it has ended ("Utvärdera utlånet"). One row per loan and party; the network
-- overview and the yearly network review read the averages from here (by SQL, per party).

create table staff_loan_evaluation (
    business_key       varchar(40)   not null,
    party              varchar(10)   not null,
    agency_code        varchar(64)   not null,
    purpose_rating     integer       not null,
    cooperation_rating integer       not null,
    would_repeat       boolean       not null,
    improvement        varchar(2000),
    answered_by        varchar(100)  not null,
    answered_at        timestamp     not null,
    constraint pk_staff_loan_evaluation primary key (business_key, party),
    constraint fk_staff_loan_evaluation_loan foreign key (business_key) references staff_loan (business_key),
    constraint ck_staff_loan_evaluation_party check (party in ('BORROWER', 'LENDER')),
    constraint ck_staff_loan_evaluation_purpose check (purpose_rating between 1 and 5),
    constraint ck_staff_loan_evaluation_cooperation check (cooperation_rating between 1 and 5)
);
