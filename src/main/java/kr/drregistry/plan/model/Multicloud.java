package kr.drregistry.plan.model;

import java.util.List;

/**
 * 멀티 클라우드 (main services run on two or more clouds, recommended by the 2025 guideline).
 *
 * @param providers 클라우드 사업자 (cloud providers the main services run on)
 */
public record Multicloud(List<String> providers) {
    public Multicloud {
        providers = Lists.copy(providers);
    }
}
