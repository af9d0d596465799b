package io.simadmin.reseller.resellers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/** Whether a reseller exists and is not deleted, for the features that hang rows under a reseller. */
@Component
public class LiveResellers {

    private final ResellerRepository resellers;

    LiveResellers(ResellerRepository resellers) {
        this.resellers = resellers;
    }

    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return resellers.findLive(id).isPresent();
    }
}
