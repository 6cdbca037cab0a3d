package kr.drregistry.plan.model;

/**
 * 비상 연락처 (one entry of the emergency contact list).
 *
 * @param name         성명 또는 당직 명칭 (person or duty name)
 * @param role         역할 (role), or null
 * @param phone        전화번호 (phone)
 * @param available24x7 24시간 연락 가능 여부 (reachable day and night)
 */
public record Contact(String name, String role, String phone, boolean available24x7) {
}
