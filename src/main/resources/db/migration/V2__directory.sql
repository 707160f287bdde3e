-- What the network directory created in Camunda's identity, filter and authorization tables.
-- Only what is listed here is ever changed or removed by the directory synchronisation;
-- users, groups, memberships, filters and authorizations made by hand (or by the Camunda
-- starter, such as the admin user and the camunda-admin group) are left alone.
--   kind USER          owned_id = user id
--   kind GROUP         owned_id = group id
--   kind MEMBERSHIP    owned_id = <user id>:<group id>
--   kind FILTER        owned_id = filter id
--   kind AUTHORIZATION owned_id = <group id>:<resource type number>:<resource id>
create table directory_owned (
    kind       varchar(20)  not null,
    owned_id   varchar(300) not null,
    created_at timestamp    not null,
    constraint pk_directory_owned primary key (kind, owned_id)
);
