package io.simadmin.auth.tokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The issuer name and audience of every token this service signs (ADR 0006). */
@Component
public class TokenIssuer {

    public static final String AUDIENCE = "simadmin-api";

    private final String name;

    public TokenIssuer(@Value("${simadmin.security.issuer:simadmin-auth}") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }
}
