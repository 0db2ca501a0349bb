package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.testsupport.Api;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input a client should never send, answered with a 4xx problem detail that names no Java class, and
 * nothing written: the reproductions of the API robustness report (content types, multipart, NUL,
 * duplicate keys, over-long values).
 */
class HostileInputIT extends PlatformTestSupport {

    private static final String NOTE = "{\"text\":\"hello\",\"zone\":\"NORTE\"}";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/*",
                "*/*",
                "application/json, text/plain",
                "application/;",
                "json",
                "application/json; charset=ebcdic",
                "application/json; charset=\"no such charset\""
            })
    void shouldRefuseAContentTypeNoHandlerCanRead(String contentType) {
        var response = asSales("NORTE").send("POST", "/api/notes", contentType, bytes(NOTE));

        assertProblem(response, 415);
        assertThat(count("SELECT count(*) FROM sample_note WHERE text = 'hello'", Map.of()))
                .isZero();
    }

    @Test
    void shouldRefuseNulInAJsonTextNamingTheField() {
        var response =
                asSales("NORTE").send("POST", "/api/notes", "application/json", bytes("{\"text\":\"a\\u0000b\"}"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains("NUL");
    }

    @Test
    void shouldRefuseNulInAQueryParameter() {
        assertProblem(asSales("NORTE").get("/api/notes?page=0&q=a%00b"), 400);
    }

    @Test
    void shouldRefuseADuplicatedFieldRatherThanPickOne() {
        var response = asSales("NORTE")
                .send(
                        "POST",
                        "/api/notes",
                        "application/json",
                        bytes("{\"text\":\"x\",\"zone\":\"SUR\",\"zone\":\"NORTE\"}"));

        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("'zone'");
    }

    @Test
    void shouldNameAWronglyTypedFieldWithoutItsJavaClass() {
        var response = asSales("NORTE").send("POST", "/api/notes", "application/json", bytes("{\"text\":{\"a\":1}}"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(response.json().get("detail").asString()).isEqualTo("Invalid value at 'text': must be a text.");
    }

    @Test
    void shouldAnswerBrokenMultipartBodiesWith400() {
        Api sales = asSales("NORTE");
        byte[] part = multipart("photo.jpg", "content");

        assertProblem(sales.send("POST", "/api/notes/attachments", "multipart/form-data", part), 400);
        assertProblem(
                sales.send(
                        "POST",
                        "/api/notes/attachments",
                        "multipart/form-data; boundary=XyZ",
                        java.util.Arrays.copyOf(part, part.length / 2)),
                400);
    }

    @Test
    void shouldRefuseUnstorableFileNamesAs400NotAsATooLargeUpload() {
        Api sales = asSales("NORTE");

        var nul = sales.send(
                "POST",
                "/api/notes/attachments",
                "multipart/form-data; boundary=XyZ",
                multipart("a\u0000b.jpg", "content"));
        var longName = sales.send(
                "POST",
                "/api/notes/attachments",
                "multipart/form-data; boundary=XyZ",
                multipart("n".repeat(5_000) + ".jpg", "content"));

        assertProblem(nul, 400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertProblem(longName, 400);
        assertThat(longName.json().get("detail").asString()).contains("longer");
    }

    @Test
    void shouldNameTheFileLimitOfATooLargeUpload() {
        var response = asSales("NORTE")
                .send(
                        "POST",
                        "/api/notes/attachments",
                        "multipart/form-data; boundary=XyZ",
                        multipart("big.jpg", "x".repeat(1536 * 1024)));

        assertProblem(response, 413);
        assertThat(response.json().get("detail").asString()).isEqualTo("The file is larger than the 1 MB allowed.");
        assertThat(response.json().get("maxBytes").asLong()).isEqualTo(1024 * 1024);
    }

    @Test
    void shouldNotExposeManagementEndpointsBeyondHealthAndTheScrape() {
        assertThat(asManager().get("/actuator/metrics").status()).isEqualTo(404);
        assertThat(asManager().get("/actuator/env").status()).isEqualTo(404);
        assertThat(api().get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerTheContainersErrorPageAsAProblemToo() {
        var response = api().get("/error");

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("timestamp", "Exception");
    }

    @Test
    void shouldKeepAnIdempotentCreateOnAnOverlongPathAClientError() {
        var response = asSales("NORTE")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .send("POST", "/api/notes/" + "x".repeat(5_000), "application/json", bytes(NOTE));

        assertThat(response.status()).isBetween(400, 499);
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("io.ispflow", "java.", "tools.jackson", "Exception");
    }

    private static byte[] multipart(String fileName, String content) {
        return bytes("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n" + content + "\r\n--XyZ--\r\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
