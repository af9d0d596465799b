package io.simadmin.payment.gateways;

import io.simadmin.web.problem.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateways this instance can use, by name, and the default one. */
@Component
public class Gateways {

    private static final Logger log = LoggerFactory.getLogger(Gateways.class);

    private final Map<String, PaymentGateway> byName = new LinkedHashMap<>();
    private final String defaultName;

    public Gateways(List<PaymentGateway> gateways, GatewayProperties properties) {
        gateways.forEach(g -> byName.put(g.name(), g));
        if (!byName.containsKey(properties.defaultGateway())) {
            throw new IllegalStateException("simadmin.payments.gateways.default-gateway is '"
                    + properties.defaultGateway() + "' but the enabled gateways are " + byName.keySet());
        }
        this.defaultName = properties.defaultGateway();
        log.info("payment gateways {} (default {})", byName.keySet(), defaultName);
    }

    public Optional<PaymentGateway> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The named gateway, or the default for null; an unknown or disabled name is the client's mistake. */
    public PaymentGateway choose(String name) {
        if (name == null || name.isBlank()) {
            return byName.get(defaultName);
        }
        PaymentGateway gateway = byName.get(name.trim());
        if (gateway == null) {
            throw new InvalidRequestException("gateway", "must be one of " + byName.keySet());
        }
        return gateway;
    }

    /** For the reconciler: a gateway that was switched off after an attempt began is a configuration error. */
    public PaymentGateway require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("gateway " + name + " is not enabled"));
    }

    public List<GatewayDescription> describe() {
        return byName.values().stream()
                .map(g -> GatewayDescription.of(g.info(), g.name().equals(defaultName)))
                .toList();
    }
}
