package io.ispflow.catalog;

import static io.ispflow.catalog.CatalogFixtures.PLANS;
import static io.ispflow.catalog.CatalogFixtures.aPlan;
import static io.ispflow.catalog.CatalogFixtures.money;
import static io.ispflow.catalog.CatalogFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import io.ispflow.testsupport.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Plans through HTTP: what every catalog resource does (create, read, list, update, validation, roles). */
class PlanCrudIT extends CatalogTestSupport {

    @Test
    void shouldCreateAPlanAndServeItByCodeWithItsETag() {
        Fixture plan =
                aPlan().name("Fibra 1000 Mbps").with("downloadMbps", 1000).with("uploadMbps", 500);

        var created = create(plan);
        var read = asSales().get(plan.location());

        assertThat(created.header("Location")).isEqualTo(plan.location());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        JsonNode body = read.json();
        assertThat(body.get("code").asString()).isEqualTo(plan.code());
        assertThat(body.get("name").asString()).isEqualTo("Fibra 1000 Mbps");
        assertThat(body.get("technology").asString()).isEqualTo("FIBER");
        assertThat(body.get("downloadMbps").asInt()).isEqualTo(1000);
        assertThat(body.get("uploadMbps").asInt()).isEqualTo(500);
        assertThat(body.get("monthlyPrice").decimalValue()).isEqualByComparingTo("24900.00");
        assertThat(body.get("installationFee").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(body.get("currency").asString()).isEqualTo("ARS");
        assertThat(body.get("active").asBoolean()).isTrue();
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("createdAt").asString()).isNotBlank();
    }

    @Test
    void shouldUpdateAPlanWithIfMatchAndBumpItsVersion() {
        Fixture plan = aPlan();
        String etag = create(plan).header("ETag");

        var updated = asAdmin()
                .header("If-Match", etag)
                .put(
                        plan.location(),
                        plan.name("Fibra 300 Plus")
                                .with("monthlyPrice", money("26900.50"))
                                .updateBody());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        var read = asSales().get(plan.location()).json();
        assertThat(read.get("name").asString()).isEqualTo("Fibra 300 Plus");
        assertThat(read.get("monthlyPrice").decimalValue()).isEqualByComparingTo("26900.50");
        assertThat(read.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void shouldRequireIfMatchOnUpdatesAndRefuseAStaleOne() {
        Fixture plan = aPlan();
        String first = create(plan).header("ETag");
        asAdmin()
                .header("If-Match", first)
                .put(plan.location(), plan.name("Second").updateBody());

        var missing =
                asAdmin().put(plan.location(), plan.name("No precondition").updateBody());
        var stale = asAdmin()
                .header("If-Match", first)
                .put(plan.location(), plan.name("Lost update").updateBody());

        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:problem:ispflow:if-match-required");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("urn:problem:ispflow:stale-version");
        assertThat(asSales().get(plan.location()).json().get("name").asString()).isEqualTo("Second");
    }

    @Test
    void shouldKeepTheCodeImmutable() {
        Fixture plan = aPlan();
        create(plan);

        var renamed = update(plan.location(), withCode(plan, "OTHER-CODE"));
        var sameCode = update(plan.location(), plan.body());

        assertThat(renamed.status()).isEqualTo(400);
        assertThat(fields(renamed)).containsExactly("code");
        assertThat(sameCode.status()).isEqualTo(200);
        assertThat(asSales().get("/api/catalog/plans/OTHER-CODE").status()).isEqualTo(404);
    }

    @Test
    void shouldReportEveryInvalidFieldAsAProblemDetail() {
        Fixture invalid = aPlan().code("fibra 300")
                .name(" ")
                .with("downloadMbps", 0)
                .with("monthlyPrice", money("100.123"))
                .with("installationFee", money("-1"))
                .with("currency", "pesos")
                .without("uploadMbps");

        var response = asAdmin().post(PLANS, invalid.body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:validation");
        assertThat(fields(response))
                .containsExactlyInAnyOrder(
                        "code", "name", "downloadMbps", "uploadMbps", "monthlyPrice", "installationFee", "currency");
    }

    @Test
    void shouldRequireACodeOnCreate() {
        var response = asAdmin().post(PLANS, aPlan().without("code").body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("code");
    }

    @Test
    void shouldRefuseAnUnknownCurrencyAndAnUnknownTechnology() {
        var currency = asAdmin().post(PLANS, aPlan().with("currency", "XYZ").body());
        var technology = asAdmin()
                .post(PLANS, aPlan().with("technology", "CARRIER_PIGEON").body());

        assertThat(currency.status()).isEqualTo(400);
        assertThat(fields(currency)).containsExactly("currency");
        assertThat(technology.status()).isEqualTo(400);
        assertThat(technology.json().get("detail").asString()).contains("technology");
    }

    @Test
    void shouldRefuseADuplicateCodeEvenOfAnInactivePlan() {
        Fixture plan = aPlan();
        create(plan);
        var whileActive = asAdmin().post(PLANS, plan.body());
        deactivate(plan.location());

        var whileInactive = asAdmin().post(PLANS, plan.name("Reused").body());

        assertThat(whileActive.status()).isEqualTo(409);
        assertThat(whileActive.json().get("type").asString()).isEqualTo("urn:problem:ispflow:duplicate-code");
        assertThat(whileInactive.status()).isEqualTo(409);
        assertThat(whileInactive.json().get("detail").asString()).contains("never reused");
        assertThat(asSales().get(plan.location()).json().get("name").asString()).isEqualTo("Fibra 300 Mbps");
    }

    @Test
    void shouldLetEveryoneReadButOnlyAdminsWrite() {
        Fixture plan = aPlan();
        create(plan);
        Api sales = asSales().header("If-Match", "\"0\"");

        assertThat(sales.get(plan.location()).status()).isEqualTo(200);
        assertThat(sales.get(PLANS).status()).isEqualTo(200);
        assertThat(sales.post(PLANS, aPlan().body()).status()).isEqualTo(403);
        assertThat(sales.put(plan.location(), plan.updateBody()).status()).isEqualTo(403);
        var deactivation = sales.post(plan.location() + "/deactivate", "");
        assertThat(deactivation.status()).isEqualTo(403);
        assertThat(deactivation.contentType()).startsWith("application/problem+json");
        assertThat(asSales().get(plan.location()).json().get("active").asBoolean())
                .isTrue();
    }

    @Test
    void shouldNeverDeleteACode() {
        Fixture plan = aPlan();
        create(plan);

        assertThat(asAdmin().delete(plan.location()).status()).isEqualTo(405);
        assertThat(asSales().get(plan.location()).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAnUnknownCodeWith404() {
        var response = asSales().get(PLANS + "/" + uniqueCode("NADA"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:problem:ispflow:not-found");
    }

    @Test
    void shouldListAPageFilteredByTextAndActiveState() {
        String marker = uniqueCode("LISTA");
        Fixture cheap = aPlan().code(marker + "-A").name("Aire básico").with("monthlyPrice", money("9000"));
        Fixture dear = aPlan().code(marker + "-B").name("Fibra premium").with("monthlyPrice", money("40000"));
        Fixture retired = aPlan().code(marker + "-C").name("Plan retirado");
        List.of(cheap, dear, retired).forEach(this::create);
        deactivate(retired.location());

        JsonNode all = asSales().get(PLANS + "?q=" + marker.toLowerCase()).json();
        JsonNode active = asSales().get(PLANS + "?active=true&q=" + marker).json();
        JsonNode inactive = asSales().get(PLANS + "?active=false&q=" + marker).json();
        JsonNode byName = asSales().get(PLANS + "?q=premium").json();
        JsonNode secondPage = asSales()
                .get(PLANS + "?q=" + marker + "&size=2&page=1&sort=monthlyPrice,desc")
                .json();

        assertThat(codes(all)).containsExactly(cheap.code(), dear.code(), retired.code());
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(codes(active)).containsExactly(cheap.code(), dear.code());
        assertThat(codes(inactive)).containsExactly(retired.code());
        assertThat(codes(byName)).contains(dear.code()).doesNotContain(cheap.code());
        assertThat(codes(secondPage)).containsExactly(cheap.code());
        assertThat(secondPage.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void shouldRefuseToSortByAnUnknownAttributeOrPageOutOfRange() {
        var sort = asSales().get(PLANS + "?sort=secret");
        var size = asSales().get(PLANS + "?size=5000");
        var page = asSales().get(PLANS + "?page=-1");

        assertThat(sort.status()).isEqualTo(400);
        assertThat(fields(sort)).containsExactly("sort");
        assertThat(size.status()).isEqualTo(400);
        assertThat(fields(size)).containsExactly("size");
        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    void shouldTreatLikeWildcardsInTheTextFilterAsText() {
        var response = asSales().get(PLANS + "?q=%25").json();

        assertThat(response.get("total").asLong()).isZero();
    }

    private static java.util.Map<String, Object> withCode(Fixture fixture, String code) {
        var body = fixture.body();
        body.put("code", code);
        return body;
    }

    static List<String> fields(Api.Response problem) {
        return problem.json()
                .get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }

    static List<String> codes(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("code").asString())
                .toList();
    }
}
