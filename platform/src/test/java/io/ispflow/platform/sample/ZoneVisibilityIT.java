package io.ispflow.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneVisibilityIT extends PlatformTestSupport {

    @Test
    void shouldHideRecordsOfOtherZonesAsNotFound() {
        String location =
                asSales("NORTE").post("/api/notes", note("norte only", "NORTE")).header("Location");

        assertThat(asSales("NORTE").get(location).status()).isEqualTo(200);
        assertThat(asSales("SUR").get(location).status()).isEqualTo(404);
        assertThat(asManager().get(location).status()).isEqualTo(200);
    }

    @Test
    void shouldShowRecordsWithoutZoneToEveryone() {
        String location = asManager().post("/api/notes", note("no zone", null)).header("Location");

        assertThat(asSales("SUR").get(location).status()).isEqualTo(200);
    }

    @Test
    void shouldFilterListsByTheCallersZones() {
        asSales("NORTE").post("/api/notes", note("listed for norte", "NORTE"));
        asSales("SUR").post("/api/notes", note("listed for sur", "SUR"));

        var surList = asSales("SUR").get("/api/notes?size=1000").json();

        assertThat(surList.get("items").valueStream().map(n -> n.get("zone").asString("")))
                .doesNotContain("NORTE")
                .contains("SUR");
        assertThat(surList.get("total").asLong()).isEqualTo(surList.get("items").size());
    }

    @Test
    void shouldRefuseToCreateInAZoneNotHeld() {
        var response = asSales("SUR").post("/api/notes", note("sneaky", "NORTE"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-not-held");
    }
}
