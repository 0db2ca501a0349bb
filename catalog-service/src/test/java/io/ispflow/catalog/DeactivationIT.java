package io.ispflow.catalog;

import static io.ispflow.catalog.CatalogFixtures.NODES;
import static io.ispflow.catalog.CatalogFixtures.ZONES;
import static io.ispflow.catalog.CatalogFixtures.aNode;
import static io.ispflow.catalog.CatalogFixtures.aZone;
import static io.ispflow.catalog.CatalogFixtures.uniqueCode;
import static io.ispflow.catalog.PlanCrudIT.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.ispflow.catalog.CatalogFixtures.Fixture;
import org.junit.jupiter.api.Test;

/**
 * Codes are deactivated, never deleted: an inactive code stays readable (it is valid on existing
 * records elsewhere) but cannot be chosen for new ones. An active node needs an active zone.
 */
class DeactivationIT extends CatalogTestSupport {

    private static String zoneOf(Fixture node) {
        return ZONES + "/" + node.body().get("zone");
    }

    @Test
    void shouldRequireIfMatchToDeactivateAndActivate() {
        Fixture origin = CatalogFixtures.anOrigin();
        create(origin);

        var missing = asAdmin().post(origin.location() + "/deactivate", "");
        var stale = asAdmin().header("If-Match", "\"7\"").post(origin.location() + "/activate", "");

        assertThat(missing.status()).isEqualTo(428);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(asSales().get(origin.location()).json().get("active").asBoolean())
                .isTrue();
    }

    @Test
    void shouldRefuseToDeactivateAZoneThatActiveNodesUse() {
        Fixture node = createZoneWithNode();
        Fixture second = aNode((String) node.body().get("zone"));
        create(second);

        var refused = deactivate(zoneOf(node));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-in-use");
        assertThat(refused.json().get("activeNodes").valueStream().map(n -> n.asString()))
                .containsExactlyInAnyOrder(node.code(), second.code());
        assertThat(asSales().get(zoneOf(node)).json().get("active").asBoolean()).isTrue();
    }

    @Test
    void shouldDeactivateAZoneOnceItsNodesAreDeactivated() {
        Fixture node = createZoneWithNode();
        deactivate(node.location());

        var deactivated = deactivate(zoneOf(node));

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        // the inactive node keeps its (now inactive) zone and can still be edited
        var edited = update(node.location(), node.name("OLT retirada").updateBody());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("zone").asString()).isEqualTo(node.body().get("zone"));
    }

    @Test
    void shouldRefuseANodeInAnUnknownOrInactiveZone() {
        Fixture inactiveZone = aZone();
        create(inactiveZone);
        deactivate(inactiveZone.location());

        var unknown = asAdmin().post(NODES, aNode(uniqueCode("NINGUNA")).body());
        var inactive = asAdmin().post(NODES, aNode(inactiveZone.code()).body());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("zone");
        assertThat(inactive.status()).isEqualTo(400);
        assertThat(inactive.json().get("errors").get(0).get("message").asString())
                .isEqualTo("unknown or inactive zone " + inactiveZone.code());
    }

    @Test
    void shouldRefuseToMoveANodeToAnInactiveZone() {
        Fixture node = createZoneWithNode();
        Fixture inactiveZone = aZone();
        create(inactiveZone);
        deactivate(inactiveZone.location());

        var moved =
                update(node.location(), node.with("zone", inactiveZone.code()).updateBody());

        assertThat(moved.status()).isEqualTo(400);
        assertThat(fields(moved)).containsExactly("zone");
    }

    @Test
    void shouldMoveANodeToAnotherActiveZoneAndFreeTheOldOne() {
        Fixture node = createZoneWithNode();
        String oldZone = zoneOf(node);
        Fixture newZone = aZone();
        create(newZone);

        var moved = update(node.location(), node.with("zone", newZone.code()).updateBody());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(deactivate(oldZone).status()).isEqualTo(200);
        assertThat(deactivate(newZone.location()).status()).isEqualTo(409);
    }

    @Test
    void shouldRefuseToActivateANodeWhileItsZoneIsInactive() {
        Fixture node = createZoneWithNode();
        deactivate(node.location());
        deactivate(zoneOf(node));

        var refused = activate(node.location());
        activate(zoneOf(node));
        var activated = activate(node.location());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:problem:ispflow:zone-inactive");
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().get("active").asBoolean()).isTrue();
    }

    @Test
    void shouldKeepAnInactiveCodeReadable() {
        Fixture plan = CatalogFixtures.aPlan();
        create(plan);

        deactivate(plan.location());

        var read = asSales().get(plan.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("active").asBoolean()).isFalse();
    }
}
