package io.ispflow.catalog;

import static io.ispflow.catalog.CatalogFixtures.DISCOUNTS;
import static io.ispflow.catalog.CatalogFixtures.NODES;
import static io.ispflow.catalog.CatalogFixtures.aPercentDiscount;
import static io.ispflow.catalog.CatalogFixtures.anAmountDiscount;
import static io.ispflow.catalog.CatalogFixtures.money;
import static io.ispflow.catalog.PlanCrudIT.codes;
import static io.ispflow.catalog.PlanCrudIT.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The six kinds of catalog entity share one life: create, read, update, deactivate, activate. */
class CatalogResourcesIT extends CatalogTestSupport {

    private Fixture fixtureOf(String kind) {
        return switch (kind) {
            case "plan" -> CatalogFixtures.aPlan();
            case "recurring-item" -> CatalogFixtures.aRecurringItem();
            case "discount" -> aPercentDiscount("50", 3);
            case "origin" -> CatalogFixtures.anOrigin();
            case "zone" -> CatalogFixtures.aZone();
            case "node" -> {
                Fixture zone = CatalogFixtures.aZone();
                create(zone);
                yield CatalogFixtures.aNode(zone.code());
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "plan, name, Fibra 300 Hogar",
        "recurring-item, name, Router Wi-Fi 7",
        "discount, durationMonths, 6",
        "origin, name, Instagram",
        "zone, description, Barrios nuevos del oeste",
        "node, location, Central Oeste rack 3"
    })
    void shouldCreateReadUpdateDeactivateAndActivateEveryKind(String kind, String field, String newValue) {
        Fixture fixture = fixtureOf(kind);
        Object value = field.equals("durationMonths") ? Integer.valueOf(newValue) : newValue;

        var created = create(fixture);
        var updated = update(fixture.location(), fixture.with(field, value).updateBody());
        var deactivated = deactivate(fixture.location());
        var deactivatedAgain = deactivate(fixture.location());
        JsonNode inactiveList = asSales()
                .get(fixture.collection() + "?active=false&q=" + fixture.code())
                .json();
        var activated = activate(fixture.location());

        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(updated.status()).as("update %s", updated).isEqualTo(200);
        assertThat(updated.json().get(field).asString()).isEqualTo(newValue);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(deactivated.header("ETag")).isEqualTo("\"2\"");
        assertThat(deactivatedAgain.header("ETag")).as("no new version").isEqualTo("\"2\"");
        assertThat(codes(inactiveList)).containsExactly(fixture.code());
        assertThat(activated.json().get("active").asBoolean()).isTrue();
        assertThat(activated.header("ETag")).isEqualTo("\"3\"");
        JsonNode read = asSales().get(fixture.location()).json();
        assertThat(read.get("version").asLong()).isEqualTo(3);
        assertThat(read.get(field).asString()).isEqualTo(newValue);
    }

    @Test
    void shouldKeepAPermanentDiscountWithoutDuration() {
        Fixture permanent = aPercentDiscount("10", null);

        JsonNode body = exact(create(permanent));

        assertThat(body.get("durationMonths").isNull()).isTrue();
        assertThat(body.get("value").decimalValue()).isEqualTo(new BigDecimal("10.00"));
        assertThat(body.get("currency").isNull()).isTrue();
    }

    @Test
    void shouldCreateAFixedAmountDiscountInACurrency() {
        JsonNode body = exact(create(anAmountDiscount("2000", 12)));

        assertThat(body.get("type").asString()).isEqualTo("AMOUNT");
        assertThat(body.get("value").decimalValue()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(body.get("currency").asString()).isEqualTo("ARS");
        assertThat(body.get("durationMonths").asInt()).isEqualTo(12);
    }

    @Test
    void shouldRefuseInconsistentDiscountTerms() {
        var overHundred = asAdmin().post(DISCOUNTS, aPercentDiscount("120", 3).body());
        var percentWithCurrency = asAdmin()
                .post(
                        DISCOUNTS,
                        aPercentDiscount("10", 3).with("currency", "ARS").body());
        var amountWithoutCurrency = asAdmin()
                .post(DISCOUNTS, anAmountDiscount("500", 3).without("currency").body());
        var zeroMonths = asAdmin().post(DISCOUNTS, aPercentDiscount("10", 0).body());
        var zeroValue = asAdmin().post(DISCOUNTS, anAmountDiscount("0", 1).body());

        assertThat(fields(overHundred)).containsExactly("value");
        assertThat(fields(percentWithCurrency)).containsExactly("currency");
        assertThat(fields(amountWithoutCurrency)).containsExactly("currency");
        assertThat(fields(zeroMonths)).containsExactly("durationMonths");
        assertThat(fields(zeroValue)).containsExactly("value");
    }

    @Test
    void shouldRefuseANodeWithHalfItsCoordinates() {
        Fixture zone = CatalogFixtures.aZone();
        create(zone);

        var response = asAdmin()
                .post(
                        NODES,
                        CatalogFixtures.aNode(zone.code()).without("longitude").body());
        var outOfRange = asAdmin()
                .post(
                        NODES,
                        CatalogFixtures.aNode(zone.code())
                                .with("latitude", money("-91"))
                                .body());

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("longitude");
        assertThat(fields(outOfRange)).containsExactly("latitude");
    }

    @Test
    void shouldListNodesOfOneZone() {
        Fixture node = createZoneWithNode();
        String zone = (String) node.body().get("zone");

        JsonNode nodes = asSales().get(NODES + "?zone=" + zone).json();

        assertThat(codes(nodes)).containsExactly(node.code());
    }
}
