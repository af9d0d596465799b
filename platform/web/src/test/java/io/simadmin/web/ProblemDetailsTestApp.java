package io.simadmin.web;

import io.simadmin.web.paging.PageRequests;
import io.simadmin.web.paging.SortableFields;
import io.simadmin.web.problem.ConflictException;
import io.simadmin.web.problem.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
class ProblemDetailsTestApp {

    record Widget(@NotBlank @Size(max = 20) String name, @Email String email, @PositiveOrZero BigDecimal limit) {
    }

    @RestController
    static class WidgetController {

        static final SortableFields SORTABLE = SortableFields.of(Sort.by("id"), "name", "name", "createdAt", "createdAt");

        @PostMapping("/widgets")
        @ResponseStatus(HttpStatus.CREATED)
        Widget create(@Valid @RequestBody Widget widget) {
            return widget;
        }

        @GetMapping("/widgets/{id}")
        Widget get(@PathVariable UUID id) {
            throw new NotFoundException("widget", id);
        }

        @GetMapping("/widgets/{id}/conflict")
        Widget conflict(@PathVariable UUID id) {
            throw new ConflictException("invalid-status-change", "Status change not allowed",
                    "A delivered widget cannot go back to pending.", Map.of("allowed", List.of("activated")));
        }

        @GetMapping("/widgets/{id}/stale")
        Widget stale(@PathVariable UUID id) {
            throw new OptimisticLockingFailureException("row version 3 != 4 in table widgets");
        }

        @GetMapping("/widgets/{id}/boom")
        Widget boom(@PathVariable UUID id) {
            throw new IllegalStateException("password=hunter2 at jdbc:postgresql://db/secret");
        }

        @GetMapping("/widgets")
        Pageable list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                      @RequestParam(required = false) List<String> sort) {
            return PageRequests.of(page, size, sort, SORTABLE);
        }
    }
}
