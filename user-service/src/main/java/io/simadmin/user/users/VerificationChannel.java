package io.simadmin.user.users;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a user proved they own: their email address or their phone. */
public enum VerificationChannel {
    @JsonProperty("email") EMAIL,
    @JsonProperty("phone") PHONE
}
