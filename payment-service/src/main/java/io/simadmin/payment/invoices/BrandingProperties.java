package io.simadmin.payment.invoices;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code simadmin.branding.*}: who the invoices are from (config-repo/payment-service.yml; admins may override it
 * through config-service's settings, which reach the service on refresh).
 *
 * @param color the brand colour as {@code #RRGGBB}, used for the invoice's header band
 */
@ConfigurationProperties("simadmin.branding")
public record BrandingProperties(@DefaultValue("SIM Admin") String companyName,
                                 @DefaultValue List<String> address,
                                 String taxId,
                                 String email,
                                 String website,
                                 @DefaultValue("#1E40AF") String color,
                                 @DefaultValue("Thank you for your order.") String footer) {
}
