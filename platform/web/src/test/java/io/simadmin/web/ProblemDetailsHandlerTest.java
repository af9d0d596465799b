package io.simadmin.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(classes = ProblemDetailsTestApp.class)
@AutoConfigureMockMvc
class ProblemDetailsHandlerTest {

    private static final String ID = "0193a0a0-0000-7000-8000-000000000001";

    @Autowired
    MockMvc mvc;

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/widgets").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void names_each_invalid_field_in_a_validation_problem() throws Exception {
        postJson("{\"name\":\"\",\"email\":\"not-an-email\",\"limit\":-1}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem-type:simadmin:validation"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/widgets"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[1].field").value("limit"))
                .andExpect(jsonPath("$.errors[2].field").value("name"));
    }

    @Test
    void rejects_over_long_strings() throws Exception {
        postJson("{\"name\":\"%s\"}".formatted("x".repeat(21)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void rejects_unknown_fields_naming_them() throws Exception {
        postJson("{\"name\":\"ok\",\"isAdmin\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("isAdmin"))
                .andExpect(jsonPath("$.detail").value(containsString("isAdmin")));
    }

    @Test
    void rejects_a_value_of_the_wrong_type_naming_the_field() throws Exception {
        postJson("{\"name\":\"ok\",\"limit\":\"lots\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
    }

    @Test
    void answers_malformed_json_with_an_unreadable_body_problem() throws Exception {
        postJson("{\"name\":")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:problem-type:simadmin:unreadable-body"));
    }

    @Test
    void answers_unsupported_media_type_with_415_problem() throws Exception {
        mvc.perform(post("/widgets").contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void answers_wrong_method_with_405_problem() throws Exception {
        mvc.perform(put("/widgets").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answers_unknown_paths_with_404_problem() throws Exception {
        mvc.perform(get("/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/nothing-here"));
    }

    @Test
    void answers_unknown_ids_with_404_problem() throws Exception {
        mvc.perform(get("/widgets/" + ID))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Widget not found"))
                .andExpect(jsonPath("$.type").value("urn:problem-type:simadmin:not-found"));
    }

    @Test
    void answers_a_malformed_id_with_400_naming_it() throws Exception {
        mvc.perform(get("/widgets/42"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void carries_extra_members_of_a_conflict() throws Exception {
        mvc.perform(get("/widgets/" + ID + "/conflict"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.allowed[0]").value("activated"));
    }

    @Test
    void answers_a_stale_version_with_409_concurrent_change() throws Exception {
        mvc.perform(get("/widgets/" + ID + "/stale"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:problem-type:simadmin:concurrent-change"))
                .andExpect(content().string(not(containsString("row version"))));
    }

    @Test
    void hides_internals_of_unexpected_errors() throws Exception {
        mvc.perform(get("/widgets/" + ID + "/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("jdbc"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void caps_page_size_at_200() throws Exception {
        mvc.perform(get("/widgets").param("size", "5000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pageSize").value(200));
    }

    @Test
    void rejects_sorting_by_a_field_not_offered() throws Exception {
        mvc.perform(get("/widgets").param("sort", "password,desc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("createdAt, name")));
    }

    @Test
    void rejects_a_negative_page() throws Exception {
        mvc.perform(get("/widgets").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
