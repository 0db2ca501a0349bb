package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.TestTokens;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProblemDetailsIT extends PlatformTestSupport {

    @Test
    void shouldReportFieldErrorsOfInvalidInput() {
        var response = asSales("NORTE").post("/api/notes", Map.of("text", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
    }

    @Test
    void shouldAnswerMalformedJsonWith400() {
        var response = asSales("NORTE").post("/api/notes", "{\"text\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:malformed-body");
        assertThat(response.body()).doesNotContain("Exception", "at io.");
    }

    @Test
    void shouldNameAnUnknownField() {
        var response = asSales("NORTE").post("/api/notes", "{\"text\":\"x\",\"colour\":\"red\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("colour");
    }

    @Test
    void shouldAnswerUnknownIdsWith404() {
        var response = asSales("NORTE").get("/api/notes/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:not-found");
    }

    @Test
    void shouldAnswerAMalformedIdWith400() {
        assertThat(asSales("NORTE").get("/api/notes/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void shouldRequireAndCheckIfMatchOnUpdates() {
        var created = asSales("NORTE").post("/api/notes", note("versioned", "NORTE"));
        String location = created.header("Location");
        String etag = created.header("ETag");

        var missing = asSales("NORTE").put(location, note("no precondition", "NORTE"));
        var updated = asSales("NORTE").header("If-Match", etag).put(location, note("second", "NORTE"));
        var stale = asSales("NORTE").header("If-Match", etag).put(location, note("third", "NORTE"));

        assertThat(missing.status()).isEqualTo(428);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:problem:ispflow:stale-version");
    }

    @Test
    void shouldRejectMissingExpiredForgedAndUnsignedTokensWith401() {
        var user = TestTokens.user("ana").roles("SALES").zones("NORTE");

        assertThat(api().get("/api/notes").status()).isEqualTo(401);
        assertThat(api().as(user.expiredFor(Duration.ofMinutes(5)).token())
                        .get("/api/notes")
                        .status())
                .isEqualTo(401);
        assertThat(api().as(user.forgedToken()).get("/api/notes").status()).isEqualTo(401);
        var unsigned = api().as(user.unsignedToken()).get("/api/notes");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.contentType()).startsWith("application/problem+json");
        assertThat(unsigned.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void shouldRejectTokensOfAnotherIssuer() {
        String foreign =
                TestTokens.user("ana").issuer("http://elsewhere").roles("SALES").token();

        assertThat(api().as(foreign).get("/api/notes").status()).isEqualTo(401);
    }
}
