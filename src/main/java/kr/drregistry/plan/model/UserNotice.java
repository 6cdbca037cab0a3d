package kr.drregistry.plan.model;

import java.util.List;

/**
 * 이용자 고지 (how and when users are told of an outage).
 *
 * @param channels         고지 수단 (channels, e.g. 앱 공지, 홈페이지, 문자)
 * @param thresholdMinutes 고지 대상 장애 지속 시간(분) (outage duration from which users are told), or null
 * @param template         고지문 (notice template), or null
 */
public record UserNotice(List<String> channels, Integer thresholdMinutes, NoticeTemplate template) {
    public UserNotice {
        channels = Lists.copy(channels);
    }
}
