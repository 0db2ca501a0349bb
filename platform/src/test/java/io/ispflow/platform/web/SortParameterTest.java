package io.ispflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ispflow.platform.problem.BadRequestException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class SortParameterTest {

    private static final Set<String> ALLOWED = Set.of("createdAt", "number");
    private static final Sort FALLBACK = Sort.by("createdAt");

    @Test
    void shouldReadPropertiesAndDirectionsHoweverSpringSplitThem() {
        assertThat(SortParameter.parse(List.of("createdAt", "desc"), ALLOWED, FALLBACK))
                .isEqualTo(Sort.by(Sort.Order.desc("createdAt")).and(Sort.by("id")));
        assertThat(SortParameter.parse(List.of("createdAt,desc", "number"), ALLOWED, FALLBACK))
                .isEqualTo(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("number"))
                        .and(Sort.by("id")));
        assertThat(SortParameter.parse(null, ALLOWED, FALLBACK)).isEqualTo(FALLBACK.and(Sort.by("id")));
    }

    @Test
    void shouldRefuseUnknownProperties() {
        assertThatThrownBy(() -> SortParameter.parse(List.of("password"), ALLOWED, FALLBACK))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SortParameter.parse(List.of("desc"), ALLOWED, FALLBACK))
                .isInstanceOf(BadRequestException.class);
    }
}
