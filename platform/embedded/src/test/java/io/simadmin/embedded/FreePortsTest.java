package io.simadmin.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picks_a_port_that_is_free() {
        assertThat(FreePorts.isFree(FreePorts.pick())).isTrue();
    }

    @Test
    void never_hands_out_the_same_port_twice() {
        assertThat(IntStream.range(0, 20).map(i -> FreePorts.pick()).boxed().toList()).doesNotHaveDuplicates();
    }

    @Test
    void reports_a_port_in_use_on_loopback_as_taken() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(listener.getLocalPort())).isFalse();
        }
    }
}
