package kr.drregistry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingType;
import kr.drregistry.review.ReviewDesk;
import kr.drregistry.review.ReviewRecords;
import kr.drregistry.identity.RunAs;
import kr.drregistry.incident.IncidentService;
import kr.drregistry.incident.IncidentViews.NewIncident;
import kr.drregistry.review.ReviewQueue;

/**
 * The demo's filings, made as the demo people through the services the portal and the API use (drafts, submissions,
 * review records, decisions, an incident), so that the regulator's queue, sector view, coverage, trends and incident
 * pages and the operators' dashboards show a working registry on first sight. Dates follow the current year: the
 * plan year in force ({@code Y}) was filed last autumn and reviewed; next year's ({@code Y+1}) is being filed now.
 * <ul>
 * <li>example-talk, plan year Y: the Kakao-like topology, assigned to {@code reviewer}, its findings disposed
 * (confirmed, accepted risk, false positive), commented, changes requested with a due date, answered by the editor,
 * who started the revision; its plan accepted; an incident whose initial report was submitted and acknowledged;</li>
 * <li>example-portal, plan year Y: the healthy multi-site topology, accepted;</li>
 * <li>example-pay, plan year Y+1: a payments operator in the same Pangyo building, campus and power group as
 * example-talk, submitted and waiting: CONC-001 in the sector view;</li>
 * <li>example-idc, plan year Y+1: the IDC with facility data, under review with a comment.</li>
 * </ul>
 */
@ApplicationScoped
public class DemoFilings {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final Pattern DATE = Pattern.compile("(?<![0-9-])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");

    @Inject
    RunAs runAs;
    @Inject
    FilingService filings;
    @Inject
    ReviewDesk desk;
    @Inject
    ReviewRecords records;
    @Inject
    ReviewQueue queue;
    @Inject
    IncidentService incidents;

    /** How many filings and submitted versions were made. */
    public record Made(int filings, int versions) {
    }

    /** Makes the demo filings as of {@code now}, in the caller's transaction. */
    public Made seed(Instant now) {
        LocalDate today = now.atZone(SEOUL).toLocalDate();
        int year = today.getYear();
        int next = year + 1;

        // example-talk, plan year in force: the Kakao-like topology, reviewed and sent back for changes
        String kakao = asOf(resource("examples/kakao-like-2022.yaml"), LocalDate.of(year - 1, 10, 14));
        UUID talk = topology("talk-editor", "talk-officer", year, year + " DR 구성 (판교·안산)", kakao);
        runAs.run("lead", () -> queue.assign(talk, "reviewer"));
        String spof = "SPOF-002|service|talk|site:pangyo";
        runAs.run("reviewer", () -> {
            records.dispose(talk, 1, spof, "CONFIRMED", null);
            records.dispose(talk, 1, "OPS-001|component|talk-api|site:pangyo", "CONFIRMED", null);
            records.dispose(talk, 1, "GEO-001|site|ansan|", "ACCEPTED_RISK",
                    "부산 제3 사이트를 " + next + "년 상반기에 개설하기로 하여, 그때까지 판교–안산 25.6km 거리를 위험으로 수용합니다.");
            records.dispose(talk, 1, "DATA-001|component|session-cache-b|", "FALSE_POSITIVE",
                    "세션 캐시는 다시 로그인하면 채워지는 휘발성 데이터로, 사이트 밖 사본이 필요하지 않습니다.");
            records.comment(talk, 1, "finding", spof,
                    "판교 한 곳을 잃으면 메시징이 멈춥니다. 인증, 세션 캐시, 키 저장소를 안산에도 두고 자동 전환되게 하십시오.");
            records.comment(talk, 1, "section", "components",
                    "배포 도구와 관리 콘솔이 판교에만 있어 수동 전환이 막힙니다(OPS-001). 두 사이트에서 쓸 수 있게 하십시오.");
            desk.decide(talk, 1, "REQUEST_CHANGES",
                    "판교에만 있는 인증, 키 저장소, 배포·관리 도구를 안산에도 두고, 판교 손실 훈련 결과를 함께 다시 제출하십시오.",
                    today.plusDays(30));
        });
        runAs.run("talk-editor", () -> {
            records.comment(talk, 1, "filing", null,
                    "인증과 키 저장소의 안산 이중화 공사를 시작했습니다. 다음 달 판교 손실 훈련 뒤 수정본을 제출하겠습니다.");
            filings.revise(talk, 1, 1L);
        });

        // example-talk, plan year in force: the disaster-management plan, accepted
        String plan = shiftYears(resource("examples/plan-example-talk-2026.json"), year - 2027)
                .replace("\"planYear\": 2027", "\"planYear\": " + year);
        UUID talkPlan = file("talk-editor", "talk-officer", FilingType.PLAN, year, year + " 방송통신재난관리계획", plan, "application/json");
        runAs.run("lead", () -> desk.decide(talkPlan, 1, "ACCEPT", "책임자, 연락 체계, 위기 경보 기준과 시나리오별 절차를 확인했습니다.", null));

        // example-portal, plan year in force: the healthy multi-site topology, accepted
        String healthy = asOf(resource("examples/healthy-multisite.yaml"), LocalDate.of(year - 1, 11, 1));
        UUID portal = topology("portal-editor", "portal-officer", year, year + " DR 구성 (춘천·세종·부산)", healthy);
        runAs.run("reviewer", () -> desk.decide(portal, 1, "ACCEPT",
                "세 사이트 중 어느 곳을 잃어도 1등급 서비스가 유지되고, 최근 12개월 훈련이 목표를 충족했습니다.", null));

        // example-pay, next plan year: in the same Pangyo building as example-talk, submitted and waiting
        String pay = asOf(resource("demo/example-pay.yaml"), today.minusDays(6));
        topology("pay-editor", "pay-officer", next, next + " DR 구성 (판교·구로)", pay);

        // example-idc, next plan year: the facility data, under review
        String idcYaml = asOf(resource("examples/idc-facility.yaml"), today.minusDays(3))
                .replaceFirst("tenants: \\[example-talk, example-portal\\]", "tenants: [example-talk, example-pay]");
        UUID idc = topology("idc-editor", "idc-officer", next, next + " 집적정보통신시설 DR 구성", idcYaml);
        runAs.run("reviewer", () -> {
            filings.review(idc, 1, Move.START_REVIEW, null, null);
            records.dispose(idc, 1, "FAC-002|site|pangyo-a|", "CONFIRMED", null);
            records.comment(idc, 1, "finding", "FAC-002|site|pangyo-a|",
                    "판교 A의 ups-b3 배터리실은 방화구획당 6.2MWh입니다. 구획을 나누는 일정과 임시 조치를 적어 주십시오.");
        });

        // example-talk: a 44-minute outage of the payment API, detected 45 minutes ago; its initial report on time
        // (due an hour after detection), acknowledged by the regulator; the final report due a month after recovery
        Instant occurred = now.minus(52, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES);
        Instant detected = occurred.plus(7, ChronoUnit.MINUTES);
        Instant recovered = occurred.plus(44, ChronoUnit.MINUTES);
        UUID incident = runAs.as("talk-editor", () -> {
            UUID id = incidents.create(new NewIncident("판교 전원 설비 장애로 결제 지연", detected, occurred,
                    detected.plus(5, ChronoUnit.MINUTES), "판교 데이터센터 UPS 전환 중 결제 API 지연")).id();
            incidents.appendTimeline(id, detected, "관제 시스템이 결제 API 오류율 급증을 탐지하여 상황실에 알림");
            incidents.appendTimeline(id, detected.plus(12, ChronoUnit.MINUTES), "결제 트래픽을 안산 사이트로 수동 전환 시작");
            incidents.appendTimeline(id, recovered, "결제 API 정상화 확인, 원인 분석 착수");
            String report = """
                    {"summary": "판교 데이터센터 UPS 전환 중 전원이 흔들려 결제 API가 지연·실패했습니다.",
                     "occurredAt": "%s", "detectedAt": "%s", "classifiedAt": "%s", "recoveredAt": "%s",
                     "affectedServices": [{"id": "pay", "recoveredAt": "%s", "dataLossMinutes": 0}],
                     "affectedSites": ["pangyo"], "usersAffected": 1200000, "regions": ["KR-41", "KR-11"],
                     "cause": {"category": "power", "description": "판교 데이터센터 UPS 점검 중 전환 실패로 랙 일부의 전원이 순간 차단됨"},
                     "continuityPlanActivated": true,
                     "actions": [{"at": "%s", "description": "결제 트래픽을 안산으로 수동 전환"}]}
                    """.formatted(occurred, detected, detected.plus(5, ChronoUnit.MINUTES), recovered, recovered,
                    detected.plus(12, ChronoUnit.MINUTES));
            incidents.saveDraft(id, report.getBytes(StandardCharsets.UTF_8), "application/json", 1L);
            return id;
        });
        runAs.run("talk-officer", () -> incidents.submitStage(incident, "initial"));
        runAs.run("reviewer", () -> incidents.acknowledge(incident));

        return new Made(6, 6);
    }

    /** A topology filing created, drafted by {@code editor} and submitted by {@code officer}: its id. */
    private UUID topology(String editor, String officer, int year, String title, String yaml) {
        return file(editor, officer, FilingType.TOPOLOGY, year, title, yaml, "application/yaml");
    }

    private UUID file(String editor, String officer, FilingType type, int year, String title, String body, String mediaType) {
        UUID id = runAs.as(editor, () -> {
            UUID created = filings.create(type, year, title).id();
            filings.saveDraft(created, body.getBytes(StandardCharsets.UTF_8), mediaType, 0L);
            return created;
        });
        runAs.run(officer, () -> filings.submit(id, null));
        return id;
    }

    /** The document with its {@code asOf} moved to {@code asOf} and every other date moved by as many days. */
    static String asOf(String document, LocalDate asOf) {
        Matcher m = Pattern.compile("(?m)^asOf: (\\d{4}-\\d{2}-\\d{2})").matcher(document);
        if (!m.find()) {
            throw new IllegalStateException("the demo document has no asOf");
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(m.group(1)), asOf);
        return shift(document, d -> d.plusDays(days));
    }

    /** The document with every date moved by {@code years}. */
    static String shiftYears(String document, int years) {
        return shift(document, d -> d.plusYears(years));
    }

    private static String shift(String document, UnaryOperator<LocalDate> move) {
        Matcher m = DATE.matcher(document);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            m.appendReplacement(out, move.apply(d).toString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo document " + path + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
