package io.simadmin.web.versioning;

import io.simadmin.web.problem.ApiException;
import io.simadmin.web.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsTest {

    @Test
    void reads_strong_and_weak_etags_and_no_header_at_all() {
        assertThat(Versions.fromIfMatch("\"3\"", "reseller")).isEqualTo(3L);
        assertThat(Versions.fromIfMatch("W/\"4\"", "reseller")).isEqualTo(4L);
        assertThat(Versions.fromIfMatch(null, "reseller")).isNull();
        assertThat(Versions.etag(5)).isEqualTo("\"5\"");
    }

    @Test
    void rejects_an_if_match_that_is_not_one_of_our_etags() {
        assertThatThrownBy(() -> Versions.fromIfMatch("\"abc\"", "ticket"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("If-Match");
    }

    @Test
    void answers_a_stale_if_match_with_412_and_a_stale_body_version_with_409() {
        assertThatThrownBy(() -> Versions.check("user", 2, 1L, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(412));
        assertThatThrownBy(() -> Versions.check("user", 2, null, 1L))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));
        assertThatCode(() -> Versions.check("user", 2, 2L, 2L)).doesNotThrowAnyException();
    }
}
