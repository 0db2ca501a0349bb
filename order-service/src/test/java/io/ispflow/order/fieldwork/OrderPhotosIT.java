package io.ispflow.order.fieldwork;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ispflow.order.fixtures.Multipart;
import io.ispflow.order.fixtures.OrderServiceTestSupport;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Photos of the visit, kept in PostgreSQL: uploaded from the field, listed, downloaded. */
class OrderPhotosIT extends OrderServiceTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private WebServerApplicationContext webServer;

    @Test
    void shouldStoreListAndServeThePhotoOfACompletedVisit() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        byte[] png = Multipart.aPng(64, 48);
        String token = technicianToken(tito);
        var titoApp = asTechnician(tito.get("userId").asString(), "NORTE");
        titoApp.post("/api/orders/" + orderId + "/start", java.util.Map.of());

        var uploaded = Multipart.upload(port, photos(orderId), token, "fachada.png", "image/png", png);
        var completed = titoApp.put(
                "/api/orders/" + orderId + "/completion",
                java.util.Map.of("outcome", "SUCCESS", "notes", "photo of the ONT attached"));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode photo = JSON.readTree(uploaded.body());
        assertThat(photo.get("fileName").asString()).isEqualTo("fachada.png");
        assertThat(photo.get("contentType").asString()).isEqualTo("image/png");
        assertThat(photo.get("size").asLong()).isEqualTo(png.length);
        assertThat(photo.get("uploadedAt").isNull()).isFalse();
        String photoPath = photos(orderId) + "/" + photo.get("id").asString();
        assertThat(uploaded.headers().firstValue("Location")).hasValue(photoPath);

        var list = asPlanner().get(photos(orderId));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(1);
        assertThat(list.json().get(0).get("id").asString())
                .isEqualTo(photo.get("id").asString());

        var download = Multipart.download(port, photoPath, token(("sales-norte"), "SALES", "NORTE"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("fachada.png");
    }

    @Test
    void shouldRefuseAPhotoOverTenMegabytes() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        byte[] huge = Arrays.copyOf(Multipart.aPng(8, 8), 10 * 1024 * 1024 + 64 * 1024);

        var response = Multipart.upload(port, photos(orderId), technicianToken(tito), "huge.png", "image/png", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("type").asString())
                .isEqualTo("urn:problem:ispflow:payload-too-large");
        assertThat(asPlanner().get(photos(orderId)).json().size()).isZero();
    }

    @Test
    void shouldRefuseFilesThatAreNotPhotos() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        String token = technicianToken(tito);
        byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

        var disguised = Multipart.upload(port, photos(orderId), token, "photo.png", "image/png", script);
        var pdf = Multipart.upload(
                port,
                photos(orderId),
                token,
                "acta.pdf",
                "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
        var mislabelled =
                Multipart.upload(port, photos(orderId), token, "photo.jpg", "image/jpeg", Multipart.aPng(4, 4));

        for (var response : java.util.List.of(disguised, pdf, mislabelled)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
            assertThat(JSON.readTree(response.body()).get("type").asString())
                    .isEqualTo("urn:problem:ispflow:unsupported-media-type");
        }
        assertThat(asPlanner().get(photos(orderId)).json().size()).isZero();
    }

    @Test
    void shouldKeepAtMostTwentyPhotosPerOrder() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        String token = technicianToken(tito);
        for (int i = 1; i <= 20; i++) {
            byte[] png = Multipart.aPng(i, 2);
            var response = Multipart.upload(port, photos(orderId), token, "p" + i + ".png", "image/png", png);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        var oneTooMany = Multipart.upload(port, photos(orderId), token, "p21.png", "image/png", Multipart.aPng(21, 2));

        assertThat(oneTooMany.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(oneTooMany.body()).get("type").asString())
                .isEqualTo("urn:problem:ispflow:photo-limit");
    }

    @Test
    void shouldKeepOneCopyWhenTheAppRetriesAnUpload() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        byte[] png = Multipart.aPng(16, 16);
        String token = technicianToken(tito);

        var first = Multipart.upload(port, photos(orderId), token, "medidor.png", "image/png", png, "retry-1");
        var retry = Multipart.upload(port, photos(orderId), token, "medidor.png", "image/png", png, "retry-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        assertThat(JSON.readTree(retry.body()).get("id").asString())
                .isEqualTo(JSON.readTree(first.body()).get("id").asString());
        assertThat(asPlanner().get(photos(orderId)).json().size()).isEqualTo(1);
    }

    @Test
    void shouldKeepPhotosWithinTheOrdersVisibility() {
        JsonNode tito = aTechnician("NORTE");
        JsonNode other = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        byte[] png = Multipart.aPng(2, 2);
        var stored = Multipart.upload(port, photos(orderId), technicianToken(tito), "a.png", "image/png", png);
        String photoPath =
                photos(orderId) + "/" + JSON.readTree(stored.body()).get("id").asString();

        var byOtherTechnician =
                Multipart.upload(port, photos(orderId), technicianToken(other), "b.png", "image/png", png);
        var byPlanner = Multipart.upload(
                port, photos(orderId), token("pablo", "PLANNER"), "c.png", "image/png", Multipart.aPng(3, 3));
        var bySales =
                Multipart.upload(port, photos(orderId), token("ana", "SALES", "NORTE"), "d.png", "image/png", png);

        assertThat(byOtherTechnician.statusCode()).isEqualTo(404);
        assertThat(byPlanner.statusCode()).isEqualTo(201);
        assertThat(bySales.statusCode()).isEqualTo(403);
        assertThat(asSales("SUR").get(photos(orderId)).status()).isEqualTo(404);
        assertThat(Multipart.download(port, photoPath, token("sol", "SALES", "SUR"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldRefuseFileNamesTooLongOrWithControlCharactersAsABadRequest() {
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);
        String token = technicianToken(tito);
        String longest = "b".repeat(251) + ".png";

        List<HttpResponse<String>> refused = new ArrayList<>();
        for (String name :
                List.of("a".repeat(252) + ".png", "fachada\u0000.png", "fa\u001Fchada.png", "fachada\u007F.png")) {
            refused.add(Multipart.upload(port, photos(orderId), token, name, "image/png", Multipart.aPng(5, 5)));
        }
        // the RFC 6266 form decodes to a line feed
        refused.add(Multipart.uploadAs(
                port,
                photos(orderId),
                token,
                "form-data; name=\"file\"; filename*=UTF-8''fachada%0A.png",
                "image/png",
                Multipart.aPng(6, 6),
                null));
        var accepted = Multipart.upload(port, photos(orderId), token, longest, "image/png", Multipart.aPng(7, 7));

        for (var response : refused) {
            assertThatIsAFileNameProblem(response);
        }
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(JSON.readTree(accepted.body()).get("fileName").asString()).isEqualTo(longest);
        JsonNode stored = asPlanner().get(photos(orderId)).json();
        assertThat(stored.size()).isEqualTo(1);
        assertThat(stored.get(0).get("fileName").asString()).isEqualTo(longest);
    }

    @Test
    void shouldRefuseAFiveThousandCharacterFileNameAsABadRequestRatherThanATooLargeFile() {
        assumeTrue(
                partHeadersUpTo(6 * 1024),
                "Tomcat's part-header limit still refuses this upload before it reaches the service"
                        + " (server.tomcat.max-part-header-size, raised by the platform)");
        JsonNode tito = aTechnician("NORTE");
        String orderId = scheduledVisitOf(tito);

        var response = Multipart.upload(
                port,
                photos(orderId),
                technicianToken(tito),
                "x".repeat(4996) + ".png",
                "image/png",
                Multipart.aPng(8, 8));

        assertThatIsAFileNameProblem(response);
        assertThat(asPlanner().get(photos(orderId)).json().size()).isZero();
    }

    private static void assertThatIsAFileNameProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    /** Whether the embedded Tomcat lets a multipart part's headers be this long. */
    private boolean partHeadersUpTo(int bytes) {
        if (webServer.getWebServer() instanceof TomcatWebServer tomcat) {
            int limit = tomcat.getTomcat().getConnector().getMaxPartHeaderSize();
            return limit < 0 || limit >= bytes;
        }
        return true;
    }

    private String scheduledVisitOf(JsonNode technician) {
        return scheduled(anInstallationOrderIn("NORTE"), technician, nextWeek(MONDAY, "09:00"), 60)
                .get("id")
                .asString();
    }

    private static String technicianToken(JsonNode technician) {
        return token(technician.get("userId").asString(), "TECHNICIAN", "NORTE");
    }

    private static String photos(String orderId) {
        return "/api/orders/" + orderId + "/photos";
    }
}
