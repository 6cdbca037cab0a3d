package kr.drregistry.plan.model;

/**
 * 재난관리 전담 부서 (the department or staff in charge of disaster management).
 *
 * @param name       부서명 (department name), or null
 * @param dedicated  전담 여부 (true when the department or staff does disaster management as its own task)
 * @param staffCount 전담 인력 수 (number of staff), or null
 */
public record Department(String name, boolean dedicated, Integer staffCount) {
}
