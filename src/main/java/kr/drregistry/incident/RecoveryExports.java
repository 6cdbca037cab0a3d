package kr.drregistry.incident;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.export.ExportDocument;
import kr.drregistry.export.ExportDocument.Column;
import kr.drregistry.export.ExportDocument.TableBuilder;
import kr.drregistry.export.TableExports;
import kr.drregistry.incident.RecoveryOverviewService.OperatorRecovery;
import kr.drregistry.incident.rules.RecoveryComparison.Row;
import kr.drregistry.rules.LocalizedText;

/**
 * The declared-vs-drill-vs-actual table as CSV (one line per operator and service; minutes as plain numbers) and as
 * a PDF of the same table, A4 landscape with the Korean font, for the Ministry's paper file.
 */
@ApplicationScoped
public class RecoveryExports {
    @Inject
    java.time.InstantSource clock;
    @Inject
    TableExports exports;

    public TableExports.Download csv(List<OperatorRecovery> operators) {
        return exports.csv(document(operators));
    }

    /**
     * The PDF: the same rows in eight columns that fit an A4 landscape page (the CSV's eighteen would split every row
     * across pages): declared, drill and actual figures each in one cell.
     */
    public TableExports.Download pdf(List<OperatorRecovery> operators) {
        LocalizedText title = new LocalizedText("선언·훈련·실제 복구 비교", "Declared vs. drill vs. actual recovery");
        TableBuilder t = new TableBuilder(title)
                .col(Column.text("operator", "사업자", "Operator"))
                .col(Column.text("service", "서비스", "Service"))
                .col(Column.text("declared", "선언 RTO / RPO(분)", "Declared RTO / RPO (min)"))
                .col(Column.text("drill", "훈련(복구 / 데이터 손실, 분)", "Drill (recovery / data loss, min)"))
                .col(Column.number("incidents", "사고 보고 수", "Incident reports"))
                .col(Column.text("actual recovery", "최대 실제 복구(분)", "Worst actual recovery (min)"))
                .col(Column.text("actual data loss", "최대 실제 데이터 손실(분)", "Worst actual data loss (min)"))
                .col(Column.text("marks", "표시", "Marks"))
                .empty(new LocalizedText("제출된 DR 구성이 없습니다", "no submitted topology"));
        for (OperatorRecovery o : operators) {
            for (Row r : o.rows()) {
                t.row(null, new LocalizedText(o.name() + " (" + o.slug() + ", v" + o.topologyVersion() + ")",
                                o.nameEn() + " (" + o.slug() + ", v" + o.topologyVersion() + ")"),
                        r.serviceName() + " (" + r.serviceId() + ")",
                        minutes(r.declaredRto()) + " / " + minutes(r.declaredRpo()),
                        r.drill() == null ? "—" : r.drill().id() + " " + r.drill().date() + ": " + minutes(r.drill().rtoMinutes())
                                + " / " + minutes(r.drill().rpoMinutes()),
                        r.incidents(),
                        r.actualRecovery() == null ? "—" : r.actualRecovery().minutes() + (r.actualRecovery().ongoing() ? "+ (still down)" : "")
                                + " · " + r.actualRecovery().incidentTitle(),
                        r.actualDataLoss() == null ? "—" : r.actualDataLoss().minutes() + " · " + r.actualDataLoss().incidentTitle(),
                        marksInWords(r));
            }
        }
        return exports.pdf(ExportDocument.builder("declared-drill-actual-recovery", "incident-recovery", null, title)
                .table(t.build()).build(clock.instant()));
    }

    /** The marks in Korean and English, for people reading the PDF. */
    static LocalizedText marksInWords(Row r) {
        List<String> ko = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (r.inc001()) {
            ko.add("INC-001 실제 복구 시간 > RTO");
            en.add("INC-001 actual recovery > RTO");
        }
        if (r.inc002()) {
            ko.add("INC-002 실제 데이터 손실 > RPO");
            en.add("INC-002 actual data loss > RPO");
        }
        if (r.drillRtoExceeded()) {
            ko.add("훈련 복구 시간 > RTO");
            en.add("drill recovery > RTO");
        }
        if (r.drillRpoExceeded()) {
            ko.add("훈련 데이터 손실 > RPO");
            en.add("drill data loss > RPO");
        }
        return new LocalizedText(String.join("; ", ko), String.join("; ", en));
    }

    private static String minutes(Object m) {
        return m == null ? "—" : m.toString();
    }

    private ExportDocument document(List<OperatorRecovery> operators) {
        TableBuilder t = new TableBuilder(new LocalizedText("선언·훈련·실제 복구 비교", "Declared vs. drill vs. actual recovery"))
                .col(Column.text("operator", "사업자 코드", "Operator code"))
                .col(Column.text("operator name", "사업자", "Operator"))
                .col(Column.number("topology version", "DR 구성 버전", "Topology version"))
                .col(Column.text("service", "서비스 ID", "Service ID"))
                .col(Column.text("service name", "서비스", "Service"))
                .col(Column.number("declared RTO (min)", "선언 RTO(분)", "Declared RTO (min)"))
                .col(Column.number("declared RPO (min)", "선언 RPO(분)", "Declared RPO (min)"))
                .col(Column.text("drill", "훈련", "Drill"))
                .col(Column.text("drill date", "훈련일", "Drill date"))
                .col(Column.number("drill RTO (min)", "훈련 복구 시간(분)", "Drill recovery (min)"))
                .col(Column.number("drill RPO (min)", "훈련 데이터 손실(분)", "Drill data loss (min)"))
                .col(Column.number("incidents", "사고 보고 수", "Incident reports"))
                .col(Column.number("worst actual recovery (min)", "최대 실제 복구 시간(분)", "Worst actual recovery (min)"))
                .col(Column.text("still down", "복구 중", "Still down"))
                .col(Column.text("recovery incident", "복구 시간 사고", "Recovery incident"))
                .col(Column.number("worst actual data loss (min)", "최대 실제 데이터 손실(분)", "Worst actual data loss (min)"))
                .col(Column.text("data loss incident", "데이터 손실 사고", "Data loss incident"))
                .col(Column.text("marks", "표시", "Marks"))
                .empty(new LocalizedText("제출된 DR 구성이 없습니다", "no submitted topology"));
        for (OperatorRecovery o : operators) {
            for (Row r : o.rows()) {
                t.row(null, o.slug(), new LocalizedText(o.name(), o.nameEn()), o.topologyVersion(), r.serviceId(), r.serviceName(), r.declaredRto(), r.declaredRpo(),
                        r.drill() == null ? null : r.drill().id(), r.drill() == null ? null : r.drill().date(),
                        r.drill() == null ? null : r.drill().rtoMinutes(), r.drill() == null ? null : r.drill().rpoMinutes(),
                        r.incidents(), r.actualRecovery() == null ? null : r.actualRecovery().minutes(),
                        r.actualRecovery() != null && r.actualRecovery().ongoing() ? "yes" : "",
                        r.actualRecovery() == null ? null : r.actualRecovery().incidentTitle() + " (" + r.actualRecovery().incidentId() + ")",
                        r.actualDataLoss() == null ? null : r.actualDataLoss().minutes(),
                        r.actualDataLoss() == null ? null : r.actualDataLoss().incidentTitle() + " (" + r.actualDataLoss().incidentId() + ")",
                        marks(r));
            }
        }
        return ExportDocument.builder("declared-drill-actual-recovery", "incident-recovery", null,
                new LocalizedText("선언·훈련·실제 복구 비교", "Declared vs. drill vs. actual recovery")).table(t.build()).build(clock.instant());
    }

    static String marks(Row r) {
        List<String> m = new ArrayList<>();
        if (r.inc001()) {
            m.add("INC-001 actual recovery > RTO");
        }
        if (r.inc002()) {
            m.add("INC-002 actual data loss > RPO");
        }
        if (r.drillRtoExceeded()) {
            m.add("drill recovery > RTO");
        }
        if (r.drillRpoExceeded()) {
            m.add("drill data loss > RPO");
        }
        return String.join("; ", m);
    }
}
