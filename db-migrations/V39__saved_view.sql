-- A person's own saved views of a list page (today the regulator's review queue): a name and the filter it stands
-- for, as a query string of the page's known filter parameters (normalised by the application, so a view never
-- carries anything else). A view belongs to one person; deleting the person deletes their views.
create table saved_view (
    id         uuid primary key,
    user_id    uuid         not null references app_user (id) on delete cascade,
    page       varchar(40)  not null check (page in ('queue')),
    name       varchar(60)  not null check (length(btrim(name)) > 0),
    query      varchar(1000) not null,
    created_at timestamptz  not null,
    unique (user_id, page, name)
);
