package kr.drregistry.plan.model;

/**
 * 재난관리 책임자 (the named disaster-management officer).
 *
 * @param name      성명 (name)
 * @param title     직위 (job title)
 * @param phone24x7 24시간 연락 가능한 전화번호 (phone reachable 24/7)
 * @param email     전자우편 (e-mail), or null
 */
public record Officer(String name, String title, String phone24x7, String email) {
}
