package kr.drregistry.plan.model;

/**
 * 고지문 양식 (the user-notice template): the wording for each element the law requires; an element is
 * covered when its text is present.
 *
 * @param fact     장애 발생 사실 (the fact of the outage), or null
 * @param cause    장애 원인 (its cause), or null
 * @param response 대응 조치 현황 (the response so far), or null
 * @param contact  상담 접수 연락처 (a contact point), or null
 */
public record NoticeTemplate(String fact, String cause, String response, String contact) {
}
