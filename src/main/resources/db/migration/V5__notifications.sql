-- Outbox of notification mails: one row per mail and recipient, written in the transaction of the
-- step that caused it, delivered by a Camunda job after commit (see docs/NOTIFICATIONS.md).
create table notification_mail (
    id                  varchar(36)     not null,
    dedup_key           varchar(400)    not null,
    kind                varchar(40)     not null,
    recipient_address   varchar(320)    not null,
    recipient_user_id   varchar(128),
    subject             varchar(500)    not null,
    body_html           varchar(200000) not null,
    body_text           varchar(100000) not null,
    attachment_name     varchar(200),
    attachment_type     varchar(100),
    attachment_content  varchar(200000),
    task_id             varchar(64),
    process_instance_id varchar(64),
    business_key        varchar(255),
    status              varchar(16)     not null,
    attempts            integer         default 0 not null,
    last_error          varchar(2000),
    created_at          timestamp       not null,
    sent_at             timestamp,
    constraint pk_notification_mail primary key (id),
    constraint uq_notification_mail_dedup unique (dedup_key)
);

create index ix_notification_mail_recipient on notification_mail (recipient_address);
create index ix_notification_mail_business_key on notification_mail (business_key);
create index ix_notification_mail_created on notification_mail (created_at);
