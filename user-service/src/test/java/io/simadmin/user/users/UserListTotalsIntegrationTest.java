package io.simadmin.user.users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals that stay cheap at a million users: exact under 10,000 matches of one filter (1,000 of a text search or of
 * several filters), a floor above, and the planner's estimate for the unfiltered list (bench/lists.sh measured the exact count at 310–510 ms there).
 */
class UserListTotalsIntegrationTest extends UserIntegrationTestBase {

    private static final String CITY = "Totalsville";
    private static final int ROWS = 10_050;

    @BeforeEach
    void seedManyUsersInOneCity() {
        jdbc.update("""
                insert into public_user (id, full_name, email, phone, address, city, state, postal_code, country,
                    date_of_birth, id_document_type, id_document_number_enc, id_document_hint, status, created_at,
                    updated_at)
                select gen_random_uuid(), 'Bulk User ' || n, 'bulk' || n || '@totals.example',
                    '+1999' || lpad(n::text, 8, '0'), '1 Road', ?, 'State', '12345', 'US', date '1990-01-01',
                    'passport', '\\x00'::bytea, '0000', case when n % 2 = 0 then 'active' else 'blocked' end,
                    now() - n * interval '1 second', now()
                from generate_series(1, ?) n
                """, CITY, ROWS);
        jdbc.execute("analyze public_user");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from public_user where city = ?", CITY);
    }

    @Test
    void a_filter_matching_more_than_ten_thousand_users_reports_a_floor_not_an_exact_total() {
        JsonNode page = list("/api/users/?city=" + CITY + "&size=5");

        assertThat(page.get("content")).hasSize(5);
        assertThat(page.at("/page/totalElements").asLong()).isEqualTo(10_000);
        assertThat(page.at("/page/exactTotal").asBoolean()).isFalse();
        assertThat(page.at("/page/totalPages").asInt()).isEqualTo(2_000);
    }

    @Test
    void a_filter_matching_fewer_than_ten_thousand_users_is_counted_exactly() {
        JsonNode page = list("/api/users/?city=" + CITY + "&q=Bulk User 10050");

        assertThat(page.at("/page/totalElements").asLong()).isEqualTo(1);
        assertThat(page.at("/page/exactTotal").asBoolean()).isTrue();

        JsonNode blocked = list("/api/users/?city=" + CITY + "&status=blocked&q=Bulk User 100&size=3");
        // Odd numbers (blocked) among 100, 1000..1009 and 10000..10050: 0 + 5 + 25.
        assertThat(blocked.at("/page/totalElements").asLong()).isEqualTo(30);
        assertThat(blocked.at("/page/exactTotal").asBoolean()).isTrue();
    }

    @Test
    void a_text_search_counts_only_up_to_a_thousand_matches() {
        // Names with "Bulk User 1" in them: 1, 10-19, 100-199, 1000-1999 and 10000-10050, i.e. 1,162.
        JsonNode page = list("/api/users/?city=" + CITY + "&q=Bulk User 1&size=5");

        assertThat(page.get("content")).hasSize(5);
        assertThat(page.at("/page/totalElements").asLong()).isEqualTo(1_000);
        assertThat(page.at("/page/exactTotal").asBoolean()).isFalse();
    }

    @Test
    void the_unfiltered_list_of_many_users_reports_the_planners_estimate() {
        JsonNode page = list("/api/users/?size=20&page=3");

        assertThat(page.get("content")).hasSize(20);
        assertThat(page.at("/page/exactTotal").asBoolean()).isFalse();
        assertThat(page.at("/page/totalElements").asLong()).isGreaterThanOrEqualTo(ROWS - 100);
    }

    private JsonNode list(String uri) {
        return read(http.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }
}
