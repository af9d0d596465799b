package io.simadmin.reseller.clients;

import java.math.BigDecimal;

/** The fields people edit, validated and normalized (trimmed, email lowercased, money at scale 2). */
record ClientDetails(String clientName, String clientEmail, String clientPhone, String planType,
                     BigDecimal monthlyLimit) {
}
