package io.simadmin.security.firewall;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's strict firewall with its character rules checked by a loop instead of its regular expressions.
 * The firewall checks a header every time something reads it, and its expressions walked each character of the
 * bearer token (~800 of them) several times per request: 6 % of order-service's CPU per order under load
 * (bench/RESULTS.md, issue 7). The rules are the firewall's own: header and parameter names are assigned, non-control
 * characters; header values may also hold a tab; parameter values are not restricted. Everything else the firewall
 * checks (methods, encoded slashes, dots, semicolons, host names) is unchanged.
 */
public final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** A strict firewall with these rules for header names, header values and parameter names. */
    public static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallCharacters::isAllowedName);
        firewall.setAllowedHeaderValues(FirewallCharacters::isAllowedHeaderValue);
        firewall.setAllowedParameterNames(FirewallCharacters::isAllowedName);
        return firewall;
    }

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, the firewall's rule for header and parameter names. */
    public static boolean isAllowedName(String text) {
        return allAllowed(text, false);
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}, the firewall's rule for header values. */
    public static boolean isAllowedHeaderValue(String text) {
        return allAllowed(text, true);
    }

    private static boolean allAllowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // Printable ASCII, nearly every character of every real request, is assigned and not a control character.
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean allowed = type != Character.UNASSIGNED
                    && (type != Character.CONTROL || (tabAllowed && codePoint == '\t'));
            if (!allowed) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
