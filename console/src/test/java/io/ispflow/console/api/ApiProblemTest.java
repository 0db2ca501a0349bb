package io.ispflow.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiProblemTest {

    private static ApiProblem of(int status) {
        return new ApiProblem(status, Map.of("title", "x"), "c-1", "orders");
    }

    @Test
    void refusalsStayOnTheFormAndTheRestGoToAnErrorPage() {
        assertThat(of(400).isShownOnTheForm()).isTrue();
        assertThat(of(409).isShownOnTheForm()).isTrue();
        assertThat(of(412).isShownOnTheForm()).isTrue();
        assertThat(of(503).isShownOnTheForm())
                .as("a part down: what was typed stays")
                .isTrue();
        assertThat(of(404).isShownOnTheForm()).as("the not-found page says it").isFalse();
        assertThat(of(500).isShownOnTheForm()).isFalse();
    }
}
