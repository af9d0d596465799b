package io.simadmin.payment.payments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reconciler every {@code simadmin.payments.reconciler.interval} (tests switch it off and call it). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "simadmin.payments.reconciler.enabled", matchIfMissing = true)
class ReconcilerSchedule {

    private final PaymentReconciler reconciler;

    ReconcilerSchedule(PaymentReconciler reconciler) {
        this.reconciler = reconciler;
    }

    @Scheduled(initialDelayString = "${simadmin.payments.reconciler.interval:15s}",
            fixedDelayString = "${simadmin.payments.reconciler.interval:15s}")
    void run() {
        reconciler.reconcileDue();
    }
}
