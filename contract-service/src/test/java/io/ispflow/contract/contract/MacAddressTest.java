package io.ispflow.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E", "001a.2b3c.4d5e", "001A2B3C4D5E", " 00:1A:2B:3C:4D:5E "
            })
    void shouldNormaliseEveryUsualSpellingToUppercaseColons(String text) {
        assertThat(MacAddress.normalize(text)).isEqualTo("00:1A:2B:3C:4D:5E");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00:1A:2B:3C:4D", "00:1A:2B:3C:4D:5G", "00:1A-2B:3C-4D:5E", "001A2B3C4D5E6F"})
    void shouldRefuseWhatIsNotAMacAddress(String text) {
        assertThatThrownBy(() -> MacAddress.normalize(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
