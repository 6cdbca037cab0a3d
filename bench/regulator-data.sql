-- Synthetic sector for the regulator-page benchmark (bench/regulator-bench.sh): 1,000 organisations, 20,000
-- filings (a topology and a plan per organisation for each plan year 2018–2027), one or two submitted versions
-- each, 1,000,000 findings (version_finding rows; the report JSON of each version is kept small), decisions,
-- change requests with due dates, dispositions, and exposures that put many operators in the same 600 facilities.
-- Deterministic (setseed). Run once on an empty database after the app has migrated it.
select setseed(0.42);
begin;

insert into organisation (id, slug, name_ko, name_en, kind, daily_users, traffic_share_pct, floor_area_m2,
                          received_power_mw, revenue_krw, contact_email)
select gen_random_uuid(), 'bench-' || lpad(g::text, 4, '0'), '벤치 사업자 ' || g, 'Bench operator ' || g,
       case when g % 5 = 0 then 'IDC' else 'VALUE_ADDED' end,
       case when g % 7 = 0 then null else (random() * 30000000)::bigint end,
       round((random() * 4)::numeric, 4),
       case when g % 5 = 0 then round((random() * 40000)::numeric, 2) end,
       case when g % 5 = 0 then round((random() * 60)::numeric, 3) end,
       (random() * 50000000000)::bigint, 'ops' || g || '@bench.example'
  from generate_series(1, 1000) g;

create temp table bench_org as
select id, slug, row_number() over (order by slug) as n from organisation where slug like 'bench-%';

insert into filing (id, organisation_id, type, plan_year, title, status, latest_version, created_at, created_by,
                    assigned_to, assigned_at)
select gen_random_uuid(), o.id, t.type, y, o.slug || ' ' || t.type || ' ' || y,
       (array['SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED'])[1 + floor(random() * 6)::int],
       case when random() < 0.2 then 2 else 1 end,
       make_timestamptz(y - 1, 1 + floor(random() * 12)::int, 1 + floor(random() * 28)::int, 9, 0, 0, 'Asia/Seoul'),
       'bench',
       case when random() < 0.5 then (array['reviewer', 'lead'])[1 + floor(random() * 2)::int] end,
       case when random() < 0.5 then now() end
  from bench_org o cross join (values ('TOPOLOGY'), ('PLAN')) t(type) cross join generate_series(2018, 2027) y;

create temp table bench_version as
select f.id as filing_id, v.n as number, f.type, f.plan_year, f.status, f.latest_version,
       f.created_at + (v.n * interval '20 days') as submitted_at
  from filing f join bench_org o on o.id = f.organisation_id
  cross join lateral generate_series(1, f.latest_version) v(n);

-- 50 findings per version on average (1,000,000 in all), rules and severities as the rule table spreads them
create temp table bench_rule(rule, severity, w) as values
  ('SPOF-001', 'critical', 6), ('SPOF-002', 'critical', 4), ('SPOF-003', 'high', 6), ('GEO-001', 'high', 4),
  ('RTO-001', 'high', 5), ('DRILL-001', 'medium', 5), ('CAP-001', 'medium', 5), ('CLOUD-001', 'low', 3),
  ('MAN-001', 'high', 2), ('MAN-003', 'medium', 4), ('MAN-007', 'medium', 3), ('MAN-014', 'low', 3);
create temp table bench_rule_pick as
select rule, severity, generate_series(1, w) from bench_rule;
create temp table bench_rules as select row_number() over () as i, rule, severity from bench_rule_pick;

create temp table bench_finding as
select v.filing_id, v.number as version_number, k as ordinal, r.rule, r.severity, 'component'::text as subject_kind,
       r.rule || '|component|c' || k || '|' || case when r.rule like 'SPOF%' then 'site:s' || (k % 7) else '' end as finding_key,
       v.submitted_at, v.plan_year
  from bench_version v
  cross join generate_series(1, 50) k
  join bench_rules r on r.i = 1 + ((hashtext(v.filing_id::text || v.number) & 2147483647) + k * 7) % 50;

insert into version_finding (filing_id, version_number, ordinal, rule, severity, subject_kind, finding_key, submitted_at, plan_year)
select * from bench_finding;

-- and counted per version, rule and severity, as a submission does (VersionFindings.store)
insert into version_finding_count (filing_id, version_number, rule, severity, n, submitted_at, plan_year)
select filing_id, version_number, rule, severity, count(*), min(submitted_at), min(plan_year)
  from bench_finding group by filing_id, version_number, rule, severity;

insert into filing_version (id, filing_id, number, content, content_sha256, submitted_at, submitted_by, policy_id,
                            policy_version, report, count_critical, count_high, count_medium, count_low, count_info)
select gen_random_uuid(), v.filing_id, v.number, convert_to('{"format":"drr/v1"}', 'UTF8'),
       md5(v.filing_id::text || v.number) || md5(v.number || v.filing_id::text),
       v.submitted_at, 'bench', 'kr-msit', '2026.4', convert_to('{"findings":[]}', 'UTF8'), c.cr, c.hi, c.me, c.lo, 0
  from bench_version v
  join (select filing_id, version_number, count(*) filter (where severity = 'critical') cr,
               count(*) filter (where severity = 'high') hi, count(*) filter (where severity = 'medium') me,
               count(*) filter (where severity = 'low') lo
          from bench_finding group by filing_id, version_number) c
    on c.filing_id = v.filing_id and c.version_number = v.number;

-- the decision behind each filing's status, on its latest version
insert into filing_decision (id, filing_id, version_number, decision, reason, due_date, decided_by, decided_at)
select gen_random_uuid(), filing_id, latest_version,
       case status when 'UNDER_REVIEW' then 'START_REVIEW' when 'CHANGES_REQUESTED' then 'REQUEST_CHANGES'
                   when 'ACCEPTED' then 'ACCEPT' else 'REJECT' end,
       case when status in ('CHANGES_REQUESTED', 'REJECTED') then '벤치 사유 (bench reason)' end,
       case when status = 'CHANGES_REQUESTED' then (submitted_at + interval '45 days')::date end,
       'reviewer', submitted_at + interval '10 days'
  from bench_version
 where number = latest_version and status <> 'SUBMITTED';

-- a tenth of the findings of decided versions disposed
insert into finding_disposition (id, filing_id, version_number, finding_key, rule, disposition, justification, decided_by, decided_at)
select gen_random_uuid(), f.filing_id, f.version_number, f.finding_key, f.rule,
       (array['CONFIRMED', 'ACCEPTED_RISK', 'FALSE_POSITIVE'])[1 + f.ordinal % 3],
       case when f.ordinal % 3 = 1 then '벤치 정당화 (bench justification)' end, 'reviewer', f.submitted_at + interval '5 days'
  from bench_finding f join bench_version v on v.filing_id = f.filing_id and v.number = f.version_number
 where f.ordinal % 10 = 0 and v.status <> 'SUBMITTED';

-- exposures of every topology version: three places each, drawn from 600 shared facilities (200 IDCs × 3 sites)
-- and 100 shared risk groups, so most places carry several operators' single-site tier-1 services
insert into version_exposure (filing_id, version_number, place_key, kind, label, region, lat, lon, services, users)
select distinct on (v.filing_id, v.number, p.key) v.filing_id, v.number, p.key, p.kind, p.label, p.region, p.lat, p.lon,
       'svc-a,svc-b', (random() * 5000000)::bigint
  from bench_version v
  cross join generate_series(1, 3) e
  cross join lateral (
      select case when e < 3 then 'facility:bench-' || lpad((5 * (1 + x % 200))::text, 4, '0') || '/site-' || (x % 3)
                  else 'group:rg:power-' || (x % 100) end as key,
             case when e < 3 then 'facility' else 'risk-group' end as kind,
             case when e < 3 then 'IDC ' || (x % 600) else 'power-' || (x % 100) end as label,
             (array['KR-11', 'KR-41', 'KR-26', 'KR-28', 'KR-30', 'KR-44', 'KR-47', 'KR-48'])[1 + x % 8] as region,
             -- 600 facility sites about 0.7 km apart or more (CONC-001 joins sites within 0.5 km into one place)
             34.5 + (x % 600) * 0.006 as lat, 126.6 + ((x % 600) * 7 % 600) * 0.005 as lon
        from (select (hashtext(v.filing_id::text || e) & 2147483647) as x) h) p
 where v.type = 'TOPOLOGY';

commit;
analyze;
