package io.simadmin.web.request;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class LocationsTest {

    @Test
    void names_the_path_only_so_clients_resolve_it_against_the_gateway_they_called() {
        URI location = Locations.of("/api/orders/{id}", 42);

        assertThat(location).hasToString("/api/orders/42");
        assertThat(URI.create("https://admin.example/api/orders/").resolve(location))
                .hasToString("https://admin.example/api/orders/42");
    }

    @Test
    void encodes_what_the_path_variable_holds() {
        assertThat(Locations.of("/api/settings/api/keys/{id}", "a b/c")).hasToString("/api/settings/api/keys/a%20b%2Fc");
    }
}
