package io.simadmin.payment.gateways;

import io.simadmin.security.AdminsAndModerators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Payments")
public class GatewayController {

    private final Gateways gateways;

    public GatewayController(Gateways gateways) {
        this.gateways = gateways;
    }

    @GetMapping({"/api/payments/gateways", "/api/payments/gateways/"})
    @AdminsAndModerators
    @Operation(summary = "List payment gateways", description = "The gateways this installation can charge "
            + "through; isDefault marks the one used when a payment names none. The sandbox lists its test tokens.")
    public List<GatewayDescription> list() {
        return gateways.describe();
    }
}
