package io.ispflow.contract.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, 10.0.0.1",
        "' 192.168.1.254 ', 192.168.1.254",
        "2001:DB8:0::1, 2001:db8::1",
        "2001:0db8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "fe80::, fe80::",
        "::2, ::2",
        "2001:db8::10.1.2.3, 2001:db8::a01:203",
        "::ffff:10.1.2.3, 10.1.2.3",
        "::FFFF:0A01:0203, 10.1.2.3"
    })
    void shouldKeepOneCanonicalSpellingOfEachAddress(String text, String canonical) {
        assertThat(IpAddress.canonical(text)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "10.0.0",
                "10.0.0.256",
                "010.0.0.1",
                "1.2.3.4.5",
                "10.0.0.1/24",
                "localhost",
                "example.com",
                ":::",
                "1:2:3:4:5:6:7",
                "1:2:3:4:5:6:7:8:9",
                "1::2::3",
                "12345::",
                ":1:2:3:4:5:6:7",
                "1.2.3.4::",
                "fe80::1%eth0",
                "0.1.2.3",
                "127.0.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "ff02::1"
            })
    void shouldRefuseWhatIsNotAnAddressACustomerCanBeGiven(String text) {
        assertThatThrownBy(() -> IpAddress.canonical(text)).isInstanceOf(IpAddress.InvalidIpAddressException.class);
    }
}
