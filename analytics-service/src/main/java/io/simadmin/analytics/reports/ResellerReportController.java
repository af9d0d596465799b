package io.simadmin.analytics.reports;

import io.simadmin.analytics.clients.ClientCounts;
import io.simadmin.analytics.clients.ClientViews;
import io.simadmin.analytics.resellers.ResellerRef;
import io.simadmin.analytics.resellers.ResellerStats;
import io.simadmin.analytics.resellers.ResellerStatsRow;
import io.simadmin.analytics.resellers.ResellerViews;
import io.simadmin.analytics.sales.DailySales;
import io.simadmin.analytics.sales.Money;
import io.simadmin.analytics.sales.ResellerSales;
import io.simadmin.security.AdminsAndModerators;
import io.simadmin.web.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;
import java.util.UUID;

/** Reports built from events; the gateway routes {@code /api/reports/**} here. */
@RestController
@Tag(name = "Reports")
public class ResellerReportController {

    private final ResellerViews resellers;
    private final ResellerStats stats;
    private final ClientViews clients;
    private final DailySales sales;

    public ResellerReportController(ResellerViews resellers, ResellerStats stats, ClientViews clients,
                                    DailySales sales) {
        this.resellers = resellers;
        this.stats = stats;
        this.clients = clients;
        this.sales = sales;
    }

    @GetMapping({"/api/reports/resellers/{id}/summary", "/api/reports/resellers/{id}/summary/"})
    @AdminsAndModerators
    @Operation(summary = "A reseller's figures for its details screen",
            description = "clientsCount and activeClients from client events, ordersCount from order events, "
                    + "creditBalance from the newest credit event's balanceAfter, lastActivityAt from the newest "
                    + "event around the reseller. revenue is the net revenue of all time (credit reserved for the "
                    + "reseller's orders minus credit released on cancellation), commission what it earned "
                    + "(CommissionAccrued); both decimal strings. 404 when analytics has seen no event about the "
                    + "reseller.")
    public ResellerSummary summary(@PathVariable UUID id) {
        Optional<ResellerRef> reseller = resellers.find(id);
        Optional<ResellerStatsRow> row = stats.find(id);
        if (reseller.isEmpty() && row.isEmpty()) {
            throw new NotFoundException("reseller", id);
        }
        ClientCounts counts = clients.countsOf(id);
        Optional<ResellerSales> money = sales.ofReseller(id);
        return new ResellerSummary(id,
                reseller.map(ResellerRef::businessName).orElse(null),
                reseller.map(ResellerRef::status).orElse(null),
                reseller.map(ResellerRef::removed).orElse(false),
                row.map(ResellerStatsRow::clientsCount).orElse(0L),
                counts.active(),
                row.map(ResellerStatsRow::ordersCount).orElse(0L),
                Money.of(row.map(ResellerStatsRow::creditBalance).orElse(null)),
                money.map(m -> Money.of(m.netRevenue())).orElse(Money.ZERO),
                row.map(ResellerStatsRow::lastActivityAt).orElse(null),
                money.map(ResellerSales::commission).orElse(Money.ZERO));
    }
}
