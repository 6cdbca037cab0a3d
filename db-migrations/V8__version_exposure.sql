-- CONC-001 across the sector: what each submitted topology version loses per place (a facility or a shared risk
-- group), computed once when the version is frozen, so the regulator's sector view reads rows instead of
-- re-simulating every operator's topology.
create table version_exposure (
    filing_id      uuid         not null references filing (id),
    version_number integer      not null,
    place_key      varchar(600) not null,
    kind           varchar(20)  not null,
    label          varchar(300) not null,
    region         text,
    lat            double precision,
    lon            double precision,
    services       text         not null,
    users          bigint       not null,
    primary key (filing_id, version_number, place_key)
);
create trigger version_exposure_immutable before update or delete on version_exposure
    for each row execute function refuse_change_of_immutable_row();
