package io.ispflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void reportsABusyPortWithWhatNeedsItAndWhoHoldsIt() throws Exception {
        int port;
        try (ServerSocket busy = new ServerSocket(0)) {
            port = busy.getLocalPort();
            Map<Integer, String> needs = new LinkedHashMap<>();
            needs.put(port, "catalog-service");
            assertThat(PortCheck.inUse(port)).isTrue();
            assertThat(PortCheck.conflicts(needs))
                    .singleElement()
                    .asString()
                    .startsWith("port " + port + " (catalog-service) is already in use")
                    .contains("pid " + ProcessHandle.current().pid());
        }
        assertThat(PortCheck.inUse(port)).isFalse();
        assertThat(PortCheck.conflicts(Map.of(port, "catalog-service"))).isEmpty();
    }

    @Test
    void seesAListenerBoundToLoopbackOnly() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            assertThat(PortCheck.inUse(busy.getLocalPort())).isTrue();
        }
    }
}
