package io.ispflow.salesdesk.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The keys the wizard derives for the lead service's creations from its own Idempotency-Key. */
class WizardKeysTest {

    @Test
    void shouldDeriveFromTheClientsKey() {
        assertThat(WizardService.keyBase("wizard-42")).isEqualTo("wizard-42");
    }

    @Test
    void shouldHashAKeyTooLongToDeriveFrom() {
        String longKey = "k".repeat(200);

        assertThat(WizardService.keyBase(longKey))
                .hasSize(64)
                .isEqualTo(WizardService.keyBase(longKey))
                .isNotEqualTo(WizardService.keyBase(longKey + "x"));
    }

    @Test
    void shouldUseAFreshKeyPerRequestWithoutOne() {
        assertThat(WizardService.keyBase(null))
                .isNotEqualTo(WizardService.keyBase(null))
                .hasSize(36);
    }
}
